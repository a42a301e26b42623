package dev.seatledger.core.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Every user-facing text comes from the {@code dev.seatledger.i18n.messages} bundle. */
public final class Messages {
    public static final String BUNDLE = "dev.seatledger.i18n.messages";

    private Messages() {
    }

    public static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, Locale.getDefault());
    }

    /** A date as the user's locale writes it (e.g. "Mar 15, 2026"). */
    public static String date(java.time.LocalDate d) {
        return d == null ? "" : java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
            .withLocale(Locale.getDefault()).format(d);
    }

    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle().getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
    }
}
