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

    /** The match inside its sentence: words around it up to a sentence end, at most {@value #CONTEXT} chars each side. */
    String snippet(int start, int end) {
        int s = start;
        while (s > 0 && start - s < CONTEXT && !sentenceEnd(s - 1)) {
            s--;
        }
        int e = end;
        while (e < flat.length() && e - end < CONTEXT && !sentenceEnd(e)) {
            e++;
        }
        if (e < flat.length() && sentenceEnd(e)) {
            e++;
        }
        while (s > 0 && s < start && !sentenceEnd(s - 1) && !Character.isWhitespace(flat.charAt(s - 1))) {
            s++;
        }
        while (e < flat.length() && e > end && !Character.isWhitespace(flat.charAt(e)) && !sentenceEnd(e - 1)) {
            e--;
        }
        boolean cutStart = s > 0 && !sentenceEnd(s - 1);
        boolean cutEnd = e < flat.length() && !sentenceEnd(e - 1);
        return (cutStart ? "…" : "") + flat.substring(s, e).strip() + (cutEnd ? "…" : "");
    }

    /** A full stop or semicolon followed by a space (not the dot of "1.5" or "Inc.,"). */
    private boolean sentenceEnd(int i) {
        char c = flat.charAt(i);
        return (c == '.' || c == ';') && (i + 1 >= flat.length() || flat.charAt(i + 1) == ' ')
            && !(i >= 3 && flat.substring(i - 3, i).matches("(?i)inc|ltd|llc|no|ag|co"));
    }
}
