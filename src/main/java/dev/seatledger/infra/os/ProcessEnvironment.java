package dev.seatledger.infra.os;

import com.sun.jna.Library;
import com.sun.jna.Native;

/**
 * Sets a variable in this process's own environment, where native libraries loaded later (GTK) read it. Java has
 * no call for that ({@link System#getenv()} is a copy), so the C library's {@code setenv} is called through JNA.
 * Only for variables read once at start-up, before other threads read the environment.
 */
public final class ProcessEnvironment {
    private ProcessEnvironment() {
    }

    /** The C library's own call. */
    interface CLibrary extends Library {
        int setenv(String name, String value, int overwrite);

        String getenv(String name);
    }

    /** The variable as native code sees it now; where the C library cannot be reached, as the JVM started with it. */
    public static String get(String name) {
        try {
            return Native.load("c", CLibrary.class).getenv(name);
        } catch (UnsatisfiedLinkError | NoClassDefFoundError | IllegalStateException e) {
            return System.getenv(name);
        }
    }

    /**
     * Sets {@code name} unless the process already has it (the user's own value wins).
     *
     * @return whether the variable now holds {@code value}
     */
    public static boolean setIfAbsent(String name, String value) {
        if (System.getenv(name) != null) {
            return value.equals(System.getenv(name));
        }
        if (System.getProperty("os.name", "").startsWith("Windows")) {
            return false;
        }
        try {
            CLibrary c = Native.load("c", CLibrary.class);
            return c.setenv(name, value, 0) == 0;
        } catch (UnsatisfiedLinkError | NoClassDefFoundError | IllegalStateException e) {
            return false;
        }
    }
}
