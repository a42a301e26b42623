package dev.seatledger.ui.utilization;

import dev.seatledger.core.assignment.AssignmentDraft;
import dev.seatledger.core.assignment.HolderFilter;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.common.Progress;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.license.SeatType;
import dev.seatledger.core.people.PersonDraft;
import dev.seatledger.core.recognition.Source;
import dev.seatledger.core.telemetry.ParsedTelemetry;
import dev.seatledger.core.telemetry.TelemetryRecord;
import dev.seatledger.services.AppServices;
import dev.seatledger.testing.TestDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The Unknown applications screen's test data: Orbit CRM, Orbit CRM Analytics and Tally Books in the catalog; Ana
 * holding a seat of Orbit CRM and of Tally Books since 200 days (so both are dormant); her machines reporting
 * "Orbit CRM Desktop 2.1" (used this month; suggested Orbit CRM at 83 %, Orbit CRM Analytics at 67 %), "Tally Books
 * 2024 Desktop" (Tally Books at 85 %), "Acme Timesheets 4.2 (x64)" (no suggestion), Sketch (known to the knowledge
 * base, not in the catalog), and three free, system or runtime items that are hidden.
 */
final class UnknownApps {
    static final LocalDate USED = LocalDate.of(2026, 3, 2);
    static final Instant AT = Instant.parse("2026-03-03T08:00:00Z");

    final long orbit;
    final long orbitLicense;
    final long tally;
    private final AppServices s;

    UnknownApps(TestDatabase db) {
        s = db.services();
        orbit = s.products().create(ProductDraft.of("Orbit CRM", "Orbit Software", null));
        tally = s.products().create(ProductDraft.of("Tally Books", "Tally Inc.", null));
        s.products().create(ProductDraft.of("Orbit CRM Analytics", "Orbit Software", null));
        orbitLicense = s.licenses().create(LicenseDraft.defaults(orbit).withSeats(5, SeatType.USER)).id();
        long tallyLicense = s.licenses().create(LicenseDraft.defaults(tally).withSeats(5, SeatType.USER)).id();
        long ana = s.people().create(PersonDraft.of("Ana", "ana@example.com", "Sales"));
        s.assignments().assign(orbitLicense, ana, AssignmentDraft.EMPTY);
        s.assignments().assign(tallyLicense, ana, AssignmentDraft.EMPTY);
        db.assignSeatsDaysAgo(200);
        s.telemetryImporter().importParsed(new ParsedTelemetry(List.of(
            program("Orbit CRM Desktop 2.1", "Orbit Software", USED),
            program("Tally Books 2024 Desktop", "Tally Inc.", null),
            new TelemetryRecord(1, "mbp-ana", "ana@example.com", "Sketch.app", "com.bohemiancoding.sketch3", "99", true,
                null, false, AT, Source.APPS, null),
            program("Acme Timesheets 4.2 (x64)", "Acme", null),
            program("Google Chrome", "Google LLC", null),
            program("Microsoft Visual C++ 2015-2022 Redistributable (x64) - 14.38.33135", "Microsoft Corporation", null),
            new TelemetryRecord(1, "lt-ana", "ana@example.com", "libc6", null, "2.39", true, null, false, AT,
                Source.DEB, null)), List.of()), Progress.NONE);
    }

    private static TelemetryRecord program(String name, String publisher, LocalDate used) {
        return new TelemetryRecord(1, "pc-ana", "ana@example.com", name, null, "1.0", true, used, used != null, AT,
            Source.PROGRAMS, publisher);
    }

    /** When Ana last used her Orbit CRM seat, as the seat shows it. */
    LocalDate orbitLastUsed() {
        return s.holders().page(orbitLicense, HolderFilter.all(), 0, 5).get(0).lastUsed();
    }
}
