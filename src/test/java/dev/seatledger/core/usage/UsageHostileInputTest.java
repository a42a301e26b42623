package dev.seatledger.core.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seatledger.core.common.Progress;
import dev.seatledger.core.common.ValidationException;
import dev.seatledger.core.importing.AssignmentImport;
import dev.seatledger.core.importing.CsvTable;
import dev.seatledger.core.usage.files.UsageFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every usage reader, and the assignments import, given what breaks files: JSON cut short or malformed, the wrong
 * columns, dates no console writes, a field too long for any export, binary data. Each is refused with a message in
 * words naming the line, and no table changes.
 */
class UsageHostileInputTest {
    private final UsageFixture f = new UsageFixture();
    private List<String> evidenceBefore;
    private List<String> seatsBefore;

    @AfterEach
    void close() {
        f.close();
    }

    private static String sample(String name) throws IOException {
        try {
            return Files.readString(Path.of(UsageHostileInputTest.class.getResource("/usage/" + name).toURI()),
                StandardCharsets.UTF_8);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The message a file gets, read and planned (and refused) as import usage does it; null when none. */
    private String refusal(String text, dev.seatledger.core.usage.UsageFormat forced) throws IOException {
        return refusal(text.getBytes(StandardCharsets.UTF_8), forced);
    }

    private String refusal(byte[] bytes, dev.seatledger.core.usage.UsageFormat forced) throws IOException {
        Path file = Files.createTempFile(f.folder, "hostile", ".csv");
        Files.write(file, bytes);
        UsageFiles.Options options = new UsageFiles.Options(forced, null, null);
        UsageFiles.Detected d = UsageFiles.detect(file, options);
        if (d.format() == null) {
            return d.problem();
        }
        UsageRollup r = new UsageRollup(d.format());
        UsageFiles.read(file, d.format(), options, r);
        UsagePlan plan = new UsageImporter(f.s.tx(), f.s.clock(), f.s.recognition()).plan(r, null);
        if (plan.valid()) {
            return null;
        }
        assertThatThrownBy(() -> new UsageImporter(f.s.tx(), f.s.clock(), f.s.recognition()).apply(plan, false, Progress.NONE))
            .isInstanceOf(ValidationException.class);
        return plan.problems().get(0).toString();
    }

    private void assertRefusedNamingTheLine(String what, String message, String... words) {
        assertThat(message).as(what).isNotNull().containsPattern("line \\d+").doesNotContain("Exception", "java.", "null")
            .contains(words);
        assertThat(f.evidenceRows()).as(what + ": no evidence written").isEqualTo(evidenceBefore);
        assertThat(f.seatFacts()).as(what + ": no seat changed").isEqualTo(seatsBefore);
    }

    @Test
    void everyReaderRefusesWhatBreaksFiles() throws IOException {
        f.holder("Ana Lima", f.slackLicense, null);
        f.importText(UsageFixture.entra("Ana Lima", "Slack", f.today.minusDays(5).toString()));
        evidenceBefore = f.evidenceRows();
        seatsBefore = f.seatFacts();

        String entraJson = sample("entra-signins.json");
        assertRefusedNamingTheLine("Entra JSON cut short", refusal(entraJson.substring(0, entraJson.length() / 2), null),
            "cut short");
        String oktaJson = sample("okta-system-log.json");
        assertRefusedNamingTheLine("Okta JSON with a broken record", refusal(oktaJson.replaceFirst("\"eventType\"",
            "\"eventType\" \"eventType\""), null), "not valid JSON");
        String google = sample("google-reports-activities.json");
        assertRefusedNamingTheLine("Google JSON cut short", refusal(google.substring(0, google.length() - 40), null),
            "cut short");
        assertRefusedNamingTheLine("a JSON string too long", refusal("[{\"eventType\":\"user.authentication.sso\","
            + "\"actor\":{\"alternateId\":\"" + "x".repeat(1_100_000) + "\"}}]", null), "not valid JSON");

        String[][] badDates = {
            {"entra-signins.csv", "2026-03-12T17:44:03Z", "2026-13-45T17:44:03Z"},
            {"okta-system-log.csv", "2026-03-10T08:15:22.777Z", "yesterday at noon"},
            {"google-login-audit.csv", "2026-03-10T09:15:22+01:00", "2026-03-10T09:15:22+25:00"},
            {"google-oauth-audit.csv", "\"Mar 11, 2026, 2:22:41 PM\"", "\"Smarch 11, 2026\""},
            {"m365-active-users.csv", "2026-03-13", "13/03/2026"},
            {"slack-member-analytics.csv", "\"Mar 13, 2026\",\"Mar 13, 2026\"", "\"Mar 32, 2026\",\"Mar 13, 2026\""},
            {"zoom-users.csv", "03/12/2026 09:41:07 AM", "03/12/2026 29:41:07 XM"},
            {"atlassian-users.csv", "13 Mar 2026", "13 Mrz 2026"},
            {"google-users.csv", "2026/03/14 08:01:12", "2026/02/30 08:01:12"},
            {"usage.csv", "2026-03-01", "2026-03-01T99"}};
        for (String[] b : badDates) {
            String text = sample(b[0]);
            assertThat(text).as(b[0]).contains(b[1]);
            assertRefusedNamingTheLine(b[0] + " with a bad date", refusal(text.replaceFirst(
                java.util.regex.Pattern.quote(b[1]), java.util.regex.Matcher.quoteReplacement(b[2])), null), "not a date");
        }
        assertRefusedNamingTheLine("a list with something else than an address",
            refusal("ana@example.com\nnot an address\n", null), "not an e-mail address");

        for (dev.seatledger.core.usage.UsageFormat forced : dev.seatledger.core.usage.UsageFormat.values()) {
            if (forced != dev.seatledger.core.usage.UsageFormat.EMAIL_LIST) {
                assertRefusedNamingTheLine("the wrong columns for " + forced, refusal("Colour,Shape\nred,square\n", forced),
                    "line 1");
            }
        }
        assertRefusedNamingTheLine("columns of no export", refusal("Colour,Shape\nred,square\n", null), "line 1");

        assertRefusedNamingTheLine("a field longer than any console writes", refusal("Email,Application,Last active\n"
            + "ana.lima@example.com,Slack,2026-03-01\n" + "y".repeat(1_200_000) + ",Slack,2026-03-01\n", null),
            "line 3", "longer than");
        assertRefusedNamingTheLine("a quote never closed", refusal("Email,Application,Last active\n"
            + "ana.lima@example.com,\"Slack,2026-03-01\n", null), "not valid CSV");

        byte[] binary = new byte[4096];
        new Random(27).nextBytes(binary);
        binary[100] = 0;
        assertRefusedNamingTheLine("binary data", refusal(binary, null), "not text");
        byte[] zip = sample("entra-signins.csv").getBytes(StandardCharsets.UTF_8);
        zip[2000] = 0;
        assertRefusedNamingTheLine("a NUL inside a sign-in log", refusal(zip, null), "not text");
    }

    @Test
    void theAssignmentsImportRefusesBadRowsByRowAndWritesNothing() throws IOException {
        f.holder("Ana Lima", f.slackLicense, null);
        seatsBefore = f.seatFacts();
        AssignmentImport importer = new AssignmentImport(f.s.tx(), f.s.clock(), f.s.assignments());
        List<String> messages = new ArrayList<>();
        for (String file : List.of("Colour,Shape\nred,square\n",
            "License ID,Product,License Name,Email,Assigned At\n" + f.figmaLicense + ",Figma,,ana.lima@example.com,31/31/2025\n",
            "License ID,Product,License Name,Email,Assigned At\nabc,,,ana.lima@example.com,2026-01-01\n",
            "License ID,Product,License Name,Email,Assigned At\n" + f.figmaLicense + ",Figma,," + "z".repeat(300_000) + ",\n")) {
            AssignmentImport.Plan plan = importer.plan(CsvTable.parse(file));
            assertThat(plan.valid()).as(file.substring(0, 20)).isFalse();
            importer.apply(plan, false, false);
            messages.add(plan.issues().get(0).toString());
        }
        assertThat(messages).allSatisfy(m -> assertThat(m).containsPattern("row \\d+").doesNotContain("Exception"));
        assertThat(f.seatFacts()).isEqualTo(seatsBefore);
        assertThat(messages.stream().map(m -> m.split(":")[0])).containsExactly("row 1, License ID", "row 2, Assigned At",
            "row 2, License ID", "row 2, Email");
    }
}
