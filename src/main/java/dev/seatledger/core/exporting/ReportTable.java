package dev.seatledger.core.exporting;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.seatledger.core.common.CsvSafe;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A report as columns and rows: written as CSV under readable headers (every cell formula-safe) or as JSON
 * objects under the column keys. Dates become ISO text; amounts stay numbers in JSON.
 */
public record ReportTable(List<String> keys, List<String> headers, List<List<Object>> rows) {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public void writeCsv(Writer out) {
        writeCsv(out, true);
    }

    /** Writes the rows as CSV, with the header line or without it (a later part of one file). */
    public void writeCsv(Writer out, boolean withHeader) {
        try {
            CSVFormat.Builder format = CSVFormat.DEFAULT.builder();
            if (withHeader) {
                format.setHeader(headers.toArray(String[]::new));
            }
            CSVPrinter csv = new CSVPrinter(out, format.get());
            for (List<Object> row : rows) {
                csv.printRecord(row.stream().map(v -> CsvSafe.cell(v instanceof BigDecimal b ? b.toPlainString() : v))
                    .toList());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows as objects keyed by column name, ready for JSON. */
    public List<Map<String, Object>> objects() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (List<Object> row : rows) {
            Map<String, Object> o = new LinkedHashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                o.put(keys.get(i), jsonValue(row.get(i)));
            }
            out.add(o);
        }
        return out;
    }

    static Object jsonValue(Object v) {
        return v instanceof TemporalAccessor || v instanceof Enum<?> ? v.toString() : v;
    }

    /** Writes any tree of maps, lists, strings, numbers and booleans as indented JSON. */
    public static void writeJson(Object tree, Writer out) {
        try {
            JSON.writeValue(new NonClosing(out), tree);
            out.write(System.lineSeparator());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class NonClosing extends java.io.FilterWriter {
        NonClosing(Writer w) {
            super(w);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
