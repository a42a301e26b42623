package dev.seatledger.core.recognition;

import java.util.List;
import java.util.Set;

/**
 * A name reduced by {@link NameNormalizer}: its words, the known vendor it starts with (or null), and the
 * numbers taken out of it (years and major versions), which tell "Office 2019" from "Office 2021".
 */
public record Normalized(List<String> tokens, String vendor, Set<String> numbers) {
    static final Normalized EMPTY = new Normalized(List.of(), null, Set.of());

    /** Every word, the vendor's too: "jetbrains intellij idea". */
    public String full() {
        return String.join(" ", tokens);
    }

    /** Without the vendor prefix: "intellij idea". */
    public String core() {
        return vendor == null ? full() : String.join(" ", tokens.subList(1, tokens.size()));
    }

    public boolean isEmpty() {
        return tokens.isEmpty();
    }
}
