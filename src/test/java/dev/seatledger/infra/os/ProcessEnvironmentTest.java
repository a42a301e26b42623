package dev.seatledger.infra.os;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.sun.jna.Native;
import org.junit.jupiter.api.Test;

class ProcessEnvironmentTest {
    private static final boolean WINDOWS = System.getProperty("os.name", "").startsWith("Windows");

    private static String nativeValue(String name) {
        return Native.load("c", ProcessEnvironment.CLibrary.class).getenv(name);
    }

    @Test
    void aVariableIsSetWhereNativeLibrariesReadIt() {
        assumeFalse(WINDOWS);
        String name = "SEATLEDGER_TEST_" + ProcessHandle.current().pid();

        assertTrue(ProcessEnvironment.setIfAbsent(name, "disable"));
        assertEquals("disable", nativeValue(name));
    }

    @Test
    void theUsersOwnValueIsKept() {
        assumeFalse(WINDOWS);
        String path = System.getenv("PATH");

        assertFalse(ProcessEnvironment.setIfAbsent("PATH", "/nowhere"));
        assertEquals(path, nativeValue("PATH"));
    }
}
