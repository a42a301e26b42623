package dev.seatledger.infra.os;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.seatledger.infra.settings.Settings;
import dev.seatledger.testing.ChildJvm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RendererChoiceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final boolean LINUX = System.getProperty("os.name", "").startsWith("Linux");

    @TempDir
    Path dir;
    /** A /dev with a graphics card's render node, unless a test removes it. */
    @TempDir
    Path devices;

    @BeforeEach
    void aGraphicsCard() throws IOException {
        Files.createDirectories(devices.resolve("dri"));
        Files.createFile(devices.resolve("dri").resolve("renderD128"));
    }

    @Test
    void aSoftwareFallbackIsRememberedInTheSettingsFile() {
        Settings settings = new Settings(dir);
        assertTrue(RendererChoice.record(settings, TODAY, false, false, false));
        settings.save();

        assertEquals(Optional.of(TODAY), RendererChoice.softwareSeen(dir.resolve("settings.properties")));
    }

    @Test
    void theNextStartAsksForSoftwareAndKeepsGtkFromLoadingOpenGl() throws Exception {
        remember(TODAY.minusDays(10));

        List<String> seen = launch(List.of(), TODAY);

        assertEquals("prism.order=sw", seen.get(0));
        assertEquals(LINUX ? "GDK_GL=disable" : "GDK_GL=null", seen.get(1));
    }

    @Test
    void theGraphicsCardIsTriedAgainAfterThirtyDays() throws Exception {
        remember(TODAY.minusDays(RendererChoice.RECHECK_DAYS + 1));

        assertEquals(List.of("prism.order=null", "GDK_GL=null"), launch(List.of(), TODAY));
        assertEquals("prism.order=sw", launch(List.of(), TODAY.minusDays(1)).get(0));
    }

    @Test
    void withoutARememberedFallbackNothingChanges() throws Exception {
        assertEquals(List.of("prism.order=null", "GDK_GL=null"), launch(List.of(), TODAY));
    }

    @Test
    void aLinuxComputerWithoutAGraphicsDeviceSkipsTheProbeFromTheFirstStart() throws Exception {
        Files.delete(devices.resolve("dri").resolve("renderD128"));

        List<String> seen = launch(List.of(), TODAY);

        assertEquals(LINUX ? List.of("prism.order=sw", "GDK_GL=disable") : List.of("prism.order=null", "GDK_GL=null"),
            seen);
    }

    @Test
    void nvidiasOwnDeviceAndWslsGpuBridgeCountAsGraphicsDevices() throws IOException {
        Files.delete(devices.resolve("dri").resolve("renderD128"));
        assertFalse(RendererChoice.graphicsDevice(devices));
        assertFalse(RendererChoice.graphicsDevice(dir.resolve("no-such-folder")));

        Files.createFile(devices.resolve("dxg"));
        assertTrue(RendererChoice.graphicsDevice(devices));
        Files.delete(devices.resolve("dxg"));
        Files.createFile(devices.resolve("nvidia0"));
        assertTrue(RendererChoice.graphicsDevice(devices));
    }

    @Test
    void theUsersOwnRendererOrderWins() throws Exception {
        remember(TODAY);

        assertEquals(List.of("prism.order=es2,sw", "GDK_GL=null"), launch(List.of("-Dprism.order=es2,sw"), TODAY));
    }

    @Test
    void aStartThatChoseSoftwareItselfDoesNotRenewTheDate() {
        Settings settings = new Settings(dir);
        settings.put(RendererChoice.SOFTWARE_SEEN, TODAY.minusDays(20).toString());

        assertFalse(RendererChoice.record(settings, TODAY, false, true, true));
        assertEquals(Optional.of(TODAY.minusDays(20).toString()), settings.get(RendererChoice.SOFTWARE_SEEN));
    }

    @Test
    void aWorkingGraphicsCardForgetsTheFallback() {
        Settings settings = new Settings(dir);
        settings.put(RendererChoice.SOFTWARE_SEEN, TODAY.toString());

        assertTrue(RendererChoice.record(settings, TODAY, true, false, true));
        assertEquals(Optional.empty(), settings.get(RendererChoice.SOFTWARE_SEEN));
        assertFalse(RendererChoice.record(settings, TODAY, true, false, false));
    }

    @Test
    void aFallbackUnderTheUsersOwnOrderIsNotRecorded() {
        Settings settings = new Settings(dir);

        assertFalse(RendererChoice.record(settings, TODAY, false, false, true));
        assertEquals(Optional.empty(), settings.get(RendererChoice.SOFTWARE_SEEN));
    }

    @Test
    void anUnreadableDateIsIgnored() throws IOException {
        Files.writeString(dir.resolve("settings.properties"), RendererChoice.SOFTWARE_SEEN + "=last tuesday\n");

        assertEquals(Optional.empty(), RendererChoice.softwareSeen(dir.resolve("settings.properties")));
    }

    private void remember(LocalDate seen) {
        Settings settings = new Settings(dir);
        settings.put(RendererChoice.SOFTWARE_SEEN, seen.toString());
        settings.save();
    }

    private List<String> launch(List<String> jvmOptions, LocalDate today) throws Exception {
        Process p = ChildJvm.start(jvmOptions, RendererChoiceWorker.class, dir.toString(), today.toString(),
            devices.toString());
        String out = ChildJvm.awaitLine(p, "done");
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        return out.lines().filter(l -> l.startsWith("prism.order=") || l.startsWith("GDK_GL=")).toList();
    }
}
