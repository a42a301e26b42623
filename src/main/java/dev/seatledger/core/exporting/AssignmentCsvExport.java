package dev.seatledger.core.exporting;

import dev.seatledger.core.common.Progress;
import dev.seatledger.core.common.SqlValues;
import dev.seatledger.core.common.Transactions;
import java.io.Writer;
import java.util.List;

/** Every active seat of every live license as CSV: who holds which license since when, one row per seat. */
public class AssignmentCsvExport {
    public static final List<String> HEADERS = List.of("License ID", "Product", "License Name", "Full Name", "Email",
        "Department", "Access Level", "Account Identifier", "Assigned At", "Assigned By");

    private static final String FROM = " from assignment a join license l on l.id = a.license_id"
        + " join product p on p.id = l.product_id join person pe on pe.id = a.person_id"
        + " where a.revoked_at is null and l.archived_at is null";
    private static final String SQL = "select l.id, p.name, l.name, pe.display_name, pe.email, pe.department,"
        + " a.access_level, a.account_identifier, a.assigned_at, a.assigned_by" + FROM
        + " order by lower(p.name), l.id, lower(pe.display_name), a.id";

    private final Transactions tx;

    public AssignmentCsvExport(Transactions tx) {
        this.tx = tx;
    }

    public long write(Writer out, Progress progress) {
        return CsvQueryExport.write(tx, "select count(*)" + FROM, SQL, HEADERS, r -> {
            Object[] c = r.clone();
            c[8] = SqlValues.instant(r[8]);
            return java.util.Arrays.asList(c);
        }, out, progress);
    }
}
