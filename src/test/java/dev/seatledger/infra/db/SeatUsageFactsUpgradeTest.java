package dev.seatledger.infra.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.services.AppServices;
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
 * "paid but unused" list shows after the upgrade what it showed before, and V19 carries its installed applications
 * into the reported-applications dictionary. The database is rewound to V16 by dropping what V17 and V18 add and
 * putting back the installed-applications table V19 replaces (V20's recognition columns go with the dictionary).
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
                for (String sql : UNDO_V21) {
                    st.execute(sql);
                }
                for (String index : List.of("ix_assignment_unused", "ix_assignment_holder_department",
                        "ix_assignment_holder_access", "ix_assignment_holder_activity", "ix_assignment_holder_status",
                        "ix_assignment_holder_email")) {
                    st.execute("drop index " + index);
                }
                for (String column : List.of("holder_reports", "product_installed", "product_in_use", "department_sort",
                        "access_sort", "activity_sort")) {
                    st.execute("alter table assignment drop column " + column);
                }
                for (String sql : INSTALLED_APP_BEFORE_V19) {
                    st.execute(sql);
                }
                st.execute("alter table app_alias alter column product_id set not null");
                for (String sql : LicenseTermsUpgradeTest.UNDO_V22) {
                    st.execute(sql);
                }
                st.execute("delete from \"flyway_schema_history\" where \"version\" in ('17', '18', '19', '20', '21', '22', '23')");
                c.commit();
            }
        }

        try (TestDatabase db = TestDatabase.h2In(dir)) {
            assertThat(unused(db.services())).isEqualTo(before);
            List<String> apps = db.services().tx().read(s -> s.createNativeQuery("select ra.display_name || ' ' || ra.devices"
                + " || ' ' || coalesce(p.name, '-') from reported_app ra left join product p on p.id = ra.product_id"
                + " order by ra.app_key", String.class).getResultList());
            assertThat(apps).as("V19 keeps each application once, with its product and the devices that have it")
                .containsExactly("Jira.app 3 Jira", "Zoom.app 1 -");
            long rows = db.services().tx().read(s -> ((Number) s.createNativeQuery("select count(*) from device_app",
                Object.class).getSingleResult()).longValue());
            assertThat(rows).isEqualTo(4);
            assertThat(db.services().telemetry().unknownApps(10)).extracting(u -> u.name() + " " + u.devices())
                .containsExactly("Zoom.app 1");
        }
    }

    /** The schema as it was before V21 (usage evidence), whose history entry is removed with V17-V19's. */
    private static final List<String> UNDO_V21 = List.of(
        "drop index ix_assignment_idle_use", "drop index ix_assignment_idle_sign_in", "drop index ix_assignment_holders",
        "drop index ix_assignment_holder_activity", "alter table assignment drop column activity_sort",
        "alter table assignment add column activity_sort date generated always as"
            + " (coalesce(last_used_at, holder_sign_in, date '9999-12-31'))",
        "create index ix_assignment_holder_activity on assignment (license_id, revoked_at, activity_sort, id)",
        "alter table assignment drop column used_at", "alter table assignment drop column used_source",
        "alter table assignment drop column evidence_at", "alter table assignment drop column evidence_source",
        "alter table assignment drop column evidence_format", "drop table usage_evidence", "drop table person_alias",
        "create index ix_assignment_idle_use on assignment (revoked_at, holder_status, has_telemetry, last_used_at,"
            + " assigned_at, license_id, holder_department, holder_key)",
        "create index ix_assignment_idle_sign_in on assignment (revoked_at, holder_status, has_telemetry, holder_sign_in,"
            + " assigned_at, license_id, holder_department, holder_key)",
        "create index ix_assignment_holders on assignment (license_id, revoked_at, person_id, holder_department,"
            + " holder_status, access_level, last_used_at, holder_sign_in)");

    /** The telemetry tables as V5 and V13 left them, filled from the current ones, which are dropped. */
    private static final List<String> INSTALLED_APP_BEFORE_V19 = List.of(
        "create table installed_app (id bigint generated by default as identity primary key,"
            + " device_id bigint not null references device (id), app_key varchar(255) not null,"
            + " display_name varchar(255) not null, name_key varchar(255) not null, version varchar(120),"
            + " installed boolean not null default true, last_used date, usage_tracked boolean not null default false,"
            + " reported_at timestamp(6) with time zone not null, product_id bigint,"
            + " constraint uq_installed_app unique (device_id, app_key))",
        "create index ix_installed_product on installed_app (product_id, device_id, installed, usage_tracked, last_used)",
        "insert into installed_app (device_id, app_key, display_name, name_key, version, installed, last_used,"
            + " usage_tracked, reported_at, product_id) select ia.device_id, ra.app_key, ra.display_name, ra.name_key,"
            + " ia.version, ia.installed, ia.last_used, ia.usage_tracked, ia.reported_at, ra.product_id"
            + " from device_app ia join reported_app ra on ra.id = ia.app_id",
        "drop table device_app",
        "drop table reported_app");

    private static List<String> unused(AppServices s) {
        return s.telemetry().paidUnused(50).stream()
            .map(u -> u.holder() + (u.installed() ? " (installed)" : "")).toList();
    }
}
