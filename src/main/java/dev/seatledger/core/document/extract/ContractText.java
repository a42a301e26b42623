package dev.seatledger.core.document.extract;

/** The contract text twice: as extracted (for "Label: value" lines) and on one line (for sentences across breaks). */
final class ContractText {
    private static final int CONTEXT = 50;

    private final String raw;
    private final String flat;

    ContractText(String text) {
        this.raw = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ').replace('’', '\'');
        this.flat = raw.replaceAll("[ \\t\\f]+", " ").replaceAll("\\s*\\n\\s*", " ").strip();
    }

    String raw() {
        return raw;
    }

    String flat() {
        return flat;
    }

    /** The match with some words around it, cut at word boundaries. */
    String snippet(int start, int end) {
        int s = Math.max(0, start - CONTEXT);
        int e = Math.min(flat.length(), end + CONTEXT);
        while (s > 0 && s < start && !Character.isWhitespace(flat.charAt(s - 1))) {
            s++;
        }
        while (e < flat.length() && e > end && !Character.isWhitespace(flat.charAt(e))) {
            e--;
        }
        return (s > 0 ? "…" : "") + flat.substring(s, e).strip() + (e < flat.length() ? "…" : "");
    }
}
