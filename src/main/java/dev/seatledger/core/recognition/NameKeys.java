package dev.seatledger.core.recognition;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The exact keys an application is stored and aliased under: an identifier or name trimmed and lower-cased, and a
 * display name with a trailing parenthesis and {@code .app} removed ("Slack.app" and "Slack (64-bit x64)" both
 * become "slack"). Aliases and product names match these keys exactly before any recognition.
 */
public final class NameKeys {
    public static final int MAX = 255;
    private static final Pattern TRAILING_PARENTHESES = Pattern.compile("\\s*\\([^)]*\\)\\s*$");
    private static final Pattern APP_SUFFIX = Pattern.compile("\\.app$");

    private NameKeys() {
    }

    /** Trimmed, lower case. */
    public static String key(String s) {
        return s == null ? null : s.strip().toLowerCase(Locale.ROOT);
    }

    /** A display name reduced for exact matching. */
    public static String nameKey(String name) {
        if (name == null) {
            return null;
        }
        String k = APP_SUFFIX.matcher(TRAILING_PARENTHESES.matcher(key(name)).replaceAll("")).replaceAll("").strip();
        return cut(k);
    }

    /** The key of an application: its bundle id or package identifier when given, else its name key. */
    public static String appKey(String name, String identifier) {
        return identifier != null && !identifier.isBlank() ? cut(key(identifier)) : nameKey(name);
    }

    static String cut(String k) {
        return k.length() > MAX ? k.substring(0, MAX) : k;
    }
}
