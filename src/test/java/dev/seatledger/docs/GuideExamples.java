package dev.seatledger.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.seatledger.core.common.Amounts;
import dev.seatledger.core.common.HeaderKeys;
import dev.seatledger.core.importing.ImportValues;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * The examples of the user guide as commonmark reads them: fenced blocks whose info string is the language and the
 * import the example belongs to ({@code ```csv people}; a renderer shows only the language), and the
 * {@code seatledger} lines of its bash blocks.
 */
final class GuideExamples {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GuideExamples() {
    }

    /** One example file: its language (csv or json), the import it belongs to, its text. */
    record Example(String language, String kind, String text) {
        /** The data rows of a CSV example, the elements of a JSON array, or the lines of a JSON-lines example. */
        int rows() throws IOException {
            if (language.equals("csv")) {
                return Table.parse(text).rows().size();
            }
            return text.strip().startsWith("[") ? JSON.readTree(text).size() : jsonLines().size();
        }

        /** The applications a telemetry example reports: a row or array element each, an osquery snapshot's rows. */
        int telemetryRecords() throws IOException {
            if (language.equals("csv") || text.strip().startsWith("[")) {
                return rows();
            }
            int n = 0;
            for (JsonNode line : jsonLines()) {
                n += line.has("snapshot") ? line.get("snapshot").size() : 1;
            }
            return n;
        }

        /** The distinct values (ignoring case) of a CSV example's column. */
        long distinct(int column) throws IOException {
            return Table.parse(text).rows().stream().map(r -> r.get(column).toLowerCase(Locale.ROOT)).distinct().count();
        }

        private List<JsonNode> jsonLines() throws IOException {
            List<JsonNode> lines = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (!line.isBlank()) {
                    lines.add(JSON.readTree(line));
                }
            }
            return lines;
        }
    }

    /** A CSV text with its headers and rows of cells. */
    record Table(List<String> headers, List<List<String>> rows) {
        static Table parse(String text) throws IOException {
            try (CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(text))) {
                List<List<String>> rows = new ArrayList<>();
                for (CSVRecord r : p) {
                    rows.add(r.toList());
                }
                return new Table(List.copyOf(p.getHeaderNames()), rows);
            }
        }

        /** The index of a header, compared as the imports compare headers; -1 when absent. */
        int column(String header) {
            for (int i = 0; i < headers.size(); i++) {
                if (HeaderKeys.key(headers.get(i)).equals(HeaderKeys.key(header))) {
                    return i;
                }
            }
            return -1;
        }

        /** This table's row whose key columns hold the values of {@code other}'s row (ignoring case), or null. */
        List<String> find(Table other, List<String> row, String... keys) {
            return rows.stream().filter(mine -> Arrays.stream(keys).allMatch(k ->
                mine.get(column(k)).equalsIgnoreCase(row.get(other.column(k))))).findFirst().orElse(null);
        }
    }

    /**
     * Whether an exported cell says what the example's cell said: the same words (ignoring case, spaces, hyphens and
     * underscores), or the same amount, date or yes/no.
     */
    static boolean sameValue(String example, String exported) {
        String a = words(example);
        String b = words(exported);
        return a.equals(b) || same(example, exported, Amounts::parse)
            || same(example, exported, s -> quietly(ImportValues::date, s))
            || same(example, exported, s -> quietly(ImportValues::bool, s));
    }

    private static String words(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "_");
    }

    private static <T> boolean same(String a, String b, Function<String, Optional<T>> read) {
        Optional<T> x = read.apply(a);
        Optional<T> y = read.apply(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        return x.get() instanceof BigDecimal d ? d.compareTo((BigDecimal) y.get()) == 0 : x.equals(y);
    }

    private static <T> Optional<T> quietly(Function<String, Optional<T>> read, String s) {
        try {
            return read.apply(s);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The tagged csv and json blocks under a level-2 heading, in the guide's order. */
    static List<Example> read(Path guide, String section) throws IOException {
        List<Example> out = new ArrayList<>();
        boolean inside = false;
        for (Node n = document(guide).getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h && h.getLevel() <= 2) {
                inside = h.getLevel() == 2 && section.equals(text(h));
            } else if (inside && n instanceof FencedCodeBlock block) {
                String[] info = block.getInfo().strip().split("\\s+");
                if (info[0].equals("csv") || info[0].equals("json")) {
                    out.add(new Example(info[0], info.length > 1 ? info[1] : "", block.getLiteral()));
                }
            }
        }
        return out;
    }

    /** Every line of a bash block that runs {@code seatledger}. */
    static List<String> commands(Path guide) throws IOException {
        List<String> out = new ArrayList<>();
        for (Node n = document(guide).getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof FencedCodeBlock block && block.getInfo().strip().startsWith("bash")) {
                block.getLiteral().lines().map(String::strip).filter(l -> l.startsWith("seatledger ")).forEach(out::add);
            }
        }
        return out;
    }

    private static Node document(Path guide) throws IOException {
        return Parser.builder().build().parse(Files.readString(guide, StandardCharsets.UTF_8));
    }

    private static String text(Node node) {
        StringBuilder b = new StringBuilder();
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Text t) {
                b.append(t.getLiteral());
            } else if (c instanceof Code code) {
                b.append(code.getLiteral());
            } else {
                b.append(text(c));
            }
        }
        return b.toString();
    }
}
