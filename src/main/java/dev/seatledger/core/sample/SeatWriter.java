package dev.seatledger.core.sample;

import dev.seatledger.core.people.Person;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.SplittableRandom;

/** Writes the generated seats, with the telemetry facts TelemetryLink would compute from the devices. */
final class SeatWriter {
    static final String[] ACCESS = {"Member", "Admin", "Viewer", "Editor", "Owner"};

    private final DatasetPlan plan;
    private final PeopleWriter people;
    private final LargeDataset.Size size;
    private final LocalDate today;
    private final Instant now;
    private final int[] licProduct;
    private final int[] licStart;
    private final int[] licCount;
    private final int[] licFirstRow;
    private final int[] personDevice;
    private final boolean[] deviceTracked;
    private final int[][] deviceApps;
    private final short[][] deviceLastUsed;

    SeatWriter(DatasetPlan plan, PeopleWriter people) {
        this.plan = plan;
        this.people = people;
        this.size = plan.size;
        this.today = plan.today;
        this.now = plan.now;
        this.licProduct = plan.licProduct;
        this.licStart = plan.licStart;
        this.licCount = plan.licCount;
        this.licFirstRow = plan.licFirstRow;
        this.personDevice = plan.personDevice;
        this.deviceTracked = plan.deviceTracked;
        this.deviceApps = plan.deviceApps;
        this.deviceLastUsed = plan.deviceLastUsed;
    }

    int writeAssignments(Connection c, int fromLicense, int toLicense) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into assignment (id, license_id, person_id,"
            + " active_person_id, access_level, account_identifier, assigned_at, assigned_by, revoked_at, revoked_by,"
            + " revoke_reason, last_used_at, has_telemetry, holder_key, holder_status, holder_department, holder_sign_in,"
            + " holder_email, holder_reports, product_installed, product_in_use, version)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
            JdbcBatch b = new JdbcBatch(ps);
            for (int k = fromLicense; k < toLicense; k++) {
                int product = licProduct[k];
                for (int t = 0; t < licCount[k]; t++) {
                    long row = licFirstRow[k] + t;
                    SplittableRandom r = DatasetPlan.rnd(5, row);
                    int p = (licStart[k] + t) % size.people;
                    boolean isRevoked = DatasetPlan.revoked(k, t);
                    Instant assignedAt = now.minus(1 + r.nextInt(900), ChronoUnit.DAYS);
                    ps.setLong(1, row + 1);
                    ps.setLong(2, k + 1L);
                    ps.setLong(3, p + 1L);
                    if (isRevoked) {
                        ps.setNull(4, Types.BIGINT);
                    } else {
                        ps.setLong(4, p + 1L);
                    }
                    ps.setString(5, ACCESS[r.nextInt(ACCESS.length)]);
                    ps.setString(6, r.nextInt(100) < 30 ? "acct-" + (p + 1) + "-" + (k + 1) : null);
                    ps.setTimestamp(7, Timestamp.from(assignedAt));
                    ps.setString(8, LargeDataset.BY);
                    ps.setTimestamp(9, isRevoked ? Timestamp.from(assignedAt.plus(r.nextInt(30) + 1, ChronoUnit.DAYS)) : null);
                    ps.setString(10, isRevoked ? LargeDataset.BY : null);
                    ps.setString(11, isRevoked ? "MANUAL" : null);
                    boolean has = false;
                    int best = Integer.MAX_VALUE;
                    int d = personDevice[p];
                    boolean reports = !isRevoked && d >= 0 && deviceApps[d].length > 0;
                    boolean installed = false;
                    boolean inUse = false;
                    if (reports) {
                        int i = Arrays.binarySearch(deviceApps[d], product);
                        installed = i >= 0;
                        short u = installed ? deviceLastUsed[d][i] : -1;
                        inUse = installed && (!deviceTracked[d] || u >= 0);
                        if (installed && deviceTracked[d]) {
                            has = true;
                            best = u < 0 ? Integer.MAX_VALUE : u;
                        }
                    }
                    if (has && best != Integer.MAX_VALUE) {
                        ps.setDate(12, Date.valueOf(today.minusDays(best)));
                    } else {
                        ps.setNull(12, Types.DATE);
                    }
                    ps.setBoolean(13, has);
                    PeopleWriter.Generated holder = people.generated(p);
                    ps.setString(14, Person.nameKey(holder.displayName()));
                    ps.setString(15, holder.status());
                    ps.setString(16, holder.department());
                    ps.setDate(17, holder.signIn() == null ? null : Date.valueOf(holder.signIn()));
                    ps.setString(18, PeopleWriter.email(holder, p));
                    ps.setBoolean(19, reports);
                    ps.setBoolean(20, installed);
                    ps.setBoolean(21, inUse);
                    b.add();
                    plan.assignmentRows++;
                    if (!isRevoked) {
                        plan.activeRows++;
                    }
                }
            }
            return b.finish();
        }
    }
}
