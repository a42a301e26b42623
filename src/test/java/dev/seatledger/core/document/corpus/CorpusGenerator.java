package dev.seatledger.core.document.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Renders the corpus sources (src/test/corpus/BATCH/*.src) into the committed test documents
 * (src/test/resources/contracts/corpus/BATCH/NAME.pdf|docx|txt|eml) and their expected terms (NAME.expected.json).
 * Run after editing a source:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) dev.seatledger.core.document.corpus.CorpusGenerator}
 */
public final class CorpusGenerator {
    private static final List<String> NUMBERS = List.of("seats", "notice_days");

    private CorpusGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path sources = Path.of(args.length > 0 ? args[0] : "src/test/corpus");
        Path target = Path.of(args.length > 1 ? args[1] : "src/test/resources/contracts/corpus");
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        boolean failed = false;
        try (Stream<Path> batches = Files.list(sources)) {
            for (Path batch : batches.filter(Files::isDirectory).sorted().toList()) {
                Path out = Files.createDirectories(target.resolve(batch.getFileName().toString()));
                try (Stream<Path> files = Files.list(batch)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".src")).sorted().toList()) {
                        CorpusSource src = CorpusSource.read(file);
                        Path doc = out.resolve(src.name() + "." + src.format());
                        try {
                            switch (src.format()) {
                                case "pdf" -> PdfCorpusWriter.write(src, doc);
                                case "docx" -> DocxCorpusWriter.write(src, doc);
                                case "eml" -> TextCorpusWriter.writeEml(src, doc);
                                default -> TextCorpusWriter.writeText(src, doc);
                            }
                        } catch (IllegalStateException e) {
                            System.err.println(file + ": " + e.getMessage());
                            failed = true;
                            continue;
                        }
                        json.writeValue(out.resolve(src.name() + ".expected.json").toFile(), expected(src));
                        System.out.println("wrote " + doc);
                    }
                }
            }
        }
        if (failed) {
            System.exit(1);
        }
    }

    private static Map<String, Object> expected(CorpusSource src) {
        Map<String, Object> out = new LinkedHashMap<>();
        src.expect().forEach((k, v) -> out.put(k, NUMBERS.contains(k) ? Integer.valueOf(v)
            : k.equals("auto_renew") ? Boolean.valueOf(v) : v));
        return out;
    }
}
