package dev.seatledger.infra.settings;

import dev.seatledger.core.common.Preferences;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Preferences stored in {@code settings.properties} in the data folder, written atomically. */
public class Settings implements Preferences {
    private static final Logger LOG = LoggerFactory.getLogger(Settings.class);

    private final Path file;
    private final Properties props = new Properties();

    public Settings(Path dataFolder) {
        this.file = dataFolder.resolve("settings.properties");
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                props.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Could not read settings from {}; using defaults", file, e);
            }
        }
    }

    @Override
    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(props.getProperty(key)).filter(v -> !v.isBlank());
    }

    @Override
    public synchronized void put(String key, String value) {
        if (value == null) {
            props.remove(key);
        } else {
            props.setProperty(key, value);
        }
    }

    @Override
    public synchronized void save() {
        try {
            OwnerOnly.folder(file.getParent());
            Path tmp = OwnerOnly.newFile(file.resolveSibling(file.getFileName() + ".tmp"));
            try (OutputStream out = Files.newOutputStream(tmp)) {
                props.store(out, "SeatLedger settings");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | java.io.UncheckedIOException e) {
            LOG.warn("Could not save settings to {}", file, e);
        }
    }
}
