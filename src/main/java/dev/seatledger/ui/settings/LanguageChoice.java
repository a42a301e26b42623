package dev.seatledger.ui.settings;

import dev.seatledger.core.common.Preferences;
import java.util.Locale;

/**
 * The window's language, chosen in Settings: the system's (the default), English or German. Applied as the default
 * locale when the app starts, so the bundles, dates, numbers and currencies follow it; a change shows from the next
 * start.
 */
public enum LanguageChoice {
    SYSTEM(null), ENGLISH("en"), GERMAN("de");

    public static final String KEY = "ui.language";
    private final String language;

    LanguageChoice(String language) {
        this.language = language;
    }

    public static LanguageChoice parse(String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            return SYSTEM;
        }
    }

    /** The locale for this choice on a system whose locale is {@code system}: its language, the system's region. */
    public Locale locale(Locale system) {
        if (language == null) {
            return system;
        }
        return new Locale.Builder().setLanguage(language).setRegion(system.getCountry()).build();
    }

    /** Makes the saved choice the default locale (called once, before the first window). */
    public static void applySaved(Preferences prefs) {
        Locale.setDefault(parse(prefs.get(KEY, "SYSTEM")).locale(Locale.getDefault()));
    }
}
