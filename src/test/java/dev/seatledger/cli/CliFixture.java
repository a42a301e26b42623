package dev.seatledger.cli;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.assignment.AssignmentDraft;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.license.BillingCycle;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.license.LicenseStatus;
import dev.seatledger.core.license.SeatType;
import dev.seatledger.core.people.PersonDraft;
import dev.seatledger.core.people.PersonStatus;
import dev.seatledger.testing.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A small inventory with every license field filled, hostile cell values, and a CLI runner on its database. */
final class CliFixture implements AutoCloseable {
    static final String KEY = "FIGMA-SECRET-7Q2W-9X4Z";
    static final LocalDate TODAY = LocalDate.now();

    final TestDatabase db = TestDatabase.create();
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    long figma;
    long jetbrains;
    long tools;
    long ana;
    /** What the seeded database holds, by product name and by email, read back before the database is closed. */
    final java.util.Map<String, LicenseDraft> licenses = new java.util.TreeMap<>();
    final java.util.Map<String, PersonDraft> people = new java.util.TreeMap<>();
    final java.util.List<String> products = new java.util.ArrayList<>();

    CliFixture seed() {
        AppServices s = db.services();
        long p1 = s.products().create(ProductDraft.of("Figma", "Figma", "Design"));
        long p2 = s.products().create(ProductDraft.of("JetBrains All Products Pack", "JetBrains", "Development"));
        long p3 = s.products().create(ProductDraft.of("Acme, \"Pro\" Tools", "@Acme", "Utilities"));
        figma = s.licenses().create(LicenseDraft.defaults(p1).copy().name("Organization").edition("Enterprise")
            .productVersion("2025").seatsTotal(10).seatType(SeatType.USER).costPerSeat(new BigDecimal("45.00"))
            .totalCost(new BigDecimal("450.00")).currency("USD").billingCycle(BillingCycle.MONTHLY)
            .purchaseDate(TODAY.minusMonths(11)).startDate(TODAY.minusMonths(11)).expiryDate(TODAY.plusDays(30))
            .renewalDate(TODAY.plusDays(20)).autoRenew(true).renewalNoticeDays(45).businessOwner("Dana Ortiz")
            .licenseKey(KEY).purchaseOrder("PO-2025-077").invoiceNumber("INV-9001").vendor("SHI International")
            .status(LicenseStatus.ACTIVE).notes("=cmd|' /C calc'!A0\nsecond line").build()).id();
        jetbrains = s.licenses().create(LicenseDraft.defaults(p2).copy().seatsTotal(null).seatType(SeatType.UNLIMITED)
            .totalCost(new BigDecimal("1299.5")).currency("EUR").billingCycle(BillingCycle.ONE_TIME)
            .purchaseDate(LocalDate.of(2024, 2, 29)).status(LicenseStatus.TRIAL).renewalNoticeDays(0).build()).id();
        tools = s.licenses().create(LicenseDraft.defaults(p3).copy().name("-Site").seatsTotal(3)
            .seatType(SeatType.CONCURRENT).customAnnualCost(new BigDecimal("120.125")).currency("GBP")
            .billingCycle(BillingCycle.CUSTOM).purchaseOrder("+PO 12").build()).id();
        ana = s.people().create(new PersonDraft("Ana Lima", "ana.lima@example.com", "Design", "Designer", "Dana Ortiz",
            "E100", null, PersonStatus.ACTIVE, LocalDate.of(2026, 3, 1)));
        long ben = s.people().create(new PersonDraft("+Ben Okafor", "ben@example.com", "Finance", "@Analyst", null,
            "E200", LocalDate.of(2026, 6, 30), PersonStatus.ACTIVE, null));
        long cleo = s.people().create(PersonDraft.of("Cleo Park", "cleo@example.com", "Sales"));
        s.assignments().assign(figma, ana, new AssignmentDraft("Editor", "ana@figma", null));
        s.assignments().assign(tools, ben, AssignmentDraft.EMPTY);
        s.people().update(ben, s.people().draftOf(ben).withStatus(PersonStatus.INACTIVE));
        s.assignments().offboard(cleo);
        s.exchangeRates().save("EUR", "USD", new BigDecimal("0.9"), TODAY.minusDays(1));
        for (var row : s.licenseQuery().list(dev.seatledger.core.license.LicenseListRequest.all())) {
            licenses.put(row.productName(), comparable(s.licenses().draftOf(row.id())));
        }
        for (var row : s.personQuery().list(dev.seatledger.core.people.PersonFilter.all())) {
            people.put(row.email(), s.people().draftOf(row.id()));
        }
        s.catalog().list(dev.seatledger.core.catalog.CatalogFilter.all())
            .forEach(p -> products.add(p.name() + " | " + p.publisher() + " | " + p.category()));
        if (!dev.seatledger.testing.TestPostgres.enabled()) {
            db.database().close(); // the command line opens the H2 file itself
        }
        return this;
    }

    /** A license as the form holds it, without what differs between databases (ids) or never leaves one (the key). */
    static LicenseDraft comparable(LicenseDraft d) {
        return d.copy().productId(null).licenseKey(null).build();
    }

    /** No records: the command line builds the inventory itself on the fixture's database. */
    CliFixture empty() {
        if (!dev.seatledger.testing.TestPostgres.enabled()) {
            db.database().close(); // the command line opens the H2 file itself
        }
        return this;
    }

    /** Runs a command that must succeed and reads what it printed as JSON. */
    com.fasterxml.jackson.databind.JsonNode json(String... command) throws java.io.IOException {
        org.assertj.core.api.Assertions.assertThat(run(command)).as(err.toString()).isZero();
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString());
    }

    int run(String... command) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return SeatLedgerCli.run(db.cliArgs(command), new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Override
    public void close() {
        db.close();
    }
}
