package dev.seatledger.core.exporting;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.seatledger.core.utilization.DormancyFilter;
import dev.seatledger.core.utilization.DormantSeat;
import dev.seatledger.core.utilization.DormantSort;
import dev.seatledger.core.utilization.UtilizationQuery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every dormant seat, by license then holder, as CSV or as a JSON array of objects ({@code licenseId},
 * {@code product}, {@code license}, {@code holder}, {@code email}, {@code signal}, {@code source}, {@code evidence},
 * {@code lastUsed} as an ISO date or null, {@code yearlyCost}, {@code currency}). The seats are read a thousand at a
 * time in the order of the dormant-seats table, so a large inventory is never held whole.
 */
public class DormantSeatsReport {
    static final int PAGE = 1000;
    public static final List<String> KEYS = List.of("licenseId", "product", "license", "holder", "email", "signal",
        "source", "evidence", "lastUsed", "yearlyCost", "currency");
    private static final List<String> HEADERS = List.of("License ID", "Product", "License Name", "Holder", "Email",
        "Signal", "Source", "Evidence", "Last Used", "Yearly Cost", "Currency");

    private final UtilizationQuery utilization;

    public DormantSeatsReport(UtilizationQuery utilization) {
        this.utilization = utilization;
    }

    /** Writes the report; returns the number of seats. */
    public long write(Writer out, boolean json) {
        long[] order = utilization.dormantOrder(DormancyFilter.all(), DormantSort.LICENSE, true);
        try {
            JsonGenerator g = json ? new ObjectMapper().getFactory().createGenerator(new NonClosingWriter(out)) : null;
            if (g != null) {
                g.useDefaultPrettyPrinter();
                g.writeStartArray();
            }
            boolean header = true;
            for (int from = 0; from < order.length; from += PAGE) {
                List<Long> ids = new ArrayList<>();
                for (int i = from; i < Math.min(order.length, from + PAGE); i++) {
                    ids.add(order[i]);
                }
                List<List<Object>> rows = utilization.dormantRows(ids).stream().map(DormantSeatsReport::row).toList();
                if (g != null) {
                    for (List<Object> row : rows) {
                        g.writeObject(new ReportTable(KEYS, HEADERS, List.of(row)).objects().get(0));
                    }
                } else {
                    new ReportTable(KEYS, HEADERS, rows).writeCsv(out, header);
                    header = false;
                }
            }
            if (g != null) {
                g.writeEndArray();
                g.flush();
                out.write(System.lineSeparator());
            } else if (header) {
                new ReportTable(KEYS, HEADERS, List.of()).writeCsv(out, true);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return order.length;
    }

    private static List<Object> row(DormantSeat s) {
        return Arrays.asList(s.licenseId(), s.productName(), s.licenseName(), s.holder(), s.email(), s.signal(),
            s.source(), s.format() == null ? null : s.format().displayName(), s.lastActivity(),
            s.savesNothing() ? null : s.annualCost(), s.currency());
    }

    /** Leaves the caller's writer open when the generator closes. */
    private static final class NonClosingWriter extends java.io.FilterWriter {
        NonClosingWriter(Writer w) {
            super(w);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
