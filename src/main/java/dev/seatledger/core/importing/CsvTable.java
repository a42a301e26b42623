package dev.seatledger.core.importing;

import dev.seatledger.core.common.CsvProblem;
import dev.seatledger.core.common.FileProblem;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.TextFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as spreadsheets and admin consoles write it: UTF-8 with or without BOM or Windows-1252,
 * comma or semicolon delimited, quoted fields with newlines. Rows carry their spreadsheet row number.
 */
public record CsvTable(List<String> headers, List<Row> rows) {
    public static final long MAX_BYTES = 200L * 1024 * 1024;

    public record Row(int number, Map<String, String> values) {
        /**
         * The value under the first header (compared ignoring case and spaces) that is present, without the
         * apostrophe that formula-safe exports put before = + - @.
         */
        public String get(String... names) {
            for (String n : names) {
                String v = values.get(key(n));
                if (v != null && !v.isBlank()) {
                    return dev.seatledger.core.common.CsvSafe.unescape(v.strip());
                }
            }
            return null;
        }
    }

    /** A header as headers are compared: without byte-order mark, trimmed, lower case, single spaces. */
    public static String key(String header) {
        return dev.seatledger.core.common.HeaderKeys.key(header);
    }

    public boolean has(String header) {
        return headers.stream().anyMatch(h -> key(h).equals(key(header)));
    }

    /** Reads the file; a file that cannot be read or parsed is a {@link FileProblem} naming it and the problem. */
    public static CsvTable read(Path file) throws IOException {
        BufferedReader in;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new FileProblem(Messages.get("file.error.tooLarge", file), null);
            }
            in = TextFiles.open(file);
        } catch (IOException e) {
            throw FileProblem.reading(file, e);
        }
        try (in) {
            return parse(in);
        } catch (FileProblem e) {
            throw new FileProblem(file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw FileProblem.reading(file, e);
        }
    }

    public static CsvTable parse(String text) throws IOException {
        return parse(TextFiles.skipByteOrderMark(new StringReader(text)));
    }

    /**
     * The CSV dialect of a file whose header line is {@code first}: semicolon or tab delimited when the header has more
     * of those than commas, the first record as header, blank lines skipped, blank and repeated header names allowed.
     */
    public static CSVFormat format(String first) {
        return dev.seatledger.core.common.CsvDialect.sniffed(first);
    }

    /**
     * Parses rows as they are read. Each row keeps only its non-blank cells (a blank cell reads as absent either
     * way), under header keys computed once, and equal cell texts (departments, statuses, countries) are shared
     * between rows: a directory export of 120,000 people with thirty columns fits in the application's heap.
     */
    public static CsvTable parse(BufferedReader text) throws IOException {
        long[] line = {1};
        try (CSVParser p = format(TextFiles.firstLine(text)).parse(text)) {
            List<String> headers = new ArrayList<>(p.getHeaderNames());
            List<String> keys = new ArrayList<>();
            boolean[] firstOfKey = new boolean[headers.size()];
            for (int i = 0; i < headers.size(); i++) {
                String k = key(headers.get(i));
                firstOfKey[i] = !keys.contains(k);
                keys.add(k);
            }
            Map<String, String> shared = new HashMap<>();
            List<Row> rows = new ArrayList<>();
            int number = 1;
            for (CSVRecord r : p) {
                number++;
                line[0] = p.getCurrentLineNumber();
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < headers.size() && i < r.size(); i++) {
                    String v = r.get(i);
                    if (firstOfKey[i] && v != null && !v.isBlank()) {
                        values.put(keys.get(i), shared.computeIfAbsent(v.replace("\r\n", "\n"), x -> x));
                    }
                }
                if (values.isEmpty()) {
                    continue;
                }
                rows.add(new Row(number, Map.copyOf(values)));
            }
            return new CsvTable(headers, rows);
        } catch (java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            if (e.getCause() instanceof java.nio.charset.CharacterCodingException coding) {
                throw coding;
            }
            throw new FileProblem(CsvProblem.describe(e, line[0] + 1), e);
        }
    }
}
