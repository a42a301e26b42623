package dev.seatledger.core.utilization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.assignment.Assignment;
import dev.seatledger.core.assignment.AssignmentDraft;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.common.Progress;
import dev.seatledger.core.license.BillingCycle;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.license.SeatType;
import dev.seatledger.core.people.PersonDraft;
import dev.seatledger.core.people.PersonStatus;
import dev.seatledger.core.telemetry.JsonTelemetry;
import dev.seatledger.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each dormancy signal at its boundaries; window 90 days, today 2026-03-15. */
class DormancySignalTest {
    private TestDatabase db;
    private AppServices s;
    private long product;
    private long license;
    private LocalDate today;

    @BeforeEach
    void open() {
        db = TestDatabase.create();
        s = db.services();
        today = db.clock().today();
        product = s.products().create(ProductDraft.of("Slack", "Slack Technologies", null));
        license = s.licenses().create(LicenseDraft.defaults(product).withSeats(20, SeatType.USER)
            .withCost(new BigDecimal("10"), null).withCycle(BillingCycle.MONTHLY)).id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** A holder assigned long ago, with an optional last sign-in and an optional last-used day from telemetry. */
    private long seat(String name, LocalDate signIn, LocalDate used, boolean telemetry, PersonStatus status, int assignedDaysAgo) {
        String email = name.toLowerCase().replace(' ', '.') + "@example.com";
        long p = s.people().create(PersonDraft.of(name, email, "Sales").withLastSignIn(signIn));
        long a = s.assignments().assign(license, p, AssignmentDraft.EMPTY);
        s.tx().run(session -> session.createNativeMutationQuery("update assignment set assigned_at = :at where id = :id")
            .setParameter("at", java.sql.Timestamp.from(db.clock().instant().minus(Duration.ofDays(assignedDaysAgo))))
            .setParameter("id", a).executeUpdate());
        if (telemetry) {
            String lastOpened = used == null ? "-1" : String.valueOf(used.atTime(12, 0).toEpochSecond(ZoneOffset.UTC));
            String line = "{\"name\":\"apps\",\"hostIdentifier\":\"host-" + p + "\",\"unixTime\":1773478800,"
                + "\"decorations\":{\"user_email\":\"" + email + "\"},\"action\":\"snapshot\",\"snapshot\":"
                + "[{\"name\":\"Slack\",\"bundle_identifier\":\"\",\"last_opened_time\":\"" + lastOpened + "\"}]}";
            try {
                s.telemetryImporter().importParsed(JsonTelemetry.parse(new java.io.StringReader(line), null, null,
                    db.clock().instant()), Progress.NONE);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        if (status != PersonStatus.ACTIVE) {
            s.people().update(p, s.people().draftOf(p).withStatus(status));
        }
        return a;
    }

    private Map<String, Signal> dormant() {
        return s.utilization().report(DormancyFilter.all()).dormant().stream()
            .collect(Collectors.toMap(DormantSeat::holder, DormantSeat::signal));
    }

    @Test
    void realUsageJudgesAtTheWindowBoundary() {
        seat("Used 89", null, today.minusDays(89), true, PersonStatus.ACTIVE, 200);
        seat("Used 90", null, today.minusDays(90), true, PersonStatus.ACTIVE, 200);
        seat("Used 91", null, today.minusDays(91), true, PersonStatus.ACTIVE, 200);
        seat("Never used", today, null, true, PersonStatus.ACTIVE, 200);

        assertThat(dormant()).containsOnly(Map.entry("Used 91", Signal.REAL_USAGE),
            Map.entry("Never used", Signal.REAL_USAGE));
    }

    @Test
    void withoutTelemetryTheLoginProxyIsUsed() {
        seat("Signed in 90", today.minusDays(90), null, false, PersonStatus.ACTIVE, 200);
        seat("Signed in 91", today.minusDays(91), null, false, PersonStatus.ACTIVE, 200);
        seat("Never signed in", null, null, false, PersonStatus.ACTIVE, 200);

        assertThat(dormant()).containsOnly(Map.entry("Signed in 91", Signal.LOGIN_PROXY),
            Map.entry("Never signed in", Signal.LOGIN_PROXY));
    }

    @Test
    void inactiveAndOffboardedHoldersAreAlwaysReclaimableAndRecentSeatsAreNot() {
        seat("Inactive", today, today, true, PersonStatus.INACTIVE, 5);
        seat("Offboarded", today, null, false, PersonStatus.OFFBOARDED, 5);
        seat("New seat", null, null, false, PersonStatus.ACTIVE, 10);

        assertThat(dormant()).containsOnly(Map.entry("Inactive", Signal.USER_STATUS),
            Map.entry("Offboarded", Signal.USER_STATUS));
    }

    @Test
    void savingsPerSeatAnnualizedAndMissingRatesListed() {
        seat("Dormant A", null, null, false, PersonStatus.ACTIVE, 200);
        seat("Dormant B", null, null, false, PersonStatus.ACTIVE, 200);
        long usd = s.licenses().create(LicenseDraft.defaults(product).withSeats(4, SeatType.USER)
            .withCost(null, new BigDecimal("400")).withCurrency("USD").withCycle(BillingCycle.QUARTERLY)).id();
        long p = s.people().create(PersonDraft.of("Dollar", "dollar@example.com", null));
        s.assignments().assign(usd, p, AssignmentDraft.EMPTY);
        db.assignSeatsDaysAgo(200);

        UtilizationReport r = s.utilization().report(DormancyFilter.all());

        assertThat(r.dormant()).filteredOn(d -> d.holder().startsWith("Dormant"))
            .allSatisfy(d -> assertThat(d.annualCost()).isEqualByComparingTo("120.00"));
        assertThat(r.dormant()).filteredOn(d -> d.holder().equals("Dollar")).singleElement()
            .satisfies(d -> {
                assertThat(d.annualCost()).isEqualByComparingTo("400.00");
                assertThat(d.annualCostBase()).isNull();
            });
        assertThat(r.totalSavingsBase()).isEqualByComparingTo("240.00");
        assertThat(r.missingRates()).containsExactly("USD");
        assertThat(r.ranking()).filteredOn(u -> u.licenseId() == license).singleElement()
            .satisfies(u -> {
                assertThat(u.dormant()).isEqualTo(2);
                assertThat(u.savings()).isEqualByComparingTo("240.00");
            });
    }

    @Test
    void oneTimeAndUnlimitedSaveNothingAndUnlimitedHasNoFill() {
        long perpetual = s.licenses().create(LicenseDraft.defaults(product).withSeats(5, SeatType.USER)
            .withCost(new BigDecimal("500"), null).withCycle(BillingCycle.ONE_TIME)).id();
        long unlimited = s.licenses().create(LicenseDraft.defaults(product).withSeats(null, SeatType.UNLIMITED)
            .withCost(null, new BigDecimal("9000"))).id();
        long a = s.people().create(PersonDraft.of("Old A", "olda@example.com", null));
        long b = s.people().create(PersonDraft.of("Old B", "oldb@example.com", null));
        s.assignments().assign(perpetual, a, AssignmentDraft.EMPTY);
        s.assignments().assign(unlimited, b, AssignmentDraft.EMPTY);
        db.assignSeatsDaysAgo(200);

        UtilizationReport r = s.utilization().report(DormancyFilter.all());

        assertThat(r.dormant()).hasSize(2).allSatisfy(d -> {
            assertThat(d.savesNothing()).isTrue();
            assertThat(d.annualCost()).isNull();
        });
        assertThat(r.ranking()).filteredOn(u -> u.licenseId() == unlimited).singleElement().satisfies(u -> {
            assertThat(u.fill()).isEqualTo(-1);
            assertThat(u.dormant()).isEqualTo(1);
        });
        assertThat(r.totalSavingsBase()).isEqualByComparingTo("0");
    }

    @Test
    void filtersBySignalAndDepartment() {
        seat("Proxy", null, null, false, PersonStatus.ACTIVE, 200);
        seat("Gone", null, null, false, PersonStatus.INACTIVE, 200);
        assertThat(s.utilization().report(new DormancyFilter(Signal.USER_STATUS, null, null)).dormant())
            .extracting(DormantSeat::holder).containsExactly("Gone");
        assertThat(s.utilization().report(new DormancyFilter(null, product, "Sales")).dormant()).hasSize(2);
        assertThat(s.utilization().report(new DormancyFilter(null, null, "Finance")).dormant()).isEmpty();
    }

    @Test
    void editsAndImportsOfTheHolderReachTheJudgementOfTheirSeats() throws Exception {
        seat("Mara Vogt", today.minusDays(5), null, false, PersonStatus.ACTIVE, 200);
        assertThat(dormant()).isEmpty();
        long mara = s.personQuery().list(dev.seatledger.core.people.PersonFilter.all()).get(0).id();

        s.people().update(mara, s.people().draftOf(mara).withLastSignIn(today.minusDays(120)).withDepartment("Finance"));

        assertThat(dormant()).containsOnly(Map.entry("Mara Vogt", Signal.LOGIN_PROXY));
        assertThat(s.utilization().report(new DormancyFilter(null, null, "Finance")).dormant()).singleElement()
            .satisfies(d -> {
                assertThat(d.department()).isEqualTo("Finance");
                assertThat(d.lastActivity()).isEqualTo(today.minusDays(120));
            });
        assertThat(s.utilization().report(new DormancyFilter(null, null, "Sales")).dormant()).isEmpty();
        assertThat(s.utilization().summary().departments()).containsExactly("Finance");

        s.people().update(mara, s.people().draftOf(mara).withLastSignIn(today));
        assertThat(dormant()).isEmpty();

        var importer = s.peopleImport();
        var file = dev.seatledger.core.importing.CsvTable.parse("userPrincipalName,displayName,mail,department,accountEnabled\n"
            + "mara.vogt@example.com,Mara Vogt,mara.vogt@example.com,Finance,False\n");
        importer.apply(importer.plan(file, dev.seatledger.core.importing.DirectoryPreset.ENTRA), false);

        assertThat(dormant()).containsOnly(Map.entry("Mara Vogt", Signal.USER_STATUS));
    }
}
