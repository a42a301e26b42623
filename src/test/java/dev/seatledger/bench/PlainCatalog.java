package dev.seatledger.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The plain side of {@link CliStart}: a JVM that opens the data folder's H2 file with JDBC alone, reads the catalog
 * with the same SQL as the {@code catalog} command and prints it as CSV (no quoting: the benchmark's names need none).
 */
public final class PlainCatalog {
    private PlainCatalog() {
    }

    public static void main(String[] args) throws Exception {
        String url = "jdbc:h2:file:" + Path.of(args[0]).resolve("seatledger").toAbsolutePath()
            + ";LOCK_TIMEOUT=5000;WRITE_DELAY=0;REUSE_SPACE=FALSE";
        StringBuilder out = new StringBuilder("name,publisher,category,grade,licenses,seats\n");
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("""
                 select p.name, p.publisher, p.category, p.grade_letter, coalesce(l.cnt, 0), coalesce(l.seats, 0)
                 from product p
                 left join (select product_id, count(*) cnt,
                                   sum(case when seat_type = 'UNLIMITED' then 0 else seats_total end) seats
                            from license where archived_at is null group by product_id) l on l.product_id = p.id
                 where p.archived_at is null
                 order by lower(p.name)""")) {
            while (rs.next()) {
                for (int i = 1; i <= 6; i++) {
                    String v = rs.getString(i);
                    out.append(v == null ? "" : v).append(i < 6 ? ',' : '\n');
                }
            }
        }
        System.out.print(out);
    }
}
