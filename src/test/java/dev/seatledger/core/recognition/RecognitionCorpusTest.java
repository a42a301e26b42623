package dev.seatledger.core.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Recognition measured on a corpus of application names as machines and consoles write them
 * ({@code src/test/resources/recognition/corpus.csv}, sources in its README) against a catalog named in several
 * styles ({@code catalog.csv}): precision and recall of the automatic matches and of the top suggestion, printed,
 * and held to 98 % precision and 90 % recall for the automatic matches.
 */
class RecognitionCorpusTest {
    static final String HIDDEN = "(hidden)";

    record Row(String source, String name, String identifier, String publisher, String expected) {
        Observed observed() {
            return switch (source) {
                case "apps" -> Observed.macApp(name, identifier.isEmpty() ? null : identifier);
                case "programs" -> Observed.windowsProgram(name, publisher.isEmpty() ? null : publisher);
                case "deb" -> Observed.debPackage(name);
                case "rpm" -> Observed.rpmPackage(name);
                case "entra", "okta", "google" -> Observed.ssoApp(name);
                default -> throw new IllegalArgumentException("source " + source);
            };
        }

        boolean expectsProduct() {
            return !expected.isEmpty() && !expected.equals(HIDDEN);
        }
    }

    static RecognitionCatalog fixtureCatalog() throws IOException {
        List<CatalogProduct> products = new ArrayList<>();
        for (CSVRecord r : csv("catalog.csv")) {
            products.add(new CatalogProduct(products.size() + 1L, r.get("name"), r.get("publisher")));
        }
        return new RecognitionCatalog(products, Map.of());
    }

    static List<Row> corpus() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (CSVRecord r : csv("corpus.csv")) {
            rows.add(new Row(r.get("source"), r.get("name"), r.get("identifier"), r.get("publisher"), r.get("expected")));
        }
        return rows;
    }

    private static List<CSVRecord> csv(String name) throws IOException {
        try (Reader in = new InputStreamReader(RecognitionCorpusTest.class.getResourceAsStream("/recognition/" + name),
                StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    /** True and false matches counted against the expected products. */
    static final class Score {
        int truePositives;
        int falsePositives;
        int expected;

        void add(String expectedProduct, String got) {
            if (expectedProduct != null) {
                expected++;
            }
            if (got != null) {
                if (got.equals(expectedProduct)) {
                    truePositives++;
                } else {
                    falsePositives++;
                }
            }
        }

        double precision() {
            return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
        }

        double recall() {
            return expected == 0 ? 1 : (double) truePositives / expected;
        }

        String text() {
            return String.format(Locale.ROOT, "precision %.1f %% (%d of %d), recall %.1f %% (%d of %d)", precision() * 100,
                truePositives, truePositives + falsePositives, recall() * 100, truePositives, expected);
        }
    }

    @Test
    void automaticMatchesArePreciseAndFindMostProducts() throws IOException {
        SoftwareRecognizer recognizer = new SoftwareRecognizer(KnowledgeFiles.shipped().current(), fixtureCatalog());
        List<Row> rows = corpus();
        Score automatic = new Score();
        Score top = new Score();
        int hiddenExpected = 0;
        int hiddenRight = 0;
        int paidHidden = 0;
        List<String> misses = new ArrayList<>();
        List<Recognition> results = rows.stream().map(r -> recognizer.recognize(r.observed())).toList();
        long t0 = System.nanoTime();
        for (int pass = 0; pass < 20; pass++) {
            rows.forEach(r -> recognizer.recognize(r.observed()));
        }
        double micros = (System.nanoTime() - t0) / 1e3 / rows.size() / 20;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            Recognition r = results.get(i);
            String expected = row.expectsProduct() ? row.expected() : null;
            String auto = r.productId() == null ? null : r.productName();
            String best = auto != null ? auto : r.best() == null ? null : r.best().productName();
            automatic.add(expected, auto);
            top.add(expected, best);
            if (row.expected().equals(HIDDEN)) {
                hiddenExpected++;
                hiddenRight += r.hidden() ? 1 : 0;
            }
            if (expected != null && r.hidden()) {
                paidHidden++;
            }
            boolean wrongSuggestion = auto == null && best != null && !best.equals(expected);
            if (!java.util.Objects.equals(expected, auto) || row.expected().equals(HIDDEN) && !r.hidden() || wrongSuggestion) {
                misses.add(String.format(Locale.ROOT, "  %-8s %-60s expected %-38s got %s %s%s", row.source(), row.name(),
                    row.expected().isEmpty() ? "(none)" : row.expected(), r.kind().code(), auto == null ? "" : auto,
                    r.best() == null ? "" : " [suggests " + r.best().productName() + " " + r.best().confidence() + "]"));
            }
        }
        System.out.printf(Locale.ROOT, "Recognition corpus: %d names, %d expecting a product, %d expected hidden%n",
            rows.size(), automatic.expected, hiddenExpected);
        System.out.println("  automatic matches: " + automatic.text());
        System.out.println("  top suggestion:    " + top.text());
        System.out.printf(Locale.ROOT, "  hidden: %d of %d free/system names hidden; %d names expecting a product hidden%n",
            hiddenRight, hiddenExpected, paidHidden);
        System.out.printf(Locale.ROOT, "  %.1f microseconds per name%n", micros);
        System.out.println("Differences from the expected result:");
        misses.forEach(System.out::println);

        assertThat(rows).hasSizeGreaterThanOrEqualTo(300);
        assertThat(automatic.precision()).as("precision of automatic matches").isGreaterThanOrEqualTo(0.98);
        assertThat(automatic.recall()).as("recall of automatic matches").isGreaterThanOrEqualTo(0.90);
        assertThat(paidHidden).as("names of catalog products hidden as free software").isZero();
    }
}
