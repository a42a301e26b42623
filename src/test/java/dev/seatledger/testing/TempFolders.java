package dev.seatledger.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Deletes a test's own temporary folder when the test is done with it, so test runs leave nothing behind. */
public final class TempFolders {
    private TempFolders() {
    }

    /** Deletes {@code folder} and everything in it; files the system still holds open are left. */
    public static void delete(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // still open elsewhere (Windows): the system's temporary folder cleaning takes it later
                }
            });
        } catch (IOException e) {
            // the folder went away meanwhile
        }
    }
}
