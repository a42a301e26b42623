package dev.seatledger.core.recognition;

import java.util.Locale;

/** How an application came to its product, or why it has none. */
public enum MatchKind {
    /** The user's decision: an alias. */
    ALIAS,
    /** The product's own name. */
    NAME,
    /** The knowledge base's identity of the application, leading to the catalog product that is that software. */
    KNOWLEDGE,
    /** No product: listed under unknown applications, with suggestions when there are any. */
    UNKNOWN,
    /** No product, and not listed: free, system or runtime software, or ignored by the user. */
    IGNORED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MatchKind of(String code) {
        return code == null ? UNKNOWN : valueOf(code.toUpperCase(Locale.ROOT));
    }
}
