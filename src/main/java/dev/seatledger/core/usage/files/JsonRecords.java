package dev.seatledger.core.usage.files;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.util.Set;

/**
 * The records of a JSON export, read one at a time with Jackson's streaming parser so a file of a million events is
 * never held whole: a top-level array of objects (Entra's download, Okta's console and API), an object holding
 * that array under {@code value} or {@code items} (Microsoft Graph, Google's Reports API), or one object per line.
 */
final class JsonRecords {
    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> WRAPPERS = Set.of("value", "items");

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64)
            .maxStringLength(1_000_000).maxNumberLength(100).build());
    }

    private JsonRecords() {
    }

    /** Receives one record and the line it starts on. */
    @FunctionalInterface
    interface RecordVisitor {
        void visit(int line, JsonNode record) throws IOException;
    }

    /** Reads every record; throws {@link com.fasterxml.jackson.core.JsonProcessingException} at the first bad one. */
    static void forEach(Reader text, RecordVisitor visitor) throws IOException {
        try (JsonParser p = MAPPER.getFactory().createParser(text)) {
            try {
                JsonToken t = p.nextToken();
                while (t != null) {
                    if (t == JsonToken.START_ARRAY) {
                        elements(p, visitor);
                    } else if (t == JsonToken.START_OBJECT) {
                        object(p, visitor);
                    } else {
                        throw new JsonParseException(p, "expected an array or objects");
                    }
                    t = p.nextToken();
                }
            } catch (JsonProcessingException e) {
                // a value over the limits has no location of its own: give it the parser's, to name the line
                throw e.getLocation() != null ? e : new JsonParseException(p, e.getOriginalMessage(), e);
            }
        }
    }

    private static void elements(JsonParser p, RecordVisitor visitor) throws IOException {
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t == null) {
                throw new JsonParseException(p, "the array is not closed");
            }
            int line = p.currentTokenLocation().getLineNr();
            JsonNode record = MAPPER.readTree(p);
            visitor.visit(line, record);
        }
    }

    /**
     * An object at the top: its records when it wraps an array under {@code value} or {@code items}, else the object is
     * a record itself (one object per line).
     */
    private static void object(JsonParser p, RecordVisitor visitor) throws IOException {
        int line = p.currentTokenLocation().getLineNr();
        ObjectNode self = MAPPER.createObjectNode();
        boolean wrapper = false;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            if (t != JsonToken.FIELD_NAME) {
                throw new JsonParseException(p, "the object is not closed");
            }
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (WRAPPERS.contains(name) && value == JsonToken.START_ARRAY) {
                wrapper = true;
                elements(p, visitor);
            } else if (value == null) {
                throw new JsonParseException(p, "the object is not closed");
            } else {
                self.set(name, MAPPER.readTree(p));
            }
        }
        if (!wrapper) {
            visitor.visit(line, self);
        }
    }
}
