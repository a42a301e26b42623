package dev.seatledger.core.recognition;

/**
 * An application name as a source reported it, with what else is known: the macOS bundle id, the Windows publisher,
 * and the kind of source. Only the name is required.
 */
public record Observed(String name, String bundleId, Source source, String publisher) {
    public Observed {
        source = source == null ? Source.OTHER : source;
    }

    public static Observed name(String name) {
        return new Observed(name, null, Source.OTHER, null);
    }

    public static Observed macApp(String name, String bundleId) {
        return new Observed(name, bundleId, Source.APPS, null);
    }

    public static Observed windowsProgram(String displayName, String publisher) {
        return new Observed(displayName, null, Source.PROGRAMS, publisher);
    }

    public static Observed debPackage(String packageName) {
        return new Observed(packageName, null, Source.DEB, null);
    }

    public static Observed rpmPackage(String packageName) {
        return new Observed(packageName, null, Source.RPM, null);
    }

    /** An application name from Entra, Okta or Google sign-in records. */
    public static Observed ssoApp(String appName) {
        return new Observed(appName, null, Source.SSO, null);
    }

    /** The key the application is stored and aliased under (its bundle id, else its name key). */
    public String appKey() {
        return NameKeys.appKey(name, bundleId);
    }

    public String nameKey() {
        return NameKeys.nameKey(name);
    }
}
