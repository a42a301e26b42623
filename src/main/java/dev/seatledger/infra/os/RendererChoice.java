package dev.seatledger.infra.os;

import dev.seatledger.core.common.Preferences;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Properties;

/**
 * Remembers that this computer draws the window in software, and then skips the graphics-card probe at the next
 * starts (ADR 0035); on Linux without any graphics device it skips the probe from the first start. When JavaFX finds no usable graphics card it falls back to its software renderer, but by then
 * the probe has loaded the system's OpenGL stack (on Linux, GTK loads it as well), about 50 MB that stay resident
 * unused. Once the fallback has been seen, the next starts ask for the software renderer directly and tell GTK not
 * to load OpenGL. The probe runs again after {@link #RECHECK_DAYS} days, in case the graphics driver changed.
 */
public final class RendererChoice {
    /** Where JavaFX was last seen drawing in software: the date it was seen. */
    public static final String SOFTWARE_SEEN = "ui.renderer.softwareSeen";
    static final int RECHECK_DAYS = 30;
    private static final String PRISM_ORDER = "prism.order";
    /** Set by this class when it chose the software renderer, so the check after start does not record it. */
    private static final String CHOSEN = "seatledger.renderer.chosen";

    private RendererChoice() {
    }

    /**
     * Before the toolkit starts: chooses the software renderer when it was seen recently on this computer, or when
     * a Linux computer has no graphics device at all, unless the user has chosen a renderer. Reads the settings
     * file directly so that no logger starts on this thread.
     */
    public static void beforeLaunch(Path dataFolder, LocalDate today) {
        beforeLaunch(dataFolder, today, Path.of("/dev"));
    }

    static void beforeLaunch(Path dataFolder, LocalDate today, Path devices) {
        if (System.getProperty(PRISM_ORDER) != null) {
            return;
        }
        boolean linux = System.getProperty("os.name", "").startsWith("Linux");
        Optional<LocalDate> seen = softwareSeen(dataFolder.resolve("settings.properties"));
        boolean recentlySeen = seen.isPresent() && !seen.get().plusDays(RECHECK_DAYS).isBefore(today);
        if (!recentlySeen && !(linux && !graphicsDevice(devices))) {
            return;
        }
        System.setProperty(PRISM_ORDER, "sw");
        System.setProperty(CHOSEN, "true");
        if (linux) {
            ProcessEnvironment.setIfAbsent("GDK_GL", "disable");
        }
    }

    /**
     * Whether Linux shows a graphics device: a DRM node ({@code /dev/dri/card0}, {@code renderD128}), NVIDIA's own
     * ({@code /dev/nvidia0}) or Windows' GPU bridge under WSL ({@code /dev/dxg}). Without one, OpenGL can only be
     * Mesa's software rasterizer, which JavaFX refuses, so even the first start can skip the probe (a virtual
     * machine, a container, a remote display server).
     */
    static boolean graphicsDevice(Path devices) {
        if (Files.exists(devices.resolve("nvidia0")) || Files.exists(devices.resolve("dxg"))) {
            return true;
        }
        try (var entries = Files.list(devices.resolve("dri"))) {
            return entries.findAny().isPresent();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * After the window shows: records the date when JavaFX fell back to software on its own, or forgets an earlier
     * fallback when the graphics card is in use now.
     *
     * @param hardware whether a graphics-card pipeline draws the window (the shell's {@code Renderer.hardware()})
     * @return whether the preferences changed (and need saving)
     */
    public static boolean afterShown(Preferences prefs, LocalDate today, boolean hardware) {
        return record(prefs, today, hardware, Boolean.getBoolean(CHOSEN), System.getProperty(PRISM_ORDER) != null);
    }

    /**
     * @param hardware    whether a graphics-card pipeline draws the window
     * @param chosenHere  whether {@link #beforeLaunch} asked for software at this start
     * @param userOrdered whether the user named the renderers to try ({@code -Dprism.order})
     */
    static boolean record(Preferences prefs, LocalDate today, boolean hardware, boolean chosenHere,
            boolean userOrdered) {
        if (chosenHere) {
            return false;
        }
        if (hardware) {
            boolean had = prefs.get(SOFTWARE_SEEN).isPresent();
            prefs.put(SOFTWARE_SEEN, null);
            return had;
        }
        if (userOrdered) {
            return false;
        }
        prefs.put(SOFTWARE_SEEN, today.toString());
        return true;
    }

    static Optional<LocalDate> softwareSeen(Path settingsFile) {
        if (!Files.isRegularFile(settingsFile)) {
            return Optional.empty();
        }
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(settingsFile)) {
            props.load(in);
            return Optional.ofNullable(props.getProperty(SOFTWARE_SEEN)).map(String::strip).map(LocalDate::parse);
        } catch (IOException | IllegalArgumentException | DateTimeException e) {
            return Optional.empty();
        }
    }
}
