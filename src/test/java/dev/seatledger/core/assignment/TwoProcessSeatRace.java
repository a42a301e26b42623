package dev.seatledger.core.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.services.AppServices;
import dev.seatledger.testing.ChildJvm;
import dev.seatledger.testing.RaceWorker;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Two SeatLedger processes race to fill {@link #LICENSES} licenses of {@link #SEATS} seats each. Each process brings
 * {@link #SEATS} people of its own to every license, so either alone would fill them all; both start behind one gate.
 * Checked: both processes won seats, and at least one license holds seats won by each (so they raced on the same
 * license at the same time); every license is filled exactly, never beyond its seats; every refusal is "No seats
 * remaining on this license"; every seat counter equals its live assignments.
 */
final class TwoProcessSeatRace {
    static final int LICENSES = 30;
    static final int SEATS = 3;
    private static final Duration RACE_LIMIT = Duration.ofSeconds(180);

    private final List<Long> licenses = new ArrayList<>();
    private final List<List<Long>> people = List.of(new ArrayList<>(), new ArrayList<>());

    /** Creates the licenses and each process's people. */
    TwoProcessSeatRace(AppServices s) {
        SeatFixtures f = new SeatFixtures(s);
        for (int i = 0; i < LICENSES; i++) {
            licenses.add(f.license(SEATS));
        }
        for (int p = 0; p < 2; p++) {
            for (int i = 0; i < SEATS; i++) {
                people.get(p).add(f.person((p == 0 ? "Ana " : "Ben ") + i));
            }
        }
    }

    private String attempts(int process) {
        return licenses.stream().flatMap(l -> people.get(process).stream().map(p -> l + ":" + p))
            .collect(Collectors.joining(","));
    }

    /**
     * Runs both processes on the database at {@code url} (then {@code login}: user and password, if any) behind one
     * gate; returns each one's output.
     */
    List<String> run(Path folder, String url, String... login) throws Exception {
        Process first = ChildJvm.start(RaceWorker.class, worker(folder, url, 0, login));
        Process second = ChildJvm.start(RaceWorker.class, worker(folder, url, 1, login));
        ChildJvm.awaitLine(first, "READY");
        ChildJvm.awaitLine(second, "READY");
        ChildJvm.release(first, second);
        String out1 = ChildJvm.awaitLine(first, "DONE", RACE_LIMIT) + ChildJvm.finish(first, ChildJvm.WAIT);
        String out2 = ChildJvm.awaitLine(second, "DONE", RACE_LIMIT) + ChildJvm.finish(second, ChildJvm.WAIT);
        return List.of(out1, out2);
    }

    private String[] worker(Path folder, String url, int process, String... login) {
        List<String> args = new ArrayList<>(List.of(folder.toString(), url, attempts(process)));
        for (int i = 0; i < login.length && !login[i].isEmpty(); i++) {
            args.add(login[i]); // an empty argument does not survive the Windows command line
        }
        return args.toArray(String[]::new);
    }

    /** Checks the outputs of {@link #run} and the database after it; returns a line saying who won what. */
    String check(List<String> outputs, AppServices s) {
        Map<String, Integer> seatsWon = new HashMap<>();
        Map<String, Integer> winnersOf = new HashMap<>();
        int[] won = new int[2];
        for (int p = 0; p < 2; p++) {
            Map<String, Boolean> wonHere = new HashMap<>();
            for (String line : outputs.get(p).lines().toList()) {
                String[] parts = line.split(" ", 4);
                if (parts.length >= 3 && parts[2].equals("OK")) {
                    won[p]++;
                    seatsWon.merge(parts[0], 1, Integer::sum);
                    if (wonHere.put(parts[0], true) == null) {
                        winnersOf.merge(parts[0], 1, Integer::sum);
                    }
                } else if (parts.length == 4 && parts[2].equals("REFUSED")) {
                    assertThat(parts[3]).as(line).isEqualTo("No seats remaining on this license");
                }
            }
        }
        assertThat(won[0] + won[1]).as("seats won in all").isEqualTo(LICENSES * SEATS);
        assertThat(seatsWon).as("seats won per license").hasSize(LICENSES)
            .allSatisfy((license, n) -> assertThat(n).as("license %s", license).isEqualTo(SEATS));
        assertThat(won[0]).as("seats won by the first process").isPositive();
        assertThat(won[1]).as("seats won by the second process").isPositive();
        long shared = winnersOf.values().stream().filter(n -> n == 2).count();
        assertThat(shared).as("licenses with seats won by both processes").isPositive();
        for (long license : licenses) {
            SeatSummary sum = s.seats().summary(license);
            assertThat(sum.recordedUsed()).as("license %d counter", license).isEqualTo(SEATS);
            assertThat(sum.tracked()).as("license %d assignments", license).isEqualTo(SEATS);
        }
        return "first process won " + won[0] + " seats, second " + won[1] + "; " + shared + " of " + LICENSES
            + " licenses hold seats won by both";
    }
}
