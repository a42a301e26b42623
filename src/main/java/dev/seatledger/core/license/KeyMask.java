package dev.seatledger.core.license;

/** The masked form of a license key shown on every screen: eight dots plus the last four characters. */
public final class KeyMask {
    public static final String DOTS = "••••••••";

    private KeyMask() {
    }

    public static String mask(String key) {
        if (key == null || key.isEmpty()) {
            return "";
        }
        return key.length() <= 4 ? DOTS : DOTS + key.substring(key.length() - 4);
    }
}
