package dev.seatledger.core.document.extract;

/** Source sentences kept short enough to read in a table cell. */
final class Snippets {
    static final int MAX = 240;

    private Snippets() {
    }

    static String cut(String s) {
        if (s == null) {
            return "";
        }
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() <= MAX ? t : t.substring(0, MAX - 1).strip() + "…";
    }
}
