package dev.seatledger.ui.catalog;

import dev.seatledger.core.recognition.KnowledgeEntry;
import java.util.List;

/** The knowledge base's software whose name or publisher starts with (then contains) what is typed. */
@FunctionalInterface
public interface KnownSoftware {
    /** Offers nothing: a product form without the knowledge base. */
    KnownSoftware NONE = (typed, limit) -> List.of();

    List<KnowledgeEntry> startingWith(String typed, int limit);
}
