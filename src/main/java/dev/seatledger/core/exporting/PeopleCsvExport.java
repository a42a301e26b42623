package dev.seatledger.core.exporting;

import dev.seatledger.core.common.Progress;
import dev.seatledger.core.common.SqlValues;
import dev.seatledger.core.common.Transactions;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;

/** Everyone in the People list as CSV, with the headers of the people import ("csv" format) plus the seat count. */
public class PeopleCsvExport {
    public static final List<String> HEADERS = List.of("name", "email", "department", "title", "manager", "employee_id",
        "status", "last_sign_in", "end_date", "active_seats", "cost_centre", "division");

    private static final String SQL = "select p.display_name, p.email, p.department, p.job_title, p.manager,"
        + " p.employee_id, p.status, p.last_sign_in, p.end_date,"
        + " (select count(*) from assignment a where a.person_id = p.id and a.revoked_at is null),"
        + " p.cost_centre, p.division from person p order by p.name_key, p.id";

    private final Transactions tx;

    public PeopleCsvExport(Transactions tx) {
        this.tx = tx;
    }

    public long write(Writer out, Progress progress) {
        return CsvQueryExport.write(tx, "select count(*) from person", SQL, HEADERS, r -> {
            Object[] c = Arrays.copyOf(r, r.length);
            c[6] = CsvQueryExport.word(r[6]);
            c[7] = SqlValues.date(r[7]);
            c[8] = SqlValues.date(r[8]);
            return Arrays.asList(c);
        }, out, progress);
    }
}
