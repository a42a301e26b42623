package dev.seatledger.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import javafx.application.Application;

/** Light, dark, or whatever the desktop prefers (GTK_THEME / desktop colour-scheme hints). */
public enum Theme {
    LIGHT, DARK, SYSTEM;

    public static Theme parse(String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            return LIGHT;
        }
    }

    public boolean isDark() {
        return switch (this) {
            case DARK -> true;
            case LIGHT -> false;
            case SYSTEM -> systemPrefersDark();
        };
    }

    public void apply() {
        Application.setUserAgentStylesheet(isDark()
            ? new PrimerDark().getUserAgentStylesheet()
            : new PrimerLight().getUserAgentStylesheet());
    }

    static boolean systemPrefersDark() {
        String gtk = System.getenv("GTK_THEME");
        if (gtk != null && gtk.toLowerCase(Locale.ROOT).contains("dark")) {
            return true;
        }
        String scheme = System.getenv("COLOR_SCHEME");
        return scheme != null && scheme.toLowerCase(Locale.ROOT).contains("dark");
    }
}
