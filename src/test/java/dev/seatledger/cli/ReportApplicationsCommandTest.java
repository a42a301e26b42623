package dev.seatledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.seatledger.services.AppServices;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.common.Progress;
import dev.seatledger.core.telemetry.JsonTelemetry;
import dev.seatledger.testing.TestDatabase;
import dev.seatledger.testing.TestPostgres;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report applications}: every reported application from osquery's apps, programs and deb_packages tables, as
 * a JSON array of objects (name, bundleId or package, devices, product, match, suggestion) or as CSV.
 */
class ReportApplicationsCommandTest {
    private static final String MAC = """
        [{"name":"IntelliJ IDEA.app","bundle_identifier":"com.jetbrains.intellij","bundle_short_version":"2025.2",
          "last_opened_time":"1773392400"},
         {"name":"Notes.app","bundle_identifier":"com.apple.Notes","bundle_short_version":"4.11","last_opened_time":"-1"}]""";
    private static final String WINDOWS = """
        [{"name":"Orbit CRM Desktop 2.1","version":"2.1.0","publisher":"Orbit Software","install_location":"C:\\\\Orbit",
          "identifying_number":"{8E2C1A52-0D5C-4C1B-9F0E-2B1F2A6A9E11}","uninstall_string":"MsiExec.exe /X{8E2C}"},
         {"name":"Tally Ledger 3.1 (x64)","version":"3.1","publisher":"Tally Inc.","install_location":"",
          "identifying_number":"","uninstall_string":"C:\\\\Tally\\\\uninstall.exe"}]""";
    private static final String DEBIAN = """
        [{"name":"libc6","version":"2.39-0ubuntu8.3","source":"glibc","size":"13246","arch":"amd64","revision":"0ubuntu8.3",
          "status":"install ok installed","maintainer":"Ubuntu Developers","section":"libs","priority":"optional"},
         {"name":"slack-desktop","version":"4.41.105","source":"","size":"250000","arch":"amd64","revision":"",
          "status":"install ok installed","maintainer":"Slack Technologies","section":"net","priority":"optional"}]""";

    private static TestDatabase db;

    @BeforeAll
    static void seed() throws Exception {
        db = TestDatabase.create();
        AppServices s = db.services();
        s.products().create(ProductDraft.of("JetBrains IntelliJ IDEA Ultimate", "JetBrains", "Development"));
        s.products().create(ProductDraft.of("Orbit CRM", "Orbit Software", "CRM"));
        s.products().create(ProductDraft.of("Slack Business+", "Slack Technologies", "Communication"));
        for (String[] device : List.of(new String[] {MAC, "mbp-ana"}, new String[] {WINDOWS, "pc-ben"},
                new String[] {DEBIAN, "lt-chloe"}, new String[] {MAC, "mbp-dan"})) {
            s.telemetryImporter().importParsed(JsonTelemetry.parse(new StringReader(device[0]), device[1], null,
                db.clock().instant()), Progress.NONE);
        }
        if (!TestPostgres.enabled()) {
            db.database().close();
        }
    }

    @AfterAll
    static void close() {
        if (db != null) {
            db.close();
        }
    }

    private static String run(String... command) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SeatLedgerCli.run(db.cliArgs(command), new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).as(err.toString()).isZero();
        return out.toString();
    }

    private static Map<String, JsonNode> byName(JsonNode array) {
        Map<String, JsonNode> m = new HashMap<>();
        array.forEach(o -> m.put(o.get("name").asText(), o));
        return m;
    }

    @Test
    void jsonIsAnArrayOfObjectsWithTheMatchOfEveryApplication() throws Exception {
        JsonNode array = new ObjectMapper().readTree(run("report", "applications", "--format", "json"));
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(6);
        Map<String, JsonNode> apps = byName(array);

        JsonNode idea = apps.get("IntelliJ IDEA.app");
        assertThat(idea.get("bundleId").asText()).isEqualTo("com.jetbrains.intellij");
        assertThat(idea.get("devices").asInt()).isEqualTo(2);
        assertThat(idea.get("product").asText()).isEqualTo("JetBrains IntelliJ IDEA Ultimate");
        assertThat(idea.get("match").asText()).isEqualTo("knowledge");
        assertThat(idea.get("suggestion").isNull()).isTrue();
        assertThat(array.get(0).get("name").asText()).as("most devices first").isIn("IntelliJ IDEA.app", "Notes.app");

        JsonNode slack = apps.get("slack-desktop");
        assertThat(slack.get("package").asText()).isEqualTo("slack-desktop");
        assertThat(slack.has("bundleId")).isFalse();
        assertThat(slack.get("product").asText()).isEqualTo("Slack Business+");

        JsonNode orbit = apps.get("Orbit CRM Desktop 2.1");
        assertThat(orbit.get("product").isNull()).isTrue();
        assertThat(orbit.get("match").asText()).isEqualTo("unknown");
        assertThat(orbit.get("suggestion").get("product").asText()).isEqualTo("Orbit CRM");
        assertThat(orbit.get("suggestion").get("confidence").asDouble()).isBetween(0.0, 1.0);

        assertThat(apps.get("Tally Ledger 3.1 (x64)").get("suggestion").isNull()).isTrue();
        assertThat(apps.get("Notes.app").get("match").asText()).isEqualTo("ignored");
        assertThat(apps.get("libc6").get("match").asText()).isEqualTo("ignored");
        assertThat(apps.get("libc6").get("package").asText()).isEqualTo("libc6");
        for (JsonNode o : array) {
            Iterator<String> keys = o.fieldNames();
            assertThat(keys).toIterable().contains("name", "devices", "product", "match", "suggestion");
        }
    }

    @Test
    void csvHasAHeaderAndOneLinePerApplicationAndOutWritesAFile(@TempDir Path dir) throws Exception {
        String csv = run("report", "applications");
        assertThat(csv.lines().findFirst().orElseThrow())
            .isEqualTo("Name,Bundle id,Package,Devices,Product,Match,Suggestion,Confidence,Known as,Reason");
        assertThat(csv.lines().count()).isEqualTo(7);

        Path file = dir.resolve("apps.json");
        assertThat(run("report", "applications", "--format", "json", "--out", file.toString()))
            .contains("Report written to");
        assertThat(new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8))).hasSize(6);
    }

    @Test
    void aKnowledgeFileWrittenSinceTheImportCountsInTheReport() throws Exception {
        Files.writeString(db.folder().resolve("software.json"), """
            {"software": [{"name": "Orbit CRM", "publisher": "Orbit Software", "category": "CRM", "paid": true,
              "names": ["Orbit CRM Desktop"]}]}""", StandardCharsets.UTF_8);
        try {
            JsonNode orbit = byName(new ObjectMapper().readTree(run("report", "applications", "--format", "json")))
                .get("Orbit CRM Desktop 2.1");
            assertThat(orbit.get("product").asText()).isEqualTo("Orbit CRM");
            assertThat(orbit.get("match").asText()).isEqualTo("knowledge");
        } finally {
            Files.delete(db.folder().resolve("software.json"));
            run("report", "applications");
        }
    }
}
