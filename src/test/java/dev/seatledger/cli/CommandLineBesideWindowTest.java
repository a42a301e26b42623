package dev.seatledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.license.SeatType;
import dev.seatledger.core.people.PersonDraft;
import dev.seatledger.testing.AboutH2;
import dev.seatledger.testing.ChildJvm;
import dev.seatledger.testing.CliProcess;
import dev.seatledger.testing.SeatGrabber;
import dev.seatledger.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line while a window has the same data folder open (ADR 0046): a process that holds the embedded database
 * as the window does, and other processes that write seats beside it. The seat rules hold across the processes.
 */
@AboutH2
class CommandLineBesideWindowTest {
    private static final int LICENSES = 40;

    @Test
    void theWindowAndAnotherProcessBothWinSeatsAndNoLicenseIsOvercommitted(@TempDir Path dir) throws Exception {
        List<Long> licenses = new ArrayList<>();
        long ana;
        long ben;
        long pair;
        try (TestDatabase db = TestDatabase.h2In(dir)) {
            AppServices s = db.services();
            long product = s.products().create(ProductDraft.of("Figma", "Figma", "Design"));
            for (int i = 0; i < LICENSES; i++) {
                licenses.add(s.licenses().create(LicenseDraft.defaults(product).withSeats(1, SeatType.USER)).id());
            }
            pair = s.licenses().create(LicenseDraft.defaults(product).withSeats(2, SeatType.USER)).id();
            ana = s.people().create(PersonDraft.of("Ana", "ana@example.com", "Design"));
            ben = s.people().create(PersonDraft.of("Ben", "ben@example.com", "Design"));
            for (String name : List.of("cleo", "dan", "eve")) {
                s.people().create(PersonDraft.of(name, name + "@example.com", "Design"));
            }
        }
        String up = licenses.stream().map(String::valueOf).collect(Collectors.joining(","));
        List<Long> reversed = new ArrayList<>(licenses);
        Collections.reverse(reversed);
        String down = reversed.stream().map(String::valueOf).collect(Collectors.joining(","));
        Path go = dir.resolve("go");

        Process window = ChildJvm.start(SeatGrabber.class, dir.toString(), String.valueOf(ana), go.toString(), up);
        try {
            ChildJvm.awaitLine(window, "READY");
            Process other = ChildJvm.start(SeatGrabber.class, dir.toString(), String.valueOf(ben), go.toString(), down);
            ChildJvm.awaitLine(other, "READY");
            Files.writeString(go, "go");
            String byWindow = ChildJvm.awaitLine(window, "DONE");
            String byOther = ChildJvm.awaitLine(other, "DONE");
            other.getOutputStream().close();
            assertThat(other.waitFor(60, TimeUnit.SECONDS)).as("the other process ended").isTrue();

            Map<String, Integer> winners = new HashMap<>();
            (byWindow + byOther).lines().filter(l -> l.endsWith(" OK")).forEach(l -> winners.merge(l.split(" ")[0], 1, Integer::sum));
            assertThat(winners).hasSize(LICENSES).allSatisfy((lic, n) -> assertThat(n).isEqualTo(1));
            assertThat(byWindow.lines().filter(l -> l.endsWith(" OK")).count()).as("seats the window won").isPositive();
            assertThat(byOther.lines().filter(l -> l.endsWith(" OK")).count()).as("seats the other process won").isPositive();

            CliProcess.Result cleo = CliProcess.run("--data-dir", dir.toString(), "assign", "--license", String.valueOf(pair),
                "--person", "cleo@example.com");
            CliProcess.Result dan = CliProcess.run("--data-dir", dir.toString(), "assign", "--license", String.valueOf(pair),
                "--person", "dan@example.com");
            CliProcess.Result eve = CliProcess.run("--data-dir", dir.toString(), "assign", "--license", String.valueOf(pair),
                "--person", "eve@example.com");
            CliProcess.Result catalog = CliProcess.run("--data-dir", dir.toString(), "catalog");

            assertThat(List.of(cleo.code(), dan.code(), eve.code())).as(cleo.err() + dan.err() + eve.err())
                .containsExactly(0, 0, 1);
            assertThat(eve.err().strip()).isEqualTo("No seats remaining on this license");
            assertThat(catalog.code()).isZero();
            assertThat(catalog.err()).isEmpty();
            assertThat(catalog.out()).contains("Figma,Figma,Design,,41,42");
            assertThat(dir.resolve("seatledger.lock.db")).content().containsPattern("server=localhost\\\\?:\\d+");
        } finally {
            window.getOutputStream().close();
            if (!window.waitFor(90, TimeUnit.SECONDS)) {
                window.destroyForcibly();
            }
        }

        try (TestDatabase db = TestDatabase.h2In(dir)) {
            for (long lic : licenses) {
                assertThat(db.services().seats().summary(lic).tracked()).isEqualTo(1);
            }
            assertThat(db.services().seats().summary(pair).tracked()).isEqualTo(2);
        }
    }
}
