package dev.seatledger.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.catalog.CatalogFilter;
import dev.seatledger.core.common.Progress;
import dev.seatledger.core.common.ValidationException;
import dev.seatledger.core.importing.CsvTable;
import dev.seatledger.core.importing.DirectoryPreset;
import dev.seatledger.core.importing.LicenseColumns;
import dev.seatledger.core.importing.LicenseImport;
import dev.seatledger.core.importing.PeopleImport;
import dev.seatledger.core.people.PersonFilter;
import dev.seatledger.core.telemetry.JsonTelemetry;
import dev.seatledger.core.telemetry.ParsedTelemetry;
import dev.seatledger.core.telemetry.SeatLedgerCsvTelemetry;
import dev.seatledger.testing.TestDatabase;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seeded hostile inputs for every importer: truncated files, wrong encodings, huge fields, a line with
 * a million columns, NUL bytes, deeply nested JSON, formula payloads. Each must end in a clear error
 * or a valid import — never a crash, a hang, or a partial write.
 */
class HostileInputTest {
    private static final long SEED = 20261127L;
    private static TestDatabase db;
    private static AppServices s;
    private static int cases;

    @BeforeAll
    static void open() {
        db = TestDatabase.create();
        s = db.services();
    }

    @AfterAll
    static void close() {
        System.out.println("HostileInputTest: " + cases + " hostile inputs run");
        db.close();
    }

    static List<String> corpus(String valid) {
        Random rnd = new Random(SEED);
        List<String> out = new ArrayList<>();
        for (int cut = 1; cut < valid.length(); cut += Math.max(1, valid.length() / 25)) {
            out.add(valid.substring(0, cut));
        }
        out.add(valid.replace(',', '\u0000'));
        out.add("\u0000".repeat(1000));
        out.add(valid + "\n" + "x,".repeat(1_000_000));
        out.add(valid.replaceFirst("\n", "\n\"" + "A".repeat(2_000_000) + "\","));
        out.add(valid.replace("a", "=cmd|' /C calc'!A0").replace("e", "@SUM(1+1)"));
        out.add(new String(valid.getBytes(StandardCharsets.UTF_16LE), StandardCharsets.ISO_8859_1));
        out.add("[".repeat(5000) + "]".repeat(5000));
        out.add("{\"a\":".repeat(3000) + "1" + "}".repeat(3000));
        out.add("\"unterminated,quote\n" + valid);
        for (int i = 0; i < 25; i++) {
            char[] chars = valid.toCharArray();
            for (int k = 0; k < 1 + rnd.nextInt(8); k++) {
                chars[rnd.nextInt(chars.length)] = (char) rnd.nextInt(0x2FFF);
            }
            out.add(new String(chars));
        }
        return out;
    }

    private static void hostile(String valid, Function<String, Object> importer) {
        for (String input : corpus(valid)) {
            cases++;
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                try {
                    importer.apply(input);
                } catch (ValidationException | IllegalArgumentException e) {
                    assertThat(e.getMessage()).isNotBlank();
                } catch (java.io.UncheckedIOException e) {
                    assertThat(e.getCause()).isInstanceOf(IOException.class);
                }
            });
        }
    }

    private static CsvTable table(String text) {
        try {
            return CsvTable.parse(text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void snipeItAndGenericLicenseImportsNeverWriteHalfAFile() {
        String valid = "Item Name,Manufacturer,Seats,Purchase Cost,Expiration Date,Email\n"
            + "Slack,Slack,10,$100.00,01/31/2027,ana@example.com\nZoom,Zoom,5,50,2027-01-31,\n";
        LicenseImport importer = s.licenseImport();
        hostile(valid, text -> {
            CsvTable t = table(text);
            for (LicenseColumns cols : List.of(LicenseColumns.snipeIt(), LicenseColumns.guess(t.headers()))) {
                LicenseImport.Plan plan = importer.plan(t, cols, "EUR");
                int before = s.catalog().list(CatalogFilter.all()).size();
                try {
                    importer.apply(plan, false);
                } catch (ValidationException e) {
                    assertThat(s.catalog().list(CatalogFilter.all())).hasSize(before);
                }
            }
            return null;
        });
    }

    @Test
    void directoryImportsSurviveHostileFiles() {
        String valid = "userPrincipalName,displayName,mail,department,accountEnabled\n"
            + "ana@example.com,Ana,ana@example.com,Design,True\nben@example.com,Ben,,Sales,False\n";
        PeopleImport importer = s.peopleImport();
        hostile(valid, text -> {
            for (DirectoryPreset preset : DirectoryPreset.values()) {
                PeopleImport.Plan plan = importer.plan(table(text), preset);
                int before = s.personQuery().list(PersonFilter.all()).size();
                try {
                    importer.apply(plan, false);
                } catch (ValidationException e) {
                    assertThat(s.personQuery().list(PersonFilter.all())).hasSize(before);
                }
            }
            return null;
        });
    }

    @Test
    void telemetryParsersSurviveHostileFiles() {
        String csv = "device,user_email,application,installed,last_used\nh1,ana@example.com,Slack,yes,2026-03-01\n";
        String log = "{\"name\":\"apps\",\"hostIdentifier\":\"h1\",\"unixTime\":1773478800,\"action\":\"snapshot\","
            + "\"snapshot\":[{\"name\":\"Slack.app\",\"bundle_identifier\":\"com.tinyspeck.slackmacgap\",\"last_opened_time\":\"1773392400\"}]}\n";
        Function<ParsedTelemetry, Object> write = parsed -> {
            if (parsed.valid()) {
                s.telemetryImporter().importParsed(parsed, Progress.NONE);
            }
            return null;
        };
        hostile(csv, text -> {
            try {
                return write.apply(SeatLedgerCsvTelemetry.parse(new StringReader(text), db.clock().instant()));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        hostile(log, text -> {
            try {
                return write.apply(JsonTelemetry.parse(new StringReader(text), "host-x", null, db.clock().instant()));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
