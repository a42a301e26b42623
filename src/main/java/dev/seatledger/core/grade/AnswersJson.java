package dev.seatledger.core.grade;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/** Stores questionnaire answers as JSON text keyed by fact id; unknown ids in stored text are skipped. */
public final class AnswersJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AnswersJson() {
    }

    public static String write(Map<PostureFact, FactAnswer> answers) {
        ObjectNode root = MAPPER.createObjectNode();
        for (PostureFact f : PostureFact.values()) {
            FactAnswer a = answers.getOrDefault(f, FactAnswer.UNANSWERED);
            ObjectNode n = root.putObject(f.id());
            n.put("answer", a.answer().name().toLowerCase(Locale.ROOT));
            if (a.source() != null) {
                n.put("source", a.source());
            }
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Map<PostureFact, FactAnswer> read(String json) {
        Map<PostureFact, FactAnswer> out = new EnumMap<>(PostureFact.class);
        try {
            JsonNode root = MAPPER.readTree(json);
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                PostureFact.byId(e.getKey()).ifPresent(f -> Answer.parse(e.getValue().path("answer").asText(null))
                    .ifPresent(a -> out.put(f, new FactAnswer(a, e.getValue().path("source").asText(null)))));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored answers are not valid JSON", e);
        }
        return out;
    }
}
