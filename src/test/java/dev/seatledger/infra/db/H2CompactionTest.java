package dev.seatledger.infra.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.testing.AboutH2;
import dev.seatledger.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded file appends every commit (no space reuse, for crash safety); a clean close gives the
 * space back, and what was saved is all there when the file is opened again.
 */
@AboutH2
class H2CompactionTest {
    @Test
    void aFileGrownByManyCommitsShrinksOnCloseAndKeepsEverything(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("seatledger.mv.db");
        long product;
        long grown;
        int commits = 0;
        try (TestDatabase db = TestDatabase.h2In(dir)) {
            product = db.services().products().create(ProductDraft.of("Figma", "Figma, Inc.", null));
            while (Files.size(file) < H2Compaction.MIN_BYTES * 2 && commits < 20_000) {
                int n = ++commits;
                db.services().tx().run(s -> s.createNativeMutationQuery("update product set notes = :n where id = :id")
                    .setParameter("n", "edit " + n).setParameter("id", product).executeUpdate());
            }
            grown = Files.size(file);
            assertThat(grown).as("file after %s single-row commits", commits).isGreaterThanOrEqualTo(H2Compaction.MIN_BYTES * 2);
            System.out.println("H2CompactionTest: " + commits + " commits grew the file to " + (grown >> 20) + " MB");
        }
        long compacted = Files.size(file);
        assertThat(compacted).isLessThan(grown / 4);
        assertThat(dir.resolve("seatledger.trace.db")).as("no H2 error trace left in the data folder").doesNotExist();
        if (dev.seatledger.infra.settings.OwnerOnly.supported()) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .as("the compacted file stays owner-only").isEqualTo("rw-------");
        }
        try (TestDatabase db = TestDatabase.h2In(dir)) {
            Object[] row = db.services().tx().read(s -> s.createNativeQuery(
                "select name, notes from product where id = :id", Object[].class).setParameter("id", product).getSingleResult());
            assertThat(row).containsExactly("Figma", "edit " + commits);
        }
    }

    @Test
    void aFileThatMoreThanDoubledSinceItWasOpenedIsWorthCompactingWhateverH2CountsLive() {
        long mb = 1L << 20;
        assertThat(H2Compaction.worthCompacting(367 * mb, 2066 * mb, 51))
            .as("the large dataset after a migration that rewrote its seats: compacting gave 418 MB").isTrue();
        assertThat(H2Compaction.worthCompacting(400 * mb, 700 * mb, 80)).isFalse();
        assertThat(H2Compaction.worthCompacting(400 * mb, 700 * mb, 40)).isTrue();
        assertThat(H2Compaction.worthCompacting(0, 40 * mb, 90)).as("a file created this session, past twice the minimum")
            .isTrue();
        assertThat(H2Compaction.worthCompacting(0, 10 * mb, 10)).as("a small file is left as it is").isFalse();
    }

    @Test
    void aTableRewrittenInOneSessionGivesItsSpaceBackOnClose(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("seatledger.mv.db");
        try (TestDatabase db = TestDatabase.h2In(dir)) {
            db.services().tx().run(s -> s.createNativeMutationQuery(
                "create table scratch (id int primary key, v varchar(200))").executeUpdate());
            db.services().tx().run(s -> s.createNativeMutationQuery("insert into scratch select x, repeat('seat ', 30)"
                + " from system_range(1, 150000)").executeUpdate());
        }
        long atOpen = Files.size(file);
        long grown;
        try (TestDatabase db = TestDatabase.h2In(dir)) {
            for (String column : new String[] {"a", "b", "c"}) {
                db.services().tx().run(s -> s.createNativeMutationQuery(
                    "alter table scratch add column " + column + " int default 0 not null").executeUpdate());
            }
            grown = Files.size(file);
            assertThat(grown).as("rewriting the table three times").isGreaterThan(2 * atOpen);
        }
        assertThat(Files.size(file)).isLessThan(grown / 2);
        try (TestDatabase db = TestDatabase.h2In(dir)) {
            long rows = db.services().tx().read(s -> ((Number) s.createNativeQuery(
                "select count(*) from scratch where a + b + c = 0", Object.class).getSingleResult()).longValue());
            assertThat(rows).isEqualTo(150_000);
        }
    }

    @Test
    void aSmallFileIsLeftAsItIs(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("seatledger.mv.db");
        long size;
        try (TestDatabase db = TestDatabase.h2In(dir)) {
            db.services().products().create(ProductDraft.of("Slack", "Salesforce", null));
            size = Files.size(file);
        }
        assertThat(size).isLessThan(H2Compaction.MIN_BYTES);
        assertThat(Files.size(file)).isGreaterThanOrEqualTo(size);
    }
}
