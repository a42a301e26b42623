package dev.seatledger.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import dev.seatledger.services.AppServices;
import dev.seatledger.cli.SeatLedgerCli;
import dev.seatledger.core.assignment.AssignmentDraft;
import dev.seatledger.core.assignment.HolderFilter;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.common.Progress;
import dev.seatledger.core.license.BillingCycle;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.license.SeatType;
import dev.seatledger.core.people.PersonDraft;
import dev.seatledger.testing.AboutH2;
import dev.seatledger.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Secrets at rest and on the way out: a license key typed in the app, keys arriving by import, the sample keys
 * an SMTP password and the AI endpoint's key go through every export SeatLedger writes (holders CSV, agenda CSV/PDF, renewals .ics,
 * outbox .eml, catalog CSV, backups), every CLI message and every log line at DEBUG (SQL parameters at TRACE);
 * none of them may contain a secret's text. The database file, the settings and the backups hold them encrypted.
 */
@AboutH2
class SecretsNeverLeakTest {
    private static final String LICENSE_KEY = "QX7-LEAKCHECK-PLUTONIUM-5521";
    private static final String IMPORTED_KEY = "SNIPE-LEAKCHECK-OSMIUM-8814";
    private static final String REJECTED_ROW_KEY = "SNIPE-LEAKCHECK-IRIDIUM-4409";
    private static final String SMTP_PASSWORD = "smtp-Leakcheck-Tungsten-63";
    private static final String AI_KEY = "sk-Leakcheck-Rhenium-7730";

    private static final List<String> VERBOSE_LOGGERS = List.of(org.slf4j.Logger.ROOT_LOGGER_NAME, "org.hibernate",
        "org.hibernate.SQL", "org.hibernate.orm.jdbc.bind", "org.flywaydb", "com.zaxxer.hikari", "dev.seatledger");

    private final Map<String, Level> savedLevels = new LinkedHashMap<>();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private ch.qos.logback.core.Appender<ILoggingEvent> console;
    private final StringWriter cliOut = new StringWriter();
    private final StringWriter cliErr = new StringWriter();
    /** Every text that left the app during the test, by where it went. */
    private final Map<String, String> written = new LinkedHashMap<>();

    @BeforeEach
    void captureEveryLogLine() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        console = root.getAppender("CONSOLE");
        if (console != null) {
            root.detachAppender(console);
        }
        logs.start();
        root.addAppender(logs);
        for (String name : VERBOSE_LOGGERS) {
            Logger l = (Logger) LoggerFactory.getLogger(name);
            savedLevels.put(name, l.getLevel());
            l.setLevel(name.endsWith(".bind") ? Level.TRACE : Level.DEBUG);
        }
    }

    @AfterEach
    void restoreLogging() {
        savedLevels.forEach((name, level) -> ((Logger) LoggerFactory.getLogger(name)).setLevel(level));
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.detachAppender(logs);
        if (console != null) {
            root.addAppender(console);
        }
    }

    @Test
    void noExportMessageOrLogLineHoldsAKeyOrPassword(@TempDir Path folder) throws Exception {
        List<String> secrets = new ArrayList<>(List.of(LICENSE_KEY, IMPORTED_KEY, REJECTED_ROW_KEY, SMTP_PASSWORD, AI_KEY));
        try (TestDatabase db = TestDatabase.h2In(folder)) {
            AppServices s = db.services();
            s.sampleData().load();
            new dev.seatledger.core.ai.AiSettings("http://127.0.0.1:1/v1", "leakcheck-model", AI_KEY)
                .write(db.preferences(), dev.seatledger.infra.crypto.AesGcmCipher.forDataFolder(folder));
            assertThat(s.ai().configured()).as("the AI endpoint reads the saved settings").isTrue();
            long license = licenseWithKeyRenewingSoon(s, db.clock().today());
            long ana = s.people().create(PersonDraft.of("Ana Lima", "ana@example.com", null));
            long seat = s.assignments().assign(license, ana, AssignmentDraft.EMPTY);
            s.reclaim().reclaim(List.of(seat), Progress.NONE);
            s.assignments().assign(license, ana, AssignmentDraft.EMPTY);

            List<Long> withKeys = licensesWithKeys(db);
            for (long id : withKeys) {
                secrets.add(s.licenses().revealKey(id));
            }
            assertThat(withKeys).as("sample licenses with keys plus the one made here").hasSizeGreaterThan(3);
            assertThat(secrets).contains(LICENSE_KEY);

            for (long id : withKeys) {
                StringWriter csv = new StringWriter();
                s.holders().exportCsv(id, HolderFilter.all(), csv, Progress.NONE);
                written.merge("holders CSV", csv.toString(), String::concat);
                written.merge("license detail", s.licenses().detail(id).toString(), String::concat);
            }
            exportFinance(s, db.clock().today());
        }

        Path importFile = Files.createTempFile("leakcheck-import", ".csv");
        writeSnipeItFile(importFile);
        assertThat(cli(folder, "import", "licenses", importFile.toString(), "--skip-invalid"))
            .as(cliErr.toString()).isZero();
        assertThat(cli(folder, "outbox", "configure", "--host", "127.0.0.1", "--port", "1", "--no-starttls",
            "--user", "it-mailer", "--password", SMTP_PASSWORD, "--from", "it@example.com")).isZero();
        assertThat(cli(folder, "outbox", "send")).as("nothing listens on port 1").isEqualTo(1);
        assertThat(cli(folder, "outbox", "export", "--out", folder.resolve("outbox").toString())).isZero();
        assertThat(cli(folder, "catalog")).isZero();
        assertThat(cli(folder, "backup", "--out", folder.resolve("backups/manual.zip").toString())).isZero();
        assertThat(cliOut.toString()).contains("Imported 1 licenses").contains("Wrote 1 .eml files");

        written.put("CLI output", cliOut.toString());
        written.put("CLI errors", cliErr.toString());
        written.put("log lines", logText());
        Map<String, String> files = filesUnder(folder);
        assertThat(files.keySet()).anyMatch(n -> n.endsWith(".eml")).anyMatch(n -> n.contains("manual.zip!"))
            .anyMatch(n -> n.endsWith("seatledger.mv.db")).anyMatch(n -> n.endsWith("settings.properties"));
        written.putAll(files);

        assertThat(written.get("log lines")).as("SQL and its parameters were logged")
            .contains("insert into license").containsIgnoringCase("binding parameter");
        assertThat(written.get("settings.properties")).contains("smtp.password=");
        List<String> distinct = secrets.stream().distinct().toList();
        for (String secret : distinct) {
            written.forEach((where, text) -> assertThat(text).as("%s must not contain a secret", where)
                .doesNotContain(secret));
        }
        System.out.printf("SecretsNeverLeakTest: %d secrets searched in %d texts (%d files, %d log events, %d MB)"
            + " and found in none%n", distinct.size(), written.size(), files.size(), logs.list.size(),
            written.values().stream().mapToLong(String::length).sum() / 1_000_000);
    }

    private static long licenseWithKeyRenewingSoon(AppServices s, java.time.LocalDate today) {
        long product = s.products().create(ProductDraft.of("Leakcheck Studio", "Leakcheck", "Design"));
        return s.licenses().create(LicenseDraft.defaults(product).withName("Team").withSeats(5, SeatType.USER)
            .withCost(null, new BigDecimal("900.00")).withCurrency("EUR").withCycle(BillingCycle.ANNUAL)
            .withDates(null, today.minusMonths(11), today.plusDays(30), today.plusDays(30)).withNoticeDays(20)
            .withKey(LICENSE_KEY)).id();
    }

    private void exportFinance(AppServices s, java.time.LocalDate today) throws IOException {
        var agenda = s.finance().agenda("EUR", null);
        assertThat(agenda.rows()).anyMatch(r -> r.toString().contains("Leakcheck Studio"));
        StringWriter csv = new StringWriter();
        s.financeExports().csv(agenda, csv);
        written.put("agenda CSV", csv.toString());
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        s.financeExports().pdf(agenda, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
            written.put("agenda PDF text", new PDFTextStripper().getText(doc));
        }
        written.put("agenda PDF bytes", pdf.toString(StandardCharsets.ISO_8859_1));
        ByteArrayOutputStream ics = new ByteArrayOutputStream();
        s.financeExports().calendar(s.finance().dates("EUR", today.minusYears(1), today.plusYears(2)), ics);
        written.put("renewals .ics", ics.toString(StandardCharsets.UTF_8));
        written.put("dashboard", s.finance().dashboard("EUR").toString());
    }

    private static List<Long> licensesWithKeys(TestDatabase db) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Connection c = db.database().dataSource().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select id from license where license_key_enc is not null order by id")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private static void writeSnipeItFile(Path file) throws IOException {
        String header = "ID,Item Name,Category,Seats,Serial Number,Manufacturer,Supplier,Company,Purchase Date,"
            + "Purchase Cost,Expiration Date,Termination Date,Maintained,Reassignable,Order Number,Purchase Order,Notes,"
            + "Licensed to Name,Licensed to Email,Full Name,Username,Email";
        Files.writeString(file, header + "\n"
            + "1,Leakcheck CAD,Design,4," + IMPORTED_KEY + ",Leakcheck,,,01/15/2026,\"$400.00\",01/14/2027,,yes,NO,,,,,,,,\n"
            + "2,Leakcheck Render,Design,lots," + REJECTED_ROW_KEY + ",Leakcheck,,,01/15/2026,\"$400.00\",01/14/2027,,yes,NO,,,,,,,,\n");
    }

    private int cli(Path folder, String... args) {
        String[] all = Stream.concat(Stream.of("--data-dir", folder.toString()), Stream.of(args)).toArray(String[]::new);
        return SeatLedgerCli.run(all, new PrintWriter(cliOut, true), new PrintWriter(cliErr, true));
    }

    private String logText() {
        StringBuilder b = new StringBuilder();
        for (ILoggingEvent e : logs.list) {
            b.append(e.getFormattedMessage()).append('\n');
            if (e.getArgumentArray() != null) {
                for (Object a : e.getArgumentArray()) {
                    b.append(a).append('\n');
                }
            }
            if (e.getThrowableProxy() != null) {
                b.append(ThrowableProxyUtil.asString(e.getThrowableProxy())).append('\n');
            }
        }
        return b.toString();
    }

    /** Every file in the folder as text (ISO-8859-1 keeps bytes one to one); zips are read entry by entry. */
    private static Map<String, String> filesUnder(Path folder) throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                String name = folder.relativize(p).toString();
                if (name.endsWith(".zip")) {
                    try (InputStream in = Files.newInputStream(p); ZipInputStream z = new ZipInputStream(in)) {
                        for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                            texts.put(name + "!" + e.getName(), new String(z.readAllBytes(), StandardCharsets.ISO_8859_1));
                        }
                    }
                } else {
                    texts.put(name, Files.readString(p, StandardCharsets.ISO_8859_1));
                }
            }
        }
        return texts;
    }
}
