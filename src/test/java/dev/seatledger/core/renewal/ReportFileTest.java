package dev.seatledger.core.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seatledger.core.common.CancelledException;
import dev.seatledger.core.common.Progress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report reaches its file whole or not at all: a cancel or a failure leaves the target as it was and no temporary file. */
class ReportFileTest {
    @TempDir
    Path folder;

    private static final Progress CANCELLED = new Progress() {
        @Override
        public void update(long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return true;
        }
    };

    private long files() throws IOException {
        try (var s = Files.list(folder)) {
            return s.count();
        }
    }

    @Test
    void aWrittenReportReplacesTheTarget() throws IOException {
        Path target = folder.resolve("report.csv");
        Files.writeString(target, "old");
        ReportFile.write(target, Progress.NONE, out -> write(out, "new"));
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(files()).isEqualTo(1);
    }

    @Test
    void aCancelLeavesTheTargetAsItWas() throws IOException {
        Path target = folder.resolve("report.csv");
        Files.writeString(target, "old");
        assertThatThrownBy(() -> ReportFile.write(target, CANCELLED, out -> write(out, "half")))
            .isInstanceOf(CancelledException.class);
        assertThat(Files.readString(target)).isEqualTo("old");
        assertThat(files()).as("no temporary file left").isEqualTo(1);
    }

    @Test
    void aFailureLeavesNoFile() throws IOException {
        Path target = folder.resolve("pack.pdf");
        assertThatThrownBy(() -> ReportFile.write(target, Progress.NONE, out -> {
            write(out, "half");
            throw new UncheckedIOException(new IOException("disk full"));
        })).hasMessageContaining("disk full");
        assertThat(files()).isZero();
    }

    private static void write(java.io.OutputStream out, String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
