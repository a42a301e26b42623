package dev.seatledger.core.document.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.seatledger.core.ai.AiUnavailableException;
import dev.seatledger.core.ai.ChatClient;
import dev.seatledger.core.common.Money;
import dev.seatledger.core.document.extract.Proposal.Source;
import dev.seatledger.core.license.BillingCycle;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Asks the AI endpoint for the contract terms as a fixed JSON schema and keeps only the fields that pass
 * validation (types, real dates, positive numbers, ISO currency, known billing cycle). The text it sends must
 * already be redacted.
 */
public final class AiContractReader {
    static final Map<ContractField, String> KEYS = Map.ofEntries(
        Map.entry(ContractField.VENDOR, "vendor"), Map.entry(ContractField.PRODUCT, "product"),
        Map.entry(ContractField.SEATS, "seats"), Map.entry(ContractField.START_DATE, "term_start"),
        Map.entry(ContractField.END_DATE, "term_end"), Map.entry(ContractField.RENEWAL_DATE, "renewal_date"),
        Map.entry(ContractField.NOTICE_DAYS, "notice_days"), Map.entry(ContractField.AUTO_RENEW, "auto_renew"),
        Map.entry(ContractField.TOTAL_PRICE, "total_price"), Map.entry(ContractField.PER_SEAT_PRICE, "per_seat_price"),
        Map.entry(ContractField.CURRENCY, "currency"), Map.entry(ContractField.BILLING_CYCLE, "billing_cycle"),
        Map.entry(ContractField.PO_NUMBER, "po_number"), Map.entry(ContractField.INVOICE_NUMBER, "invoice_number"));

    static final String SYSTEM = """
        You read software license contracts, order forms and invoices and report their commercial terms.
        Answer with one JSON object and nothing else, shaped as:
        {"fields": {"<name>": {"value": <value>, "snippet": "<the exact sentence the value comes from>", \
        "confidence": <0..1>}}}
        Names and value types: vendor (string), product (string), seats (integer), term_start (YYYY-MM-DD), \
        term_end (YYYY-MM-DD), renewal_date (YYYY-MM-DD), notice_days (integer days), auto_renew (boolean), \
        total_price (number), per_seat_price (number), currency (ISO 4217 code), \
        billing_cycle (MONTHLY, QUARTERLY, ANNUAL, BIENNIAL or ONE_TIME), po_number (string), invoice_number (string).
        Leave out any field the document does not state. Never invent values.""";

    /** Characters of contract text sent at most: long contracts state their terms early. */
    static final int MAX_CHARS = 60_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private AiContractReader() {
    }

    /** Valid AI proposals by field; throws when the endpoint fails or answers something that is not the schema. */
    public static Map<ContractField, Proposal> read(ChatClient ai, String redactedText) throws AiUnavailableException {
        String text = redactedText.length() > MAX_CHARS ? redactedText.substring(0, MAX_CHARS) : redactedText;
        String answer = ai.completeJson(SYSTEM, "Contract text:\n\"\"\"\n" + text + "\n\"\"\"");
        JsonNode root;
        try {
            root = JSON.readTree(stripFences(answer));
        } catch (java.io.IOException e) {
            throw new AiUnavailableException("The AI answer is not valid JSON", e);
        }
        if (root == null || !root.isObject()) {
            throw new AiUnavailableException("The AI answer is not a JSON object");
        }
        JsonNode fields = root.has("fields") ? root.get("fields") : root;
        if (!fields.isObject()) {
            throw new AiUnavailableException("The AI answer has no fields object");
        }
        String flat = redactedText.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        Map<ContractField, Proposal> out = new EnumMap<>(ContractField.class);
        for (Map.Entry<ContractField, String> e : KEYS.entrySet()) {
            JsonNode node = fields.get(e.getValue());
            if (node == null || node.isNull()) {
                continue;
            }
            JsonNode value = node.isObject() ? node.get("value") : node;
            Object v = value == null || value.isNull() ? null : validate(e.getKey(), value);
            if (v == null) {
                continue;
            }
            String snippet = node.isObject() && node.path("snippet").isTextual() ? node.get("snippet").asText() : "";
            double confidence = node.isObject() && node.path("confidence").isNumber()
                ? node.get("confidence").asDouble() : 0.6;
            if (!(confidence >= 0 && confidence <= 1)) {
                confidence = 0.6;
            }
            if (snippet.isBlank() || !flat.contains(snippet.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).strip())) {
                confidence = Math.min(confidence, 0.5);
            }
            out.put(e.getKey(), new Proposal(e.getKey(), v, snippet, confidence, Source.AI));
        }
        return out;
    }

    private static String stripFences(String s) {
        String t = s.strip();
        if (t.startsWith("```")) {
            t = t.replaceFirst("^```(?:json)?\\s*", "").replaceFirst("\\s*```$", "");
        }
        return t;
    }

    /** The typed value when it is valid for the field, otherwise null. */
    static Object validate(ContractField f, JsonNode v) {
        return switch (f) {
            case VENDOR, PRODUCT -> text(v, 120);
            case PO_NUMBER, INVOICE_NUMBER -> text(v, 64);
            case SEATS -> integer(v, 1, 10_000_000);
            case NOTICE_DAYS -> integer(v, 0, 365);
            case START_DATE, END_DATE, RENEWAL_DATE -> date(v);
            case AUTO_RENEW -> v.isBoolean() ? v.asBoolean() : null;
            case TOTAL_PRICE, PER_SEAT_PRICE -> amount(v);
            case CURRENCY -> {
                String c = v.isTextual() ? v.asText().strip().toUpperCase(Locale.ROOT) : null;
                yield c != null && Money.isIsoCurrency(c) ? c : null;
            }
            case BILLING_CYCLE -> {
                if (!v.isTextual()) {
                    yield null;
                }
                try {
                    BillingCycle c = BillingCycle.valueOf(v.asText().strip().toUpperCase(Locale.ROOT));
                    yield c == BillingCycle.CUSTOM ? null : c;
                } catch (IllegalArgumentException e) {
                    yield null;
                }
            }
        };
    }

    private static String text(JsonNode v, int max) {
        if (!v.isTextual()) {
            return null;
        }
        String s = v.asText().strip();
        return s.isEmpty() || s.length() > max ? null : s;
    }

    private static Integer integer(JsonNode v, int min, int max) {
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            return null;
        }
        int n = v.asInt();
        return n >= min && n <= max ? n : null;
    }

    private static LocalDate date(JsonNode v) {
        if (!v.isTextual()) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(v.asText().strip());
            return d.getYear() >= 1990 && d.getYear() <= 2200 ? d : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static BigDecimal amount(JsonNode v) {
        if (!v.isNumber()) {
            return null;
        }
        BigDecimal b = v.decimalValue();
        return b.signum() > 0 && b.compareTo(new BigDecimal("1000000000000")) < 0 ? b : null;
    }
}
