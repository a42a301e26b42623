package dev.seatledger.core.compliance;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.assignment.AssignmentDraft;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.common.Progress;
import dev.seatledger.core.license.BillingCycle;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.license.SeatType;
import dev.seatledger.core.people.PersonDraft;
import dev.seatledger.core.telemetry.ParsedTelemetry;
import dev.seatledger.core.telemetry.TelemetryRecord;
import dev.seatledger.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A small inventory whose compliance position and showback are worked out by hand in the tests (today 2026-03-15,
 * dormancy window 90 days, so real use counts from 2025-12-15; base EUR, 1 USD = 0.90 EUR, no GBP rate).
 */
final class PositionFixture {
    static final LocalDate RECENT = LocalDate.of(2026, 3, 1);
    static final LocalDate OLD = LocalDate.of(2025, 11, 1);

    final TestDatabase db;
    final AppServices s;
    long figma;
    long figmaEur;
    long figmaUsd;
    long jamf;
    long zoom;
    long slack;
    long miro;
    private final List<TelemetryRecord> telemetry = new ArrayList<>();
    private int people;

    PositionFixture(TestDatabase db) {
        this.db = db;
        this.s = db.services();
    }

    long product(String name) {
        return s.products().create(ProductDraft.of(name, name + " Inc", null));
    }

    long license(long product, SeatType type, Integer seats, String perSeat, String total, String currency) {
        return s.licenses().create(LicenseDraft.defaults(product).copy().seatType(type).seatsTotal(seats)
            .costPerSeat(perSeat == null ? null : new BigDecimal(perSeat)).totalCost(total == null ? null : new BigDecimal(total))
            .currency(currency).billingCycle(BillingCycle.ANNUAL).build()).id();
    }

    /** A new person in {@code department}/{@code costCentre} holding a seat of the license. */
    long holder(long license, String department, String costCentre) {
        people++;
        String email = "p" + people + "@example.com";
        long p = s.people().create(PersonDraft.of("Person " + people, email, department));
        if (costCentre != null) {
            s.tx().run(session -> session.find(dev.seatledger.core.people.Person.class, p).setCostCentre(costCentre));
        }
        if (license > 0) {
            s.assignments().assign(license, p, AssignmentDraft.EMPTY);
        }
        return p;
    }

    /** A device of person {@code n} ("p{n}@example.com", or nobody when 0) with the application, last used then. */
    void device(int n, String app, LocalDate lastUsed) {
        telemetry.add(new TelemetryRecord(telemetry.size() + 2, "host-" + telemetry.size(), n == 0 ? null : "p" + n + "@example.com",
            app, null, "1", true, lastUsed, lastUsed != null, Instant.parse("2026-03-14T08:00:00Z")));
    }

    void importTelemetry() {
        s.telemetryImporter().importParsed(new ParsedTelemetry(List.copyOf(telemetry), List.of()), Progress.NONE);
    }

    /**
     * Figma: 10 user seats at 120 EUR and 5 at 600 USD in total (540 EUR), 15 held, 16 devices report it, 14 holders
     * used it in the window. Jamf: 3 device seats at 50 EUR, 3 held, 3 devices, 3 used. Zoom: 2 concurrent seats.
     * Slack: unlimited. Miro: 4 seats at 40 GBP, no rate. Photoshop: installed on 2 devices, no license.
     */
    PositionFixture build() {
        s.exchangeRates().save("EUR", "USD", new BigDecimal("0.90"), LocalDate.of(2026, 3, 1));
        figma = product("Figma");
        figmaEur = license(figma, SeatType.USER, 10, "120", null, "EUR");
        figmaUsd = license(figma, SeatType.USER, 5, null, "600", "USD");
        for (int i = 0; i < 15; i++) {
            holder(i < 10 ? figmaEur : figmaUsd, i < 6 ? "Design" : i < 12 ? "Marketing" : null, i < 6 ? "CC-100" : null);
        }
        holder(0, "Sales", null);
        for (int n = 1; n <= 16; n++) {
            device(n, "Figma", n <= 14 ? RECENT : n == 15 ? OLD : null);
        }
        jamf = product("Jamf");
        long jamfLicense = license(jamf, SeatType.DEVICE, 3, "50", null, "EUR");
        for (int i = 0; i < 3; i++) {
            long p = holder(jamfLicense, "IT", "CC-200");
            device((int) (people), "Jamf", RECENT);
        }
        zoom = product("Zoom");
        long zoomLicense = license(zoom, SeatType.CONCURRENT, 2, "100", null, "EUR");
        holder(zoomLicense, "Sales", null);
        slack = product("Slack");
        long slackLicense = license(slack, SeatType.UNLIMITED, null, null, "1000", "EUR");
        holder(slackLicense, "Sales", null);
        holder(slackLicense, "Design", "CC-100");
        miro = product("Miro");
        long miroLicense = license(miro, SeatType.USER, 4, "40", null, "GBP");
        holder(miroLicense, "Design", "CC-100");
        product("Photoshop");
        device(0, "Photoshop", null);
        device(0, "Photoshop", RECENT);
        importTelemetry();
        return this;
    }
}
