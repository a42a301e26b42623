package dev.seatledger.core.recognition;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads knowledge files: an object with a {@code software} list of entries and, optionally, the word lists of
 * {@link Vocabulary}. A file with a mistake is refused whole, with a message naming the file, the entry and the field.
 */
final class KnowledgeReader {
    static final Set<String> FIELDS = Set.of("name", "publisher", "category", "website", "paid", "kind", "names",
        "bundleIds", "windows", "deb", "rpm", "sso", "partOf");
    private static final Set<String> TOP = Set.of("about", "sources", "parts", "software", "planWords", "componentWords",
        "editionWords", "vendorPrefixes");
    private static final Set<String> KINDS = Set.of("product", "free", "system", "runtime", "component");
    private static final ObjectMapper JSON = new ObjectMapper();

    private KnowledgeReader() {
    }

    /** What one file holds. */
    record Part(List<KnowledgeEntry> entries, List<String> parts, Vocabulary words) {
    }

    static Part read(InputStream in, String fileName) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            throw ValidationException.of("file", Messages.get("recognition.file.json", fileName,
                e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                e.getLocation() == null ? 0 : e.getLocation().getColumnNr(), e.getOriginalMessage()));
        }
        if (root == null || !root.isObject()) {
            throw ValidationException.of("file", Messages.get("recognition.file.shape", fileName));
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!TOP.contains(f)) {
                throw ValidationException.of("file", Messages.get("recognition.file.unknownField", fileName, f,
                    String.join(", ", TOP)));
            }
        }
        List<KnowledgeEntry> entries = new ArrayList<>();
        JsonNode list = root.path("software");
        if (!list.isMissingNode() && !list.isArray()) {
            throw ValidationException.of("file", Messages.get("recognition.file.shape", fileName));
        }
        int i = 0;
        for (JsonNode node : list) {
            i++;
            entries.add(entry(node, fileName, i));
        }
        Vocabulary words = new Vocabulary(words(root, "planWords", fileName), words(root, "componentWords", fileName),
            words(root, "editionWords", fileName), words(root, "vendorPrefixes", fileName));
        return new Part(entries, texts(root, "parts", fileName, 0, ""), words);
    }

    private static KnowledgeEntry entry(JsonNode n, String file, int index) {
        String label = n.path("name").isTextual() ? n.path("name").asText() : "?";
        if (!n.isObject()) {
            throw invalid(file, index, label, Messages.get("recognition.entry.object"));
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                throw invalid(file, index, label, Messages.get("recognition.entry.unknownField", f, String.join(", ",
                    FIELDS.stream().sorted().toList())));
            }
        }
        String name = text(n, "name", true, 120, file, index, label);
        String publisher = text(n, "publisher", true, 120, file, index, label);
        String category = text(n, "category", true, 60, file, index, label);
        String website = text(n, "website", false, 255, file, index, label);
        JsonNode paid = n.path("paid");
        if (!paid.isBoolean()) {
            throw invalid(file, index, label, Messages.get("recognition.entry.paid"));
        }
        String kind = text(n, "kind", false, 20, file, index, label);
        if (kind != null && !KINDS.contains(kind)) {
            throw invalid(file, index, label, Messages.get("recognition.entry.kind", kind, String.join(", ", KINDS)));
        }
        kind = kind != null ? kind : paid.asBoolean() ? KnowledgeEntry.PRODUCT : "free";
        return new KnowledgeEntry(name, publisher, category, website, paid.asBoolean(), kind,
            texts(n, "names", file, index, label), texts(n, "bundleIds", file, index, label),
            texts(n, "windows", file, index, label), texts(n, "deb", file, index, label),
            texts(n, "rpm", file, index, label), texts(n, "sso", file, index, label),
            texts(n, "partOf", file, index, label));
    }

    private static String text(JsonNode n, String field, boolean required, int max, String file, int index, String label) {
        JsonNode v = n.path(field);
        if (v.isMissingNode() || v.isNull() || v.isTextual() && v.asText().isBlank()) {
            if (required) {
                throw invalid(file, index, label, Messages.get("recognition.entry.missing", field));
            }
            return null;
        }
        if (!v.isTextual()) {
            throw invalid(file, index, label, Messages.get("recognition.entry.text", field));
        }
        String s = v.asText().strip();
        if (s.length() > max) {
            throw invalid(file, index, label, Messages.get("recognition.entry.tooLong", field, max));
        }
        return s;
    }

    private static List<String> texts(JsonNode n, String field, String file, int index, String label) {
        JsonNode v = n.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (v.isArray()) {
            for (JsonNode t : v) {
                if (!t.isTextual() || t.asText().isBlank()) {
                    out = null;
                    break;
                }
                out.add(t.asText().strip());
            }
        }
        if (out == null || !v.isArray()) {
            throw index == 0 ? ValidationException.of("file", Messages.get("recognition.file.list", file, field))
                : invalid(file, index, label, Messages.get("recognition.entry.list", field));
        }
        return out;
    }

    private static Set<String> words(JsonNode root, String field, String file) {
        Set<String> out = new LinkedHashSet<>();
        texts(root, field, file, 0, "").forEach(w -> out.add(w.toLowerCase(java.util.Locale.ROOT)));
        return out;
    }

    private static ValidationException invalid(String file, int index, String label, String problem) {
        return ValidationException.of("file", Messages.get("recognition.file.entry", file, index, label, problem));
    }
}
