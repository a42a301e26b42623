package dev.seatledger.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;

/**
 * Where an export or report goes: standard output, or a file written through a temporary file beside it and
 * moved into place at the end, so a failed export never leaves a half-written file.
 */
final class OutputTarget {
    private final Path file;
    private final PrintWriter stdout;

    /** {@code file} null or "-": standard output. */
    OutputTarget(Path file, PrintWriter stdout) {
        this.file = isStdout(file) ? null : file.toAbsolutePath();
        this.stdout = stdout;
    }

    /** Whether {@code --out} names standard output: not given, or "-" as command-line tools write it. */
    static boolean isStdout(Path file) {
        return file == null || file.toString().equals("-");
    }

    boolean toFile() {
        return file != null;
    }

    Path file() {
        return file;
    }

    <T> T text(java.util.function.Function<Writer, T> write) {
        if (file == null) {
            T result = write.apply(stdout);
            stdout.flush();
            return result;
        }
        return viaTemp(tmp -> {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                return write.apply(w);
            }
        });
    }

    void bytes(Consumer<OutputStream> write) {
        if (file == null) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            write.accept(buffer);
            stdout.print(buffer.toString(StandardCharsets.UTF_8));
            stdout.flush();
            return;
        }
        viaTemp(tmp -> {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                write.accept(out);
            }
            return null;
        });
    }

    private interface IoWork<T> {
        T run(Path tmp) throws IOException;
    }

    private <T> T viaTemp(IoWork<T> work) {
        Path dir = file.getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, ".seatledger-export", ".tmp");
            T result = work.run(tmp);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(dev.seatledger.core.common.FileProblem.writing(file, e));
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temporary file is hidden and harmless
                }
            }
        }
    }
}
