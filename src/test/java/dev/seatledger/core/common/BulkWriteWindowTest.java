package dev.seatledger.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seatledger.core.telemetry.ParsedTelemetry;
import dev.seatledger.core.telemetry.TelemetryRecord;
import dev.seatledger.testing.AboutH2;
import dev.seatledger.testing.TestDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A large telemetry import lets H2 write its pages from the background writer, and every way out of it (done,
 * cancelled, two at once) leaves the database writing each commit before it returns, as it opened.
 */
@AboutH2
class BulkWriteWindowTest {
    private TestDatabase db;

    @BeforeEach
    void open() {
        db = TestDatabase.h2();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private String writeDelay() {
        return db.services().tx().read(s -> (String) s.createNativeQuery(
            "select setting_value from information_schema.settings where setting_name = 'WRITE_DELAY'", Object.class)
            .getResultList().get(0));
    }

    private static ParsedTelemetry devices(String prefix, int rows) {
        List<TelemetryRecord> records = new ArrayList<>(rows);
        Instant now = Instant.parse("2026-03-15T09:00:00Z");
        for (int i = 0; i < rows; i++) {
            records.add(new TelemetryRecord(i + 2, prefix + (i / 50), null, "App " + (i % 50), null, "1.0", true, null,
                false, now));
        }
        return new ParsedTelemetry(records, List.of());
    }

    /** Reads the write delay from another session each time the import reports progress. */
    private final class Watch implements Progress {
        final List<String> seen = new ArrayList<>();
        int cancelAfter = Integer.MAX_VALUE;

        @Override
        public void update(long done, long total) {
            if (seen.isEmpty() || done == total) {
                seen.add(writeDelay());
            }
        }

        @Override
        public boolean isCancelled() {
            return seen.size() >= cancelAfter;
        }
    }

    private long appsOf(String prefix) {
        return db.services().tx().read(s -> ((Number) s.createNativeQuery("select count(*) from installed_app ia"
            + " join device d on d.id = ia.device_id where d.hostname like :p", Object.class)
            .setParameter("p", prefix + "%").getSingleResult()).longValue());
    }

    @Test
    void aLargeImportWritesPagesInTheBackgroundAndEndsWithCommitsWrittenBeforeTheyReturn() {
        assertThat(writeDelay()).isEqualTo("0");
        Watch watch = new Watch();

        db.services().telemetryImporter().importParsed(devices("big-", BulkWriteWindow.MIN_ROWS), watch);

        assertThat(watch.seen).containsOnly(String.valueOf(BulkWriteWindow.DELAY_MS));
        assertThat(writeDelay()).isEqualTo("0");
        assertThat(appsOf("big-")).isEqualTo(BulkWriteWindow.MIN_ROWS);
    }

    @Test
    void aSmallImportLeavesTheDelayAlone() {
        Watch watch = new Watch();

        db.services().telemetryImporter().importParsed(devices("small-", 500), watch);

        assertThat(watch.seen).containsOnly("0");
        assertThat(appsOf("small-")).isEqualTo(500);
    }

    @Test
    void aCancelledImportWritesNothingAndSetsTheDelayBack() {
        Watch watch = new Watch();
        watch.cancelAfter = 1;

        assertThatThrownBy(() -> db.services().telemetryImporter().importParsed(devices("cancelled-", 20_000), watch))
            .isInstanceOf(CancelledException.class);

        assertThat(watch.seen).containsExactly(String.valueOf(BulkWriteWindow.DELAY_MS));
        assertThat(writeDelay()).isEqualTo("0");
        assertThat(appsOf("cancelled-")).isZero();
    }

    @Test
    void theDelayStaysUntilTheLastOfTwoOverlappingWindowsCloses() {
        Transactions tx = db.services().tx();
        BulkWriteWindow first = BulkWriteWindow.open(tx, BulkWriteWindow.MIN_ROWS);
        BulkWriteWindow second = BulkWriteWindow.open(tx, 50_000);

        first.close();
        assertThat(writeDelay()).isEqualTo(String.valueOf(BulkWriteWindow.DELAY_MS));
        second.close();
        assertThat(writeDelay()).isEqualTo("0");
    }
}
