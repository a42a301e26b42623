package dev.seatledger.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.cli.SeatLedgerCli;
import dev.seatledger.testing.TestDatabase;
import dev.seatledger.testing.TestPostgres;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The examples of the user guide's "File formats" section, imported through the command line into an empty database
 * in the order a new user builds an inventory (people, licenses, seats, telemetry, usage): each import succeeds with
 * the rows its example holds and refuses nothing; the licenses, people and seats exported again, and the devices'
 * applications as stored, carry every value of the CSV examples' columns, so a documented header the importers stop
 * recognising fails here. The guide's command examples are parsed by the command line as it stands.
 */
class UserGuideExamplesTest {
    private static final Path GUIDE = Path.of("docs/user-guide.md");
    private static final List<String> ORDER = List.of("people", "licenses", "seats", "telemetry", "usage");

    private final TestDatabase db = TestDatabase.create();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    @TempDir Path dir;

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void everyFileFormatExampleImportsWhole() throws Exception {
        List<GuideExamples.Example> examples = GuideExamples.read(GUIDE, "File formats");
        assertThat(examples).extracting(GuideExamples.Example::kind).as("every example names its import")
            .allMatch(ORDER::contains);
        assertThat(new LinkedHashSet<>(examples.stream().map(GuideExamples.Example::kind).toList()))
            .as("an example of each import").containsExactlyInAnyOrderElementsOf(ORDER);
        if (!TestPostgres.enabled()) {
            db.database().close(); // the command line opens the H2 file itself
        }
        int n = 0;
        for (String kind : ORDER) {
            for (GuideExamples.Example e : examples.stream().filter(x -> x.kind().equals(kind)).toList()) {
                Path file = dir.resolve(kind + "-" + ++n + "." + e.language());
                Files.writeString(file, e.text(), StandardCharsets.UTF_8);
                importExample(e, file);
            }
        }
        exportedAgain(examples, "people", "people", "email");
        exportedAgain(examples, "licenses", "licenses", "Product");
        exportedAgain(examples, "seats", "assignments", "Product", "Email");
        installedAsReported(examples);
    }

    private void importExample(GuideExamples.Example e, Path file) throws IOException {
        String f = file.toString();
        int rows = e.rows();
        switch (e.kind()) {
            case "people" -> {
                run("import", "people", f, "--format", "csv");
                assertThat(out.toString()).contains(rows + " rows: " + rows + " valid, 0 problems")
                    .contains("Imported people: " + rows + " new");
            }
            case "licenses" -> {
                run("import", "licenses", f);
                assertThat(out.toString()).contains(rows + " rows: " + rows + " licenses, 0 checkouts, 0 duplicates skipped, "
                    + "0 problems").contains("Imported " + rows + " licenses");
            }
            case "seats" -> {
                run("import", "assignments", f);
                assertThat(out.toString()).contains(rows + " rows: " + rows + " seats assigned, 0 problems");
            }
            case "telemetry" -> {
                run("import", "telemetry", f);
                assertThat(out.toString()).contains(e.telemetryRecords() + " records, 0 problems").contains("Imported:");
            }
            case "usage" -> {
                run("import", "usage", f);
                assertThat(out.toString()).as("every person known, every application a product")
                    .contains("People: " + e.distinct(0) + " matched, 0 unknown")
                    .doesNotContain("Applications no catalog product matches")
                    .contains("Evidence: " + rows + " uses of catalog products by known people; " + rows + " new");
            }
            default -> throw new AssertionError(e.kind());
        }
    }

    private void run(String... command) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        int code = SeatLedgerCli.run(db.cliArgs(command), new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).as(String.join(" ", command) + "\n" + out + err).isZero();
        assertThat(err.toString()).as("nothing refused by " + command[1]).isBlank();
    }

    /** Every cell of the kind's examples is in the export of what was imported, in the row with the same keys. */
    private void exportedAgain(List<GuideExamples.Example> examples, String kind, String export, String... keys)
            throws IOException {
        run("export", export);
        GuideExamples.Table exported = GuideExamples.Table.parse(out.toString());
        for (GuideExamples.Example e : examples.stream().filter(x -> x.kind().equals(kind)).toList()) {
            GuideExamples.Table example = GuideExamples.Table.parse(e.text());
            for (String header : example.headers()) {
                assertThat(exported.column(header)).as("export " + export + " has the column " + header).isNotNegative();
            }
            for (List<String> row : example.rows()) {
                List<String> match = exported.find(example, row, keys);
                assertThat(match).as(kind + " row " + row + " exported again").isNotNull();
                for (int i = 0; i < row.size(); i++) {
                    String header = example.headers().get(i);
                    assertThat(GuideExamples.sameValue(row.get(i), match.get(exported.column(header))))
                        .as(kind + " " + header + ": " + row.get(i) + " became " + match.get(exported.column(header)))
                        .isTrue();
                }
            }
        }
    }

    /**
     * Every cell of the telemetry CSV examples is on the device's application as stored: the device, its user, the
     * application, bundle id, version, installed and last used.
     */
    private void installedAsReported(List<GuideExamples.Example> examples) throws IOException {
        List<Map<String, String>> stored;
        try (TestDatabase reopened = TestPostgres.enabled() ? null : db.openAgain()) {
            TestDatabase on = reopened == null ? db : reopened;
            stored = on.services().tx().read(session -> session.doReturningWork(c -> {
                List<Map<String, String>> rows = new ArrayList<>();
                try (var rs = c.createStatement().executeQuery("select d.hostname, p.email, a.display_name, a.app_key,"
                        + " i.version, i.installed, i.last_used from device_app i join reported_app a on a.id = i.app_id"
                        + " join device d on d.id = i.device_id left join person p on p.id = d.primary_person_id")) {
                    while (rs.next()) {
                        Map<String, String> row = new HashMap<>();
                        List<String> names = List.of("device", "user_email", "application", "bundle_id", "version",
                            "installed", "last_used");
                        for (int i = 0; i < names.size(); i++) {
                            // a boolean reads as "t" from PostgreSQL as text
                            row.put(names.get(i), names.get(i).equals("installed") ? String.valueOf(rs.getBoolean(i + 1))
                                : rs.getString(i + 1));
                        }
                        rows.add(row);
                    }
                }
                return rows;
            }));
        }
        for (GuideExamples.Example e : examples.stream().filter(x -> x.kind().equals("telemetry")
                && x.language().equals("csv")).toList()) {
            GuideExamples.Table example = GuideExamples.Table.parse(e.text());
            for (List<String> row : example.rows()) {
                Map<String, String> match = stored.stream().filter(r ->
                    r.get("device").equalsIgnoreCase(row.get(example.column("device")))
                        && r.get("bundle_id").equalsIgnoreCase(row.get(example.column("bundle_id"))))
                    .findFirst().orElse(null);
                assertThat(match).as("telemetry row " + row + " stored among " + stored).isNotNull();
                for (int i = 0; i < row.size(); i++) {
                    String header = example.headers().get(i);
                    assertThat(match).as("a column the check knows").containsKey(header);
                    assertThat(GuideExamples.sameValue(row.get(i), match.get(header)))
                        .as("telemetry " + header + ": " + row.get(i) + " became " + match.get(header)).isTrue();
                }
            }
        }
    }

    @Test
    void theCommandExamplesAreCommandsOfTheCommandLine() throws IOException {
        List<String> commands = GuideExamples.commands(GUIDE);
        assertThat(commands).hasSizeGreaterThan(10);
        List<String> refused = new ArrayList<>();
        for (String line : commands) {
            String[] args = line.substring("seatledger ".length()).strip().split("\\s+");
            try {
                new CommandLine(new SeatLedgerCli()).parseArgs(args);
            } catch (CommandLine.ParameterException e) {
                refused.add(line + ": " + e.getMessage());
            }
        }
        assertThat(refused).isEmpty();
    }
}
