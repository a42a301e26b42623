package dev.seatledger.core.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.testing.ChildJvm;
import java.io.BufferedWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Telemetry files as tools write them, read as they are parsed: encodings, byte-order marks, JSON, size. */
class TelemetryFileTest {
    private static final Instant AT = Instant.parse("2026-11-27T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aWindowsCsvIsReadAsWindows1252AndAUtf8OneWithItsByteOrderMark() throws Exception {
        Path windows = dir.resolve("windows.csv");
        Files.writeString(windows, "device;user_email;application;installed;last_used\r\n"
            + "PC-01;zoë@example.com;Café Désigner;oui;2026-11-27\r\n"
            + "PC-02;ana@example.com;Café Désigner;yes;2026-11-20\r\n", Charset.forName("windows-1252"));
        Path utf8 = dir.resolve("utf8.csv");
        Files.writeString(utf8, "\uFEFFdevice,application,installed\nMAC-7,Café Désigner,yes\n", StandardCharsets.UTF_8);

        ParsedTelemetry w = TelemetryFile.parse(windows, false, null, null, AT);
        ParsedTelemetry u = TelemetryFile.parse(utf8, false, null, null, AT);

        assertThat(w.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("\"oui\""));
        assertThat(w.records()).singleElement().satisfies(r -> {
            assertThat(r.host()).isEqualTo("PC-02");
            assertThat(r.appName()).isEqualTo("Café Désigner");
            assertThat(r.lastUsed()).isEqualTo(LocalDate.of(2026, 11, 20));
        });
        assertThat(u.errors()).isEmpty();
        assertThat(u.records()).extracting(TelemetryRecord::host, TelemetryRecord::appName)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("MAC-7", "Café Désigner"));
    }

    @Test
    void aJsonArrayIsReadElementByElementAndATruncatedOneNamesItsLine() throws Exception {
        Path array = dir.resolve("apps.json");
        Files.writeString(array, "\uFEFF\n  [\n {\"device\": \"PC-01\", \"application\": \"Figma\", \"installed\": true,"
            + " \"last_used\": \"2026-11-01\"},\n {\"device\": \"PC-02\", \"application\": \"Slack\", \"installed\": \"no\"}\n]\n",
            StandardCharsets.UTF_8);
        Path truncated = dir.resolve("cut.json");
        Files.writeString(truncated, "[\n{\"device\": \"PC-01\", \"application\": \"Figma\", \"installed\": true},\n"
            + "{\"device\": \"PC-02\", \"appli", StandardCharsets.UTF_8);

        ParsedTelemetry ok = TelemetryFile.parse(array, false, null, null, AT);
        ParsedTelemetry cut = TelemetryFile.parse(truncated, false, null, null, AT);

        assertThat(ok.errors()).isEmpty();
        assertThat(ok.records()).extracting(TelemetryRecord::host, TelemetryRecord::installed)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("PC-01", true),
                org.assertj.core.groups.Tuple.tuple("PC-02", false));
        assertThat(cut.records()).isEmpty();
        assertThat(cut.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.message()).startsWith("not valid JSON");
        });
    }

    @Test
    void recordsOfTheSameDeviceAndApplicationShareTheirText() throws Exception {
        Path csv = dir.resolve("shared.csv");
        Files.writeString(csv, "device,user_email,application,version,installed\nPC-01,ana@example.com,Figma,1.2,yes\n"
            + "PC-01,ana@example.com,Figma,1.2,yes\nPC-01,ana@example.com,Slack,1.2,yes\n", StandardCharsets.UTF_8);

        List<TelemetryRecord> r = TelemetryFile.parse(csv, false, null, null, AT).records();

        assertThat(r).hasSize(3);
        assertThat(r.get(1).host()).isSameAs(r.get(0).host()).isSameAs(r.get(2).host());
        assertThat(r.get(1).appName()).isSameAs(r.get(0).appName());
        assertThat(r.get(2).version()).isSameAs(r.get(0).version());
    }

    /**
     * 300,000 rows (27 MB) parse in a JVM with a 64 MB heap: the file is never held whole and equal texts are shared.
     * Holding the text and one string per cell took several times that.
     */
    @Test
    void aLargeFileParsesInASmallHeap() throws Exception {
        Path big = dir.resolve("big.csv");
        try (BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            w.write("device,user_email,application,bundle_id,version,installed,last_used\n");
            for (int h = 0; h < 3000; h++) {
                for (int a = 0; a < 100; a++) {
                    w.write("LAPTOP-" + h + ",user" + h + "@example.com,Application " + a + ",com.example.app" + a
                        + ",1." + a + ",yes," + LocalDate.of(2026, 1 + (h + a) % 12, 1 + a % 28) + "\n");
                }
            }
        }
        assertThat(Files.size(big)).isGreaterThan(25_000_000);

        Process p = ChildJvm.start(List.of("-Xmx64m"), TelemetryParseWorker.class, big.toString());
        String out = ChildJvm.awaitLine(p, "done");
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(out).contains("records 300000 errors 0");
        assertThat(p.exitValue()).isZero();
    }
}
