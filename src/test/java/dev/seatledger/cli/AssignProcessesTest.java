package dev.seatledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.assignment.AssignmentDraft;
import dev.seatledger.core.assignment.SeatSummary;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.common.Operator;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.license.SeatType;
import dev.seatledger.core.people.PersonDraft;
import dev.seatledger.infra.crypto.AesGcmCipher;
import dev.seatledger.infra.db.Database;
import dev.seatledger.infra.db.DatabaseConfig;
import dev.seatledger.testing.ChildJvm;
import dev.seatledger.testing.AboutH2;
import dev.seatledger.testing.H2TcpServer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code seatledger assign} processes on one database (through an H2 TCP server) want its last seat. Both start
 * their command behind one gate, and their commands are checked to have run at the same time.
 */
@AboutH2
class AssignProcessesTest {

    @Test
    void exactlyOneProcessGetsTheLastSeatAndTheOtherIsRefusedWithTheReason(@TempDir Path dir) throws Exception {
        long license;
        try (Database db = Database.open(DatabaseConfig.h2Shared(dir))) {
            AppServices s = AppServices.create(db.transactions(), Clock.systemUTC(), Operator.fixed("setup"),
                AesGcmCipher.forDataFolder(dir));
            long product = s.products().create(ProductDraft.of("Figma", "Figma", "Design"));
            license = s.licenses().create(LicenseDraft.defaults(product).withSeats(2, SeatType.USER)).id();
            long holder = s.people().create(PersonDraft.of("Holder", "holder@example.com", "Design"));
            s.people().create(PersonDraft.of("Ana", "ana@example.com", "Design"));
            s.people().create(PersonDraft.of("Ben", "ben@example.com", "Design"));
            s.assignments().assign(license, holder, AssignmentDraft.EMPTY);
        }
        List<Outcome> outcomes;
        try (H2TcpServer server = new H2TcpServer()) {
            String url = server.url(dir);
            Process ana = assign(dir, url, license, "ana@example.com");
            Process ben = assign(dir, url, license, "ben@example.com");
            ChildJvm.awaitLine(ana, "READY");
            ChildJvm.awaitLine(ben, "READY");
            ChildJvm.release(ana, ben);
            outcomes = List.of(finish(ana), finish(ben));
        }

        assertThat(outcomes.get(0).started).as("the first ran while the second did").isLessThan(outcomes.get(1).ended);
        assertThat(outcomes.get(1).started).as("the second ran while the first did").isLessThan(outcomes.get(0).ended);
        assertThat(outcomes).filteredOn(o -> o.code == 0).singleElement()
            .satisfies(o -> assertThat(o.output).contains("License seat assigned"));
        assertThat(outcomes).filteredOn(o -> o.code != 0).singleElement().satisfies(o -> {
            assertThat(o.code).isEqualTo(1);
            assertThat(o.output.lines()).contains("No seats remaining on this license");
            assertThat(o.output).doesNotContain("License seat assigned");
        });
        try (Database db = Database.open(DatabaseConfig.h2Shared(dir))) {
            AppServices s = AppServices.create(db.transactions(), Clock.systemUTC(), Operator.fixed("check"),
                AesGcmCipher.forDataFolder(dir));
            SeatSummary sum = s.seats().summary(license);
            assertThat(sum.recordedUsed()).isEqualTo(2);
            assertThat(sum.tracked()).isEqualTo(2);
        }
    }

    /** A process's exit code, what it printed, and when (wall-clock ms) its command started and ended. */
    private record Outcome(int code, String output, long started, long ended) {
    }

    private static Process assign(Path dir, String url, long license, String email) throws Exception {
        return ChildJvm.start(GatedCli.class, "--data-dir", dir.toString(), "--jdbc-url", url, "assign",
            "--license", String.valueOf(license), "--person", email);
    }

    private static Outcome finish(Process p) {
        String output = ChildJvm.finish(p, ChildJvm.WAIT);
        return new Outcome(p.exitValue(), output, moment(output, "STARTED "), moment(output, "ENDED "));
    }

    private static long moment(String output, String marker) {
        return output.lines().filter(l -> l.startsWith(marker)).mapToLong(l -> Long.parseLong(l.substring(marker.length())))
            .findFirst().orElseThrow(() -> new AssertionError("no " + marker + "in:\n" + output));
    }
}
