package dev.seatledger.core.exporting;

import dev.seatledger.core.common.CancelledException;
import dev.seatledger.core.common.CsvSafe;
import dev.seatledger.core.common.Progress;
import dev.seatledger.core.common.Transactions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Streams the rows of one SQL query (plain JDBC, no ORM) to CSV, a batch at a time, so a large table exports without being held in
 * memory. Every cell goes through {@link CsvSafe}, so no cell can start a spreadsheet formula.
 */
final class CsvQueryExport {
    static final int BATCH = 5000;

    private CsvQueryExport() {
    }

    static long write(Transactions tx, String countSql, String sql, List<String> headers,
                      Function<Object[], List<Object>> cells, Writer out, Progress progress) {
        return tx.readSql(c -> {
            long total;
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(countSql)) {
                rs.next();
                total = rs.getLong(1);
            }
            long written = 0;
            try (Statement st = c.createStatement()) {
                st.setFetchSize(BATCH);
                CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                    .setHeader(headers.toArray(String[]::new)).get());
                try (ResultSet rs = st.executeQuery(sql)) {
                    Object[] row = new Object[rs.getMetaData().getColumnCount()];
                    while (rs.next()) {
                        for (int i = 0; i < row.length; i++) {
                            row[i] = rs.getObject(i + 1);
                        }
                        csv.printRecord(cells.apply(row.clone()).stream().map(CsvSafe::cell).toList());
                        written++;
                        if (written % BATCH == 0) {
                            progress.update(written, total);
                            if (progress.isCancelled()) {
                                throw new CancelledException();
                            }
                        }
                    }
                }
                progress.update(written, total);
                csv.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return written;
        });
    }

    /** An amount as a plain number with at least two decimals ("1250.00", "0.125"). */
    static String amount(Object value) {
        if (value == null) {
            return null;
        }
        BigDecimal v = value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
        BigDecimal stripped = v.stripTrailingZeros();
        return (stripped.scale() < 2 ? v.setScale(2, java.math.RoundingMode.UNNECESSARY) : stripped).toPlainString();
    }

    /** An enum name as files write it: "ONE_TIME" becomes "one_time". */
    static String word(Object value) {
        return value == null ? null : value.toString().toLowerCase(java.util.Locale.ROOT);
    }
}
