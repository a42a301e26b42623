package dev.seatledger.core.assignment;

import dev.seatledger.core.common.CancelledException;
import dev.seatledger.core.common.CsvSafe;
import dev.seatledger.core.common.IdOrder;
import dev.seatledger.core.common.Progress;
import dev.seatledger.core.common.Transactions;
import dev.seatledger.core.people.PersonStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntSupplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hibernate.query.NativeQuery;

/**
 * The active holders of one license, searched, filtered and sorted in SQL and fetched a page at a
 * time, so a 100,000-seat license opens, scrolls and exports without loading every row at once.
 * A seat is inactive when its holder is not active, or its last activity (usage, else sign-in) is
 * older than the dormancy window or unknown.
 */
public class HolderQuery {
    public static final int EXPORT_BATCH = 5000;

    private final Transactions tx;
    private final Clock clock;
    private final IntSupplier dormancyDays;

    public HolderQuery(Transactions tx, Clock clock, IntSupplier dormancyDays) {
        this.tx = tx;
        this.clock = clock;
        this.dormancyDays = dormancyDays;
    }

    /** Judged on the seat alone: the holder's status and last sign-in are kept on it (V11). */
    private static final String INACTIVE = "(a.holder_status <> 'ACTIVE' or coalesce(a.used_at, a.holder_sign_in) is null"
        + " or coalesce(a.used_at, a.holder_sign_in) < :cutoff)";

    /** The filter, read on the seat alone: every column it tests is kept on the seat (V10, V11, V14). */
    private Sql conditions(long licenseId, HolderFilter f) {
        StringBuilder sb = new StringBuilder(" where a.license_id = :license and a.revoked_at is null");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("license", licenseId);
        if (searching(f)) {
            sb.append(" and (a.holder_key like :q or a.holder_email like :q or lower(coalesce(a.holder_department, '')) like :q"
                + " or lower(coalesce(a.access_level, '')) like :q or lower(coalesce(a.account_identifier, '')) like :q)");
            params.put("q", "%" + f.search().strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (f.inactiveOnly()) {
            sb.append(" and ").append(INACTIVE);
        }
        return new Sql(sb.toString(), params);
    }

    /** The seats to count and page through, without the person. */
    private Sql seats(long licenseId, HolderFilter f) {
        Sql c = conditions(licenseId, f);
        return new Sql(" from assignment a" + c.sql(), c.params());
    }

    public long count(long licenseId, HolderFilter f) {
        Sql w = seats(licenseId, f);
        return tx.read(session -> {
            NativeQuery<Object> q = session.createNativeQuery("select count(*)" + w.sql(), Object.class);
            bind(q, w);
            return ((Number) q.getSingleResult()).longValue();
        });
    }

    private static final String COLUMNS = "select a.id, p.id, p.display_name, p.email, p.department, p.status,"
        + " a.access_level, a.account_identifier, a.assigned_at, a.assigned_by, p.last_sign_in, a.used_at,"
        + " case when " + INACTIVE + " then true else false end, a.used_source,"
        + " case when a.used_source in ('SSO', 'VENDOR') then a.evidence_format end";

    /**
     * The sort. Every sort key is kept beside the license id in an index (V10, V18); naming the index's
     * leading columns first (fixed by the where clause, so the order is the same) lets the database read a
     * page straight from the index, in either direction, without sorting every seat. Blanks come last when
     * ascending, first when descending: the keys of V18 sort them after every value. With a search text and a
     * sort other than name or assignment date, the order names the key alone: walking that sort's index would
     * read the row of every seat to test the search, while the name index carries the searched columns and is
     * tested without reading rows (V14); the matches are then sorted.
     */
    private static String orderBy(HolderFilter f) {
        String dir = f.ascending() ? " asc" : " desc";
        String key = f.sort().sql + dir + ", a.id" + dir;
        boolean fromIndex = !searching(f) || f.sort() == HolderSort.NAME || f.sort() == HolderSort.ASSIGNED;
        return fromIndex ? " order by a.license_id" + dir + ", a.revoked_at" + dir + ", " + key : " order by " + key;
    }

    private static boolean searching(HolderFilter f) {
        return f.search() != null && !f.search().isBlank();
    }

    /**
     * One page in two steps: the ids of the page are sorted and cut in SQL reading only the key and sort
     * columns, then the page's full rows are read by id; the result is the same rows in the same order as
     * a single sorted query, without carrying every column of every seat through the sort.
     */
    public List<HolderRow> page(long licenseId, HolderFilter f, int offset, int limit) {
        Sql w = seats(licenseId, f);
        return tx.read(session -> {
            NativeQuery<Object> ids = session.createNativeQuery("select a.id" + w.sql() + orderBy(f), Object.class);
            bind(ids, w);
            ids.setFirstResult(offset);
            ids.setMaxResults(limit);
            List<Long> pageIds = ids.getResultList().stream().map(o -> ((Number) o).longValue()).toList();
            if (pageIds.isEmpty()) {
                return new ArrayList<HolderRow>();
            }
            NativeQuery<Object[]> q = session.createNativeQuery(COLUMNS
                + " from assignment a join person p on p.id = a.person_id where a.id in (:ids)", Object[].class);
            q.setParameter("cutoff", cutoff());
            q.setParameterList("ids", pageIds);
            return IdOrder.arrange(pageIds, q.getResultList().stream().map(HolderQuery::toRow).toList(),
                HolderRow::assignmentId);
        });
    }

    /** The database's plan for the id step of {@link #page} (H2 {@code EXPLAIN}), to check which index serves it. */
    String pagePlan(long licenseId, HolderFilter f, int offset, int limit) {
        Sql w = seats(licenseId, f);
        return tx.read(session -> {
            NativeQuery<Object> q = session.createNativeQuery("explain select a.id" + w.sql() + orderBy(f), Object.class);
            bind(q, w);
            q.setFirstResult(offset);
            q.setMaxResults(limit);
            return String.valueOf(q.getSingleResult());
        });
    }

    private static HolderRow toRow(Object[] r) {
        return new HolderRow(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
            (String) r[3], (String) r[4], PersonStatus.valueOf((String) r[5]), (String) r[6], (String) r[7],
            dev.seatledger.core.common.SqlValues.instant(r[8]), (String) r[9], dev.seatledger.core.common.SqlValues.date(r[10]), dev.seatledger.core.common.SqlValues.date(r[11]), (Boolean) r[12],
            dev.seatledger.core.usage.UsageSource.ofColumn((String) r[13]),
            dev.seatledger.core.usage.UsageFormat.ofCode((String) r[14]));
    }

    /**
     * Writes exactly the filtered rows as CSV from one sorted, forward-only query (no re-sorting per
     * batch); progress and cancellation are checked every {@link #EXPORT_BATCH} rows. Returns the rows written.
     */
    public long exportCsv(long licenseId, HolderFilter f, Writer out, Progress progress) {
        long total = count(licenseId, f);
        Sql c = conditions(licenseId, f);
        Sql w = new Sql(" from assignment a join person p on p.id = a.person_id" + c.sql(), c.params());
        return tx.read(session -> {
            long written = 0;
            try {
                CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("Name", "Email", "Department",
                    "Status", "Access level", "Account identifier", "Assigned at", "Assigned by", "Last sign-in",
                    "Last used", "Inactive seat").get());
                if (progress.isCancelled()) {
                    throw new CancelledException();
                }
                NativeQuery<Object[]> q = session.createNativeQuery(COLUMNS + w.sql() + orderBy(f), Object[].class);
                bind(q, w);
                q.setParameter("cutoff", cutoff());
                q.setFetchSize(EXPORT_BATCH);
                try (org.hibernate.ScrollableResults<Object[]> rs = q.scroll(org.hibernate.ScrollMode.FORWARD_ONLY)) {
                    while (rs.next()) {
                        HolderRow r = toRow(rs.get());
                        csv.printRecord(CsvSafe.cell(r.name()), CsvSafe.cell(r.email()), CsvSafe.cell(r.department()),
                            r.personStatus().name().toLowerCase(Locale.ROOT), CsvSafe.cell(r.accessLevel()),
                            CsvSafe.cell(r.accountIdentifier()), r.assignedAt(), CsvSafe.cell(r.assignedBy()),
                            r.lastSignIn(), r.lastUsed(), r.inactive() ? "yes" : "no");
                        written++;
                        if (written % EXPORT_BATCH == 0) {
                            progress.update(written, total);
                            if (progress.isCancelled() && written < total) {
                                throw new CancelledException();
                            }
                        }
                    }
                }
                if (written % EXPORT_BATCH != 0) {
                    progress.update(written, total);
                }
                csv.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return written;
        });
    }

    private LocalDate cutoff() {
        return LocalDate.now(clock).minusDays(dormancyDays.getAsInt());
    }

    private void bind(NativeQuery<?> q, Sql w) {
        w.params().forEach(q::setParameter);
        if (w.sql().contains(":cutoff")) {
            q.setParameter("cutoff", cutoff());
        }
    }



    private record Sql(String sql, Map<String, Object> params) {
    }
}
