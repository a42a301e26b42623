package dev.seatledger.core.exporting;

import dev.seatledger.core.common.CancelledException;
import dev.seatledger.core.common.CsvSafe;
import dev.seatledger.core.common.Progress;
import dev.seatledger.core.common.Transactions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hibernate.ScrollMode;
import org.hibernate.ScrollableResults;
import org.hibernate.query.NativeQuery;

/**
 * Streams the rows of one native query to CSV, a batch at a time, so a large table exports without being held in
 * memory. Every cell goes through {@link CsvSafe}, so no cell can start a spreadsheet formula.
 */
final class CsvQueryExport {
    static final int BATCH = 5000;

    private CsvQueryExport() {
    }

    static long write(Transactions tx, String countSql, String sql, List<String> headers,
                      Function<Object[], List<Object>> cells, Writer out, Progress progress) {
        return tx.read(session -> {
            long total = ((Number) session.createNativeQuery(countSql, Object.class).getSingleResult()).longValue();
            long written = 0;
            try {
                CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                    .setHeader(headers.toArray(String[]::new)).get());
                NativeQuery<Object[]> q = session.createNativeQuery(sql, Object[].class);
                q.setFetchSize(BATCH);
                try (ScrollableResults<Object[]> rs = q.scroll(ScrollMode.FORWARD_ONLY)) {
                    while (rs.next()) {
                        csv.printRecord(cells.apply(rs.get()).stream().map(CsvSafe::cell).toList());
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
