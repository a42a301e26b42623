package dev.seatledger.ui.document;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Opens a stored document with the OS default application. Stored files are named by hash, so a copy with the
 * original name (and so its extension) is opened from a temporary folder. Called off the FX thread.
 */
public interface DocumentOpener {
    void open(Path stored, String fileName) throws IOException;

    /** The desktop's default application via java.awt.Desktop. */
    DocumentOpener DESKTOP = (stored, fileName) -> {
        if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            throw new IOException("this desktop cannot open files with their default application");
        }
        Desktop.getDesktop().open(namedCopy(stored, fileName).toFile());
    };

    static Path namedCopy(Path stored, String fileName) throws IOException {
        String safe = fileName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "seatledger-documents",
            stored.getFileName().toString().substring(0, Math.min(12, stored.getFileName().toString().length())));
        Files.createDirectories(dir);
        Path copy = dir.resolve(safe);
        Files.copy(stored, copy, StandardCopyOption.REPLACE_EXISTING);
        return copy;
    }
}
