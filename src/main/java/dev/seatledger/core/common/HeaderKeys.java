package dev.seatledger.core.common;

import java.util.Locale;

/** File headers as they are compared: without byte-order mark, trimmed, lower case, runs of spaces as one. */
public final class HeaderKeys {
    private HeaderKeys() {
    }

    public static String key(String header) {
        return header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
