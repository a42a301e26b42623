package dev.seatledger.core.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seatledger.core.assignment.AssignmentDraft;
import dev.seatledger.core.common.BusinessRuleException;
import dev.seatledger.core.telemetry.InstalledProducts;
import dev.seatledger.core.telemetry.TelemetryLink;
import dev.seatledger.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LargeDatasetTest {
    private static TestDatabase db;
    private static LargeDataset.Summary summary;
    private static final List<String> progress = new ArrayList<>();

    @BeforeAll
    static void generate() {
        db = TestDatabase.create();
        summary = new LargeDataset(db.services().tx(), db.clock()).generate(LargeDataset.Size.TINY, progress::add);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static long single(String sql) {
        return db.services().tx().read(s -> s.doReturningWork(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        }));
    }

    @Test
    void writesTheRequestedNumberOfRowsOfEachKind() {
        LargeDataset.Size t = LargeDataset.Size.TINY;
        assertThat(single("select count(*) from person")).isEqualTo(t.people);
        assertThat(single("select count(*) from product")).isEqualTo(t.products);
        assertThat(single("select count(*) from license")).isEqualTo(t.licenses);
        assertThat(single("select count(*) from assignment where assigned_by = 'demo'")).isEqualTo(t.assignments);
        assertThat(single("select count(*) from device")).isEqualTo(t.devices);
        assertThat(single("select count(*) from device_app")).isEqualTo(t.installedApps);
        assertThat(summary.assignments()).isEqualTo(t.assignments);
        assertThat(progress).anyMatch(l -> l.startsWith("seats"));
    }

    @Test
    void theBigLicenseHasAllItsSeatsTaken() {
        assertThat(single("select count(*) from assignment where license_id = " + summary.bigLicenseId()
            + " and revoked_at is null")).isEqualTo(LargeDataset.Size.TINY.bigLicenseSeats);
        assertThat(single("select seats_total from license where id = " + summary.bigLicenseId()))
            .isEqualTo(LargeDataset.Size.TINY.bigLicenseSeats);
    }

    @Test
    void seatsUsedMatchesTheActiveSeatsOfEveryLicense() {
        assertThat(single("select count(*) from license l where l.seats_used <> (select count(*) from assignment a"
            + " where a.license_id = l.id and a.revoked_at is null)")).isZero();
        assertThat(single("select count(*) from assignment where (revoked_at is null) <> (active_person_id is not null)"))
            .isZero();
    }

    @Test
    void everySeatCarriesItsHoldersNameStatusDepartmentAndSignIn() {
        assertThat(single("select count(*) from assignment")).isPositive();
        assertThat(single("select count(*) from assignment a join person p on p.id = a.person_id"
            + " where a.holder_key <> lower(p.display_name) or a.holder_status <> p.status"
            + " or a.holder_department is distinct from p.department"
            + " or a.holder_sign_in is distinct from p.last_sign_in or a.holder_email is distinct from p.email_key")).isZero();
        assertThat(single("select count(*) from assignment where holder_status <> 'ACTIVE'")).isPositive();
        assertThat(single("select count(*) from assignment where holder_sign_in is null")).isPositive();
    }

    @Test
    void everyLicenseEndsAfterItStartsSoItsExportImportsBack() {
        assertThat(single("select count(*) from license where expiry_date is not null and start_date is not null"
            + " and expiry_date <= start_date")).isZero();
        assertThat(single("select count(*) from license where renewal_date is not null and start_date is not null"
            + " and renewal_date <= start_date")).isZero();
    }

    @Test
    void seatTelemetryIsWhatTelemetryLinkComputesFromTheDevices() {
        String fingerprint = "select count(*), sum(case when has_telemetry then 1 else 0 end),"
            + " sum(coalesce(extract(year from last_used_at) * 10000 + extract(month from last_used_at) * 100"
            + " + extract(day from last_used_at), 0)),"
            + " sum(case when holder_reports then id else 0 end), sum(case when product_installed then id else 0 end),"
            + " sum(case when product_in_use then id else 0 end)"
            + " from assignment where revoked_at is null";
        String before = db.services().tx().read(s -> s.doReturningWork(c -> row(c, fingerprint)));
        String after = db.services().tx().write(s -> s.doReturningWork(c -> {
            TelemetryLink.refreshAll(c);
            return row(c, fingerprint);
        }));
        assertThat(after).isEqualTo(before);
        assertThat(single("select count(*) from assignment where has_telemetry")).isPositive();
        assertThat(single("select count(*) from assignment where revoked_at is null and holder_reports"
            + " and not product_in_use")).as("seats paid for but unused").isPositive();
        assertThat(single("select count(*) from assignment where revoked_at is null and product_in_use")).isPositive();
    }

    @Test
    void everyInstalledApplicationCarriesTheProductTheCatalogMatchesItTo() {
        assertThat(single("select count(*) from reported_app where product_id is not null")).isPositive();
        assertThat(single("select count(*) from reported_app where product_id is distinct from "
            + InstalledProducts.RESOLVED)).isZero();
    }

    @Test
    void generationIsDeterministic() {
        try (TestDatabase other = TestDatabase.create()) {
            new LargeDataset(other.services().tx(), other.clock()).generate(LargeDataset.Size.TINY, l -> { });
            String sql = "select sum(person_id * 31 + license_id), sum(case when has_telemetry then id else 0 end),"
                + " (select sum(length(display_name)) from person), (select sum(seats_total) from license)"
                + " from assignment where assigned_by = 'demo'";
            String a = db.services().tx().read(s -> s.doReturningWork(c -> row(c, sql)));
            String b = other.services().tx().read(s -> s.doReturningWork(c -> row(c, sql)));
            assertThat(b).isEqualTo(a);
        }
    }

    @Test
    void theAppKeepsWorkingOnTheGeneratedData() {
        long licenseId = single("select min(id) from license where archived_at is null and id > 1"
            + " and (seat_type = 'UNLIMITED' or seats_total > seats_used)");
        long personId = single("select min(id) from person where status = 'ACTIVE' and id not in"
            + " (select person_id from assignment where license_id = " + licenseId + " and revoked_at is null)");
        long id = db.services().assignments().assign(licenseId, personId, new AssignmentDraft(null, null, null));
        assertThat(id).isGreaterThan(LargeDataset.Size.TINY.assignments);
        db.services().assignments().revoke(id, dev.seatledger.core.assignment.RevokeReason.MANUAL);
        assertThat(db.services().licenseQuery().counts(dev.seatledger.core.license.LicenseListRequest.all()).all())
            .isPositive();
    }

    @Test
    void refusesADatabaseThatAlreadyHoldsRecords() {
        assertThatThrownBy(() -> new LargeDataset(db.services().tx(), db.clock())
            .generate(LargeDataset.Size.TINY, l -> { }))
            .isInstanceOf(BusinessRuleException.class);
    }

    private static String row(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            StringBuilder sb = new StringBuilder();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                sb.append(rs.getString(i)).append('|');
            }
            return sb.toString();
        }
    }
}
