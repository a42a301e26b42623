package dev.seatledger.core.recognition;

import java.util.List;

/**
 * One piece of software the knowledge base knows: its canonical name, publisher, category and website (for the
 * brand icon), whether it is paid, and how machines and sign-in consoles name it. {@code kind} says why a free
 * item is hidden: {@code free}, {@code system}, {@code runtime} or {@code component} ({@code product} when paid).
 * {@code partOf} names the suites that include it (Word is part of Microsoft 365).
 */
public record KnowledgeEntry(String name, String publisher, String category, String website, boolean paid, String kind,
                             List<String> names, List<String> bundleIds, List<String> windows, List<String> deb,
                             List<String> rpm, List<String> sso, List<String> partOf) {
    public static final String PRODUCT = "product";

    public KnowledgeEntry {
        names = List.copyOf(names);
        bundleIds = List.copyOf(bundleIds);
        windows = List.copyOf(windows);
        deb = List.copyOf(deb);
        rpm = List.copyOf(rpm);
        sso = List.copyOf(sso);
        partOf = List.copyOf(partOf);
    }

    /** Free, system, runtime and component items are hidden from unknown applications. */
    public boolean hidden() {
        return !paid;
    }
}
