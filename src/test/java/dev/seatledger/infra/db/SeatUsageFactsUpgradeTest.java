package dev.seatledger.infra.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.AppServices;
import dev.seatledger.core.assignment.AssignmentDraft;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.common.Progress;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.license.SeatType;
import dev.seatledger.core.people.PersonDraft;
import dev.seatledger.core.telemetry.ParsedTelemetry;
import dev.seatledger.core.telemetry.TelemetryQuery;
import dev.seatledger.core.telemetry.TelemetryRecord;
import dev.seatledger.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database written before V17 gets the seats' usage facts from its telemetry when it is upgraded, so the
 * "paid but unused" list shows after the upgrade what it showed before. The database is rewound to V16 by
 * dropping what V17 and V18 add.
 */
class SeatUsageFactsUpgradeTest {

    @Test
    @dev.seatledger.testing.AboutH2
    void theUpgradeFillsTheFactsFromTheTelemetryAlreadyImported(@TempDir Path dir) throws Exception {
        List<String> before;
        try (TestDatabase db = TestDatabase.h2In(dir)) {
            AppServices s = db.services();
            long jira = s.products().create(ProductDraft.of("Jira", "Atlassian", null));
            long license = s.licenses().create(LicenseDraft.defaults(jira).withSeats(10, SeatType.USER)).id();
            for (String name : List.of("Ana", "Ben", "Chloe", "Dan", "Eve")) {
                long p = s.people().create(PersonDraft.of(name, name.toLowerCase() + "@example.com", null));
                s.assignments().assign(license, p, AssignmentDraft.EMPTY);
            }
            Instant at = Instant.parse("2026-03-03T08:00:00Z");
            LocalDate used = LocalDate.of(2026, 3, 1);
            s.telemetryImporter().importParsed(new ParsedTelemetry(List.of(
                new TelemetryRecord(2, "lt-ana", "ana@example.com", "Jira.app", null, "1", true, used, true, at),
                new TelemetryRecord(3, "lt-ben", "ben@example.com", "Zoom.app", null, "1", true, used, true, at),
                new TelemetryRecord(4, "lt-chloe", "chloe@example.com", "Jira.app", null, "1", true, null, true, at),
                new TelemetryRecord(5, "lt-dan", "dan@example.com", "Jira.app", null, "1", true, null, false, at)),
                List.of()), Progress.NONE);
            before = unused(s);
            assertThat(before).containsExactly("Ben", "Chloe (installed)");
            try (Connection c = db.database().dataSource().getConnection(); Statement st = c.createStatement()) {
                for (String index : List.of("ix_assignment_unused", "ix_assignment_holder_department",
                        "ix_assignment_holder_access", "ix_assignment_holder_activity", "ix_assignment_holder_status",
                        "ix_assignment_holder_email")) {
                    st.execute("drop index " + index);
                }
                for (String column : List.of("holder_reports", "product_installed", "product_in_use", "department_sort",
                        "access_sort", "activity_sort")) {
                    st.execute("alter table assignment drop column " + column);
                }
                st.execute("delete from \"flyway_schema_history\" where \"version\" in ('17', '18')");
                c.commit();
            }
        }

        try (TestDatabase db = TestDatabase.h2In(dir)) {
            assertThat(unused(db.services())).isEqualTo(before);
        }
    }

    private static List<String> unused(AppServices s) {
        return s.telemetry().paidUnused(50).stream()
            .map(u -> u.holder() + (u.installed() ? " (installed)" : "")).toList();
    }
}
