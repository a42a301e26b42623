package dev.seatledger.core.grade;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.seatledger.core.ai.AiUnavailableException;
import dev.seatledger.core.ai.ChatClient;
import dev.seatledger.core.common.Messages;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Asks the AI endpoint to propose questionnaire answers from public knowledge of a product. The prompt holds
 * only the product name, publisher and website. The answer is validated strictly: unknown fact ids and
 * answers other than yes/no/unknown are dropped; an answer that is not the expected JSON object fails.
 */
final class GradeProposer {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ChatClient ai;

    GradeProposer(ChatClient ai) {
        this.ai = ai;
    }

    boolean configured() {
        return ai.configured();
    }

    Map<PostureFact, FactAnswer> propose(String name, String publisher, String website) throws AiUnavailableException {
        String answer = ai.completeJson(systemPrompt(), userPrompt(name, publisher, website));
        return parse(answer);
    }

    static String systemPrompt() {
        String facts = Arrays.stream(PostureFact.values())
            .map(f -> "- " + f.id() + ": " + f.question())
            .collect(Collectors.joining("\n"));
        return "You assess the security posture of software vendors from public information (trust centers, "
            + "security pages, certifications, breach reports). Answer each fact with yes, no or unknown; say "
            + "unknown when you are not sure. Give for each answer a short source (a URL or document name).\n"
            + "Facts:\n" + facts + "\n"
            + "Reply with one JSON object only, no prose: "
            + "{\"facts\":{\"<fact id>\":{\"answer\":\"yes|no|unknown\",\"source\":\"...\"}}}";
    }

    static String userPrompt(String name, String publisher, String website) {
        return "Product: " + name + "\nPublisher: " + publisher
            + (website == null ? "" : "\nWebsite: " + website);
    }

    static Map<PostureFact, FactAnswer> parse(String text) throws AiUnavailableException {
        JsonNode facts;
        try {
            facts = MAPPER.readTree(stripFence(text)).get("facts");
        } catch (JsonProcessingException | RuntimeException e) {
            throw new AiUnavailableException(Messages.get("grade.ai.invalid"), e);
        }
        if (facts == null || !facts.isObject()) {
            throw new AiUnavailableException(Messages.get("grade.ai.invalid"));
        }
        Map<PostureFact, FactAnswer> out = new EnumMap<>(PostureFact.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = facts.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode node = e.getValue();
            if (!node.isObject() || !node.path("answer").isTextual()) {
                continue;
            }
            String source = node.path("source").isTextual() ? node.path("source").asText() : null;
            if (source != null && source.length() > FactAnswer.SOURCE_MAX) {
                source = source.substring(0, FactAnswer.SOURCE_MAX);
            }
            String src = source;
            PostureFact.byId(e.getKey()).ifPresent(f -> Answer.parse(node.path("answer").asText())
                .ifPresent(a -> out.put(f, new FactAnswer(a, src))));
        }
        if (out.isEmpty()) {
            throw new AiUnavailableException(Messages.get("grade.ai.empty"));
        }
        return out;
    }

    private static String stripFence(String text) {
        if (text == null) {
            return "";
        }
        String t = text.strip();
        if (t.startsWith("```")) {
            int start = t.indexOf('\n');
            int end = t.lastIndexOf("```");
            if (start > 0 && end > start) {
                return t.substring(start + 1, end);
            }
        }
        return t;
    }
}
