package dev.seatledger.core.sample;

import dev.seatledger.core.assignment.NewSeat;
import dev.seatledger.core.assignment.SeatBatch;
import dev.seatledger.core.people.HeldSeats;
import dev.seatledger.core.people.PersonStatus;
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

/**
 * Writes the generated seats through the seats' own insert ({@link SeatBatch}), with the ids, revocations and the
 * telemetry facts TelemetryLink would compute from the devices.
 */
final class GeneratedSeats {
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

    GeneratedSeats(DatasetPlan plan, PeopleWriter people) {
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
        try (SeatBatch batch = SeatBatch.open(c, LargeDataset.BATCH, "id", "revoked_at", "revoked_by", "revoke_reason",
                "last_used_at", "has_telemetry", "holder_reports", "product_installed", "product_in_use")) {
            PreparedStatement ps = batch.statement();
            for (int k = fromLicense; k < toLicense; k++) {
                int product = licProduct[k];
                for (int t = 0; t < licCount[k]; t++) {
                    long row = licFirstRow[k] + t;
                    SplittableRandom r = DatasetPlan.rnd(5, row);
                    int p = (licStart[k] + t) % size.people;
                    boolean isRevoked = DatasetPlan.revoked(k, t);
                    Instant assignedAt = now.minus(1 + r.nextInt(900), ChronoUnit.DAYS);
                    String access = ACCESS[r.nextInt(ACCESS.length)];
                    String account = r.nextInt(100) < 30 ? "acct-" + (p + 1) + "-" + (k + 1) : null;
                    PeopleWriter.Generated holder = people.generated(p);
                    int i = batch.bind(new NewSeat(k + 1L, p + 1L, access, account, null, assignedAt, LargeDataset.BY,
                        HeldSeats.Holder.of(holder.displayName(), PersonStatus.valueOf(holder.status()),
                            holder.department(), holder.signIn(), PeopleWriter.email(holder, p), null)), !isRevoked);
                    ps.setLong(i, row + 1);
                    ps.setTimestamp(i + 1, isRevoked
                        ? Timestamp.from(assignedAt.plus(r.nextInt(30) + 1, ChronoUnit.DAYS)) : null);
                    ps.setString(i + 2, isRevoked ? LargeDataset.BY : null);
                    ps.setString(i + 3, isRevoked ? "MANUAL" : null);
                    boolean has = false;
                    int best = Integer.MAX_VALUE;
                    int d = personDevice[p];
                    boolean reports = !isRevoked && d >= 0 && deviceApps[d].length > 0;
                    boolean installed = false;
                    boolean inUse = false;
                    if (reports) {
                        int at = Arrays.binarySearch(deviceApps[d], product);
                        installed = at >= 0;
                        short u = installed ? deviceLastUsed[d][at] : -1;
                        inUse = installed && (!deviceTracked[d] || u >= 0);
                        if (installed && deviceTracked[d]) {
                            has = true;
                            best = u < 0 ? Integer.MAX_VALUE : u;
                        }
                    }
                    if (has && best != Integer.MAX_VALUE) {
                        ps.setDate(i + 4, Date.valueOf(today.minusDays(best)));
                    } else {
                        ps.setNull(i + 4, Types.DATE);
                    }
                    ps.setBoolean(i + 5, has);
                    ps.setBoolean(i + 6, reports);
                    ps.setBoolean(i + 7, installed);
                    ps.setBoolean(i + 8, inUse);
                    batch.add();
                    plan.assignmentRows++;
                    if (!isRevoked) {
                        plan.activeRows++;
                    }
                }
            }
            return batch.finish();
        }
    }
}
