package dev.seatledger.core.renewal;

import dev.seatledger.core.common.CancelledException;
import dev.seatledger.core.common.Progress;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;

/**
 * Writes a report (a review pack, the compliance position) to a file through a temporary file beside it, so a cancel or
 * a failure leaves the target as it was; refuses to begin or to replace the target once the work is cancelled.
 */
public final class ReportFile {
    private ReportFile() {
    }

    public static void write(Path target, Progress progress, Consumer<OutputStream> body) {
        Path dir = target.toAbsolutePath().getParent();
        try {
            Path tmp = Files.createTempFile(dir, ".seatledger-report", ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    body.accept(out);
                }
                if (progress.isCancelled()) {
                    throw new CancelledException();
                }
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
