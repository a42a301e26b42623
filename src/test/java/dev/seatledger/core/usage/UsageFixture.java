package dev.seatledger.core.usage;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.assignment.AssignmentDraft;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.common.Progress;
import dev.seatledger.core.license.BillingCycle;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.license.SeatType;
import dev.seatledger.core.people.PersonDraft;
import dev.seatledger.core.telemetry.JsonTelemetry;
import dev.seatledger.core.usage.files.UsageFiles;
import dev.seatledger.core.utilization.DormancyFilter;
import dev.seatledger.core.utilization.DormantSeat;
import dev.seatledger.testing.TestDatabase;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A database with Slack and Figma licenses (20 seats, 10 a month each), people who hold seats assigned long ago, and
 * usage files written as the consoles write them and imported through the readers and the importer.
 */
final class UsageFixture implements AutoCloseable {
    final TestDatabase db = TestDatabase.create();
    final AppServices s = db.services();
    final LocalDate today = db.clock().today();
    final Path folder;
    final long slack;
    final long figma;
    final long slackLicense;
    final long figmaLicense;
    private int files;

    UsageFixture() {
        try {
            folder = Files.createTempDirectory("usage-files");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        slack = s.products().create(ProductDraft.of("Slack", "Slack Technologies", null));
        figma = s.products().create(ProductDraft.of("Figma", "Figma", "Design"));
        slackLicense = license(slack);
        figmaLicense = license(figma);
    }

    private long license(long product) {
        return s.licenses().create(LicenseDraft.defaults(product).withSeats(20, SeatType.USER)
            .withCost(new BigDecimal("10"), null).withCycle(BillingCycle.MONTHLY)).id();
    }

    /** A person (e-mail from the name) holding a seat of the license assigned 200 days ago; signed in when given. */
    long holder(String name, long license, LocalDate signIn) {
        long p = s.people().create(PersonDraft.of(name, email(name), "Sales").withLastSignIn(signIn));
        long a = s.assignments().assign(license, p, AssignmentDraft.EMPTY);
        s.tx().run(session -> session.createNativeMutationQuery("update assignment set assigned_at = :at where id = :id")
            .setParameter("at", java.sql.Timestamp.from(db.clock().instant().minus(Duration.ofDays(200))))
            .setParameter("id", a).executeUpdate());
        return p;
    }

    static String email(String name) {
        return name.toLowerCase().replace(' ', '.') + "@example.com";
    }

    /** The endpoint agent reports the application on the person's laptop, used on that day (never when null). */
    void agent(String name, String app, LocalDate used) {
        String lastOpened = used == null ? "-1" : String.valueOf(used.atTime(12, 0).toEpochSecond(ZoneOffset.UTC));
        String line = "{\"name\":\"apps\",\"hostIdentifier\":\"host-" + email(name) + "\",\"unixTime\":1773478800,"
            + "\"decorations\":{\"user_email\":\"" + email(name) + "\"},\"action\":\"snapshot\",\"snapshot\":"
            + "[{\"name\":\"" + app + "\",\"bundle_identifier\":\"\",\"last_opened_time\":\"" + lastOpened + "\"}]}";
        try {
            s.telemetryImporter().importParsed(JsonTelemetry.parse(new StringReader(line), null, null,
                db.clock().instant()), Progress.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An Entra sign-in log (the download's columns that matter, in its order) of successful sign-ins. */
    static String entra(String... userAppDay) {
        StringBuilder sb = new StringBuilder("\uFEFFDate (UTC),Request ID,User agent,Username,User type,Application,"
            + "Location,Status,Sign-in error code,Failure reason\r\n");
        for (int i = 0; i < userAppDay.length; i += 3) {
            sb.append(userAppDay[i + 2]).append("T09:30:00Z,req-").append(i).append(",\"Mozilla/5.0 (X11, Linux)\",")
                .append(email(userAppDay[i])).append(",Member,").append(userAppDay[i + 1])
                .append(",\"Berlin, Berlin, DE\",Success,0,Other.\r\n");
        }
        return sb.toString();
    }

    /** A plain usage CSV of vendor activity: name, application, last active (blank: never). */
    static String vendor(String... userAppDay) {
        StringBuilder sb = new StringBuilder("Email,Application,Last active\n");
        for (int i = 0; i < userAppDay.length; i += 3) {
            sb.append(email(userAppDay[i])).append(',').append(userAppDay[i + 1]).append(',')
                .append(userAppDay[i + 2] == null ? "" : userAppDay[i + 2]).append('\n');
        }
        return sb.toString();
    }

    /** Writes the text to a file and imports it; returns the plan it wrote. */
    UsagePlan importText(String text) {
        UsagePlan plan = plan(text);
        new UsageImporter(s.tx(), s.clock(), s.recognition()).apply(plan, false, Progress.NONE);
        return plan;
    }

    /** Writes the text to a file and plans its import (nothing written). */
    UsagePlan plan(String text) {
        try {
            Path file = folder.resolve("usage-" + files++ + ".csv");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            UsageFiles.Detected d = UsageFiles.detect(file, UsageFiles.Options.RECOGNISE);
            if (d.format() == null) {
                throw new IllegalStateException(d.problem());
            }
            UsageRollup r = new UsageRollup(d.format());
            UsageFiles.read(file, d.format(), UsageFiles.Options.RECOGNISE, r);
            return new UsageImporter(s.tx(), s.clock(), s.recognition()).plan(r, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The dormant seats by holder. */
    Map<String, DormantSeat> dormant() {
        return s.utilization().report(DormancyFilter.all()).dormant().stream()
            .collect(Collectors.toMap(DormantSeat::holder, Function.identity()));
    }

    /** Every seat's evidence columns and derived last use, for before/after comparisons. */
    List<String> seatFacts() {
        return s.tx().read(session -> session.createNativeQuery("select id || ' ' || coalesce(cast(evidence_at as varchar(20)),"
            + " '-') || ' ' || coalesce(evidence_source, '-') || ' ' || coalesce(evidence_format, '-') || ' '"
            + " || coalesce(cast(used_at as varchar(20)), '-') || ' ' || coalesce(used_source, '-') from assignment order by id",
            String.class).getResultList());
    }

    /** Every evidence row. */
    List<String> evidenceRows() {
        return s.tx().read(session -> session.createNativeQuery("select person_id || ' ' || product_id || ' ' || source"
            + " || ' ' || coalesce(cast(used_on as varchar(20)), '-') || ' ' || format from usage_evidence"
            + " order by person_id, product_id, source", String.class).getResultList());
    }

    @Override
    public void close() {
        db.close();
        try (var walk = Files.walk(folder)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
