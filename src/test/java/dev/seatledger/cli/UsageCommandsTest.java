package dev.seatledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.seatledger.services.AppServices;
import dev.seatledger.core.assignment.AssignmentDraft;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.license.BillingCycle;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.license.SeatType;
import dev.seatledger.core.people.PersonDraft;
import dev.seatledger.core.people.PersonStatus;
import dev.seatledger.testing.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import usage}, {@code report dormant} and {@code audit compare} on a small inventory, dates relative to today. */
class UsageCommandsTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(TestDatabase db, String... command) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return SeatLedgerCli.run(db.cliArgs(command), new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private static String day(int daysAgo) {
        return LocalDate.now(ZoneOffset.UTC).minusDays(daysAgo).toString();
    }

    @Test
    void anSsoLogImportedThenEveryDormantSeatAsJson(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            AppServices s = db.services();
            long slack = s.licenses().create(LicenseDraft.defaults(s.products().create(ProductDraft.of("Slack", "Slack",
                null))).withSeats(10, SeatType.USER).withCost(new BigDecimal("10"), null).withCycle(BillingCycle.MONTHLY)).id();
            long figma = s.licenses().create(LicenseDraft.defaults(s.products().create(ProductDraft.of("Figma", "Figma",
                null))).withName("Org").withSeats(10, SeatType.USER).withCost(new BigDecimal("45"), null)
                .withCycle(BillingCycle.MONTHLY)).id();
            List<Long> people = new ArrayList<>();
            for (String n : List.of("Ana", "Ben", "Cleo", "Dan")) {
                people.add(s.people().create(PersonDraft.of(n, n.toLowerCase() + "@example.com", null)));
            }
            s.assignments().assign(slack, people.get(0), AssignmentDraft.EMPTY);
            s.assignments().assign(slack, people.get(1), AssignmentDraft.EMPTY);
            s.assignments().assign(figma, people.get(2), AssignmentDraft.EMPTY);
            s.assignments().assign(figma, people.get(3), AssignmentDraft.EMPTY);
            s.people().update(people.get(3), s.people().draftOf(people.get(3)).withStatus(PersonStatus.INACTIVE));
            db.assignSeatsDaysAgo(400);
            if (!dev.seatledger.testing.TestPostgres.enabled()) {
                db.database().close();
            }
            Path log = dir.resolve("InteractiveSignIns_2026.csv");
            Files.writeString(log, "\uFEFFDate (UTC),Request ID,Username,User type,Application,Status,Sign-in error code\r\n"
                + day(3) + "T08:00:00Z,r1,ana@example.com,Member,Slack,Success,0\r\n"
                + day(120) + "T08:00:00Z,r2,ben@example.com,Member,Slack,Success,0\r\n"
                + day(1) + "T08:00:00Z,r3,ben@example.com,Member,Slack,Failure,50126\r\n"
                + day(2) + "T08:00:00Z,r4,kim_partner.com#EXT#@example.onmicrosoft.com,Guest,Slack,Success,0\r\n"
                + day(2) + "T08:00:00Z,r5,stranger@example.com,Member,Slack,Success,0\r\n");

            assertThat(run(db, "import", "usage", log.toString(), "--dry-run")).isZero();
            assertThat(out.toString()).contains("Entra ID sign-in log", "1 failed or interrupted", "2 matched", "1 unknown",
                "1 guests", "stranger@example.com", "2 new");
            assertThat(run(db, "report", "dormant", "--format", "json")).isZero();
            assertThat(new ObjectMapper().readTree(out.toString())).as("a dry run writes nothing").hasSize(4);

            assertThat(run(db, "import", "usage", log.toString())).as(err.toString()).isZero();
            assertThat(run(db, "report", "dormant", "--format", "json")).isZero();
            JsonNode seats = new ObjectMapper().readTree(out.toString());

            assertThat(seats.isArray()).isTrue();
            assertThat(seats).hasSize(3);
            for (JsonNode seat : seats) {
                assertThat(seat.fieldNames()).toIterable().contains("licenseId", "product", "license", "email", "signal",
                    "source", "lastUsed", "yearlyCost", "currency");
            }
            JsonNode ben = find(seats, "ben@example.com");
            assertThat(ben.path("licenseId").asLong()).isEqualTo(slack);
            assertThat(ben.path("product").asText()).isEqualTo("Slack");
            assertThat(ben.path("license").isNull()).isTrue();
            assertThat(ben.path("signal").asText()).isEqualTo("REAL_USAGE");
            assertThat(ben.path("source").asText()).isEqualTo("SSO");
            assertThat(ben.path("lastUsed").asText()).isEqualTo(day(120));
            assertThat(ben.path("yearlyCost").decimalValue()).isEqualByComparingTo("120");
            JsonNode cleo = find(seats, "cleo@example.com");
            assertThat(cleo.path("signal").asText()).isEqualTo("LOGIN_PROXY");
            assertThat(cleo.path("lastUsed").isNull()).isTrue();
            assertThat(cleo.path("license").asText()).isEqualTo("Org");
            assertThat(find(seats, "dan@example.com").path("signal").asText()).isEqualTo("USER_STATUS");

            assertThat(run(db, "report", "dormant")).isZero();
            assertThat(out.toString().lines().findFirst().orElseThrow()).startsWith("License ID,Product,License Name");
            assertThat(out.toString().lines()).hasSize(4);

            Path list = dir.resolve("slack-users.txt");
            Files.writeString(list, "ana@example.com\nnew@example.com\n");
            assertThat(run(db, "audit", "compare", "--license", String.valueOf(slack), list.toString())).isZero();
            assertThat(out.toString()).contains("Holders with an account: 1", "Holders without an account (seats to revoke): 1",
                "ben@example.com", "Accounts without a seat here (unrecorded users): 1", "new@example.com",
                "Proposed seat count (the vendor's billable accounts): 2");
        }
    }

    private static JsonNode find(JsonNode seats, String email) {
        for (JsonNode s : seats) {
            if (email.equals(s.path("email").asText())) {
                return s;
            }
        }
        throw new AssertionError("no dormant seat of " + email);
    }

    @Test
    void aFileItCannotReadIsRefusedInWordsAndNothingChanges(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            if (!dev.seatledger.testing.TestPostgres.enabled()) {
                db.database().close();
            }
            Path odd = dir.resolve("odd.csv");
            Files.writeString(odd, "Colour,Shape\nred,square\n");
            assertThat(run(db, "import", "usage", odd.toString())).isEqualTo(1);
            assertThat(err.toString()).contains("not an export SeatLedger knows").doesNotContain("Exception");
            assertThat(run(db, "import", "usage", odd.toString(), "--format", "nonsense")).isEqualTo(2);
            assertThat(err.toString()).contains("Unknown --format 'nonsense'", "entra, okta");
        }
    }
}
