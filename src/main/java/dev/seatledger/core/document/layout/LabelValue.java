package dev.seatledger.core.document.layout;

import java.util.Locale;

/**
 * A "label: value" pair: from one cell ("Term: 12 months"), from a label cell beside a value cell, from a label line
 * above its value, or from a paragraph opening with a label. {@code source} is the text it was read from.
 */
public record LabelValue(String label, String value, int line, String source) {

    /** The label in lower case without numbering, trailing colon, or repeated spaces ("1.2 Start Date:" → "start date"). */
    public String key() {
        return normalise(label);
    }

    static String normalise(String label) {
        return label.toLowerCase(Locale.ROOT).replace('\u00a0', ' ')
            .replaceAll("^\\s*(?:§\\s*\\d+[a-z]?|\\(?\\d+(?:\\.\\d+)*[.)]?|\\([a-z]\\))\\s+", "")
            .replaceAll("[\\s:：]+$", "").replaceAll("\\s+", " ").strip();
    }
}
