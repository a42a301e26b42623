package dev.seatledger.core.document.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The committed contract corpus: each document of a batch with the terms its sidecar NAME.expected.json lists. */
public final class Corpus {
    public static final Path ROOT = Path.of("src/test/resources/contracts/corpus");

    /** A corpus document: its file and expected values by field key (String, Integer or Boolean). */
    public record Document(Path file, Map<String, Object> expected) {
        public String name() {
            return file.getFileName().toString();
        }
    }

    private Corpus() {
    }

    public static List<Document> batch(String batch) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(ROOT.resolve(batch))) {
            return files.filter(f -> !f.toString().endsWith(".json")).sorted().map(f -> {
                String n = f.getFileName().toString();
                Path sidecar = f.resolveSibling(n.substring(0, n.lastIndexOf('.')) + ".expected.json");
                try {
                    JsonNode node = json.readTree(sidecar.toFile());
                    Map<String, Object> expected = new LinkedHashMap<>();
                    node.fields().forEachRemaining(e -> expected.put(e.getKey(), e.getValue().isInt()
                        ? e.getValue().intValue() : e.getValue().isBoolean() ? e.getValue().booleanValue()
                        : e.getValue().asText()));
                    return new Document(f, expected);
                } catch (IOException e) {
                    throw new IllegalStateException(sidecar + ": " + e.getMessage(), e);
                }
            }).toList();
        }
    }
}
