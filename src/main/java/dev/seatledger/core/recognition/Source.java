package dev.seatledger.core.recognition;

import java.util.Locale;

/** Where an application name comes from; it says whether the name is a package name or a display name. */
public enum Source {
    /** osquery {@code apps} (macOS): a bundle name with its bundle id. */
    APPS,
    /** osquery {@code programs} (Windows): an Add/Remove Programs DisplayName with its publisher. */
    PROGRAMS,
    /** osquery {@code deb_packages}: a Debian package name. */
    DEB,
    /** osquery {@code rpm_packages}: an RPM package name. */
    RPM,
    /** An application name from a sign-in console (Entra, Okta, Google). */
    SSO,
    /** SeatLedger's own telemetry files and anything else. */
    OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Source of(String code) {
        if (code == null) {
            return OTHER;
        }
        for (Source s : values()) {
            if (s.code().equalsIgnoreCase(code)) {
                return s;
            }
        }
        return OTHER;
    }

    boolean isPackage() {
        return this == DEB || this == RPM;
    }
}
