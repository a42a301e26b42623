package dev.seatledger.core.recognition;

import dev.seatledger.core.common.Messages;

/**
 * Why a recognition came out as it did, in words a person can check: "bundle id com.jetbrains.intellij → IntelliJ
 * IDEA Ultimate". {@code software} is the software the fact points to (a knowledge base entry, or a product),
 * {@code suite} the suite that includes it when the catalog holds the suite, {@code hiddenKind} why it is hidden
 * ({@code free}, {@code system}, {@code runtime}, {@code component}, or {@code ignored} by the user).
 */
public record Reason(Evidence evidence, String detail, String software, String suite, String hiddenKind) {
    private static final String SEPARATOR = "\u001f";

    public static Reason of(Evidence evidence, String detail, String software) {
        return new Reason(evidence, detail, software, null, null);
    }

    Reason partOf(String suiteName) {
        return new Reason(evidence, detail, software, suiteName, hiddenKind);
    }

    Reason hidden(String kind) {
        return new Reason(evidence, detail, software, suite, kind);
    }

    /** The reason in the user's words. */
    public String text() {
        String s = Messages.get("recognition.reason." + evidence.name(), nz(detail), nz(software));
        if (suite != null) {
            s = Messages.get("recognition.reason.partOf", s, suite);
        }
        if (hiddenKind != null) {
            s = Messages.get("recognition.reason.hidden", s, Messages.get("recognition.kind." + hiddenKind));
        }
        return s;
    }

    /** A compact form for storage, read back by {@link #decode}. */
    public String encode() {
        String s = String.join(SEPARATOR, evidence.name(), nz(detail), nz(software), nz(suite), nz(hiddenKind));
        return s.length() > 500 ? s.substring(0, 500) : s;
    }

    public static Reason decode(String stored) {
        if (stored == null || stored.isEmpty()) {
            return null;
        }
        String[] p = stored.split(SEPARATOR, -1);
        try {
            return new Reason(Evidence.valueOf(p[0]), part(p, 1), part(p, 2), part(p, 3), part(p, 4));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String part(String[] p, int i) {
        return i < p.length && !p[i].isEmpty() ? p[i] : null;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
