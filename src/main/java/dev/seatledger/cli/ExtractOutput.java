package dev.seatledger.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.document.extract.ContractField;
import dev.seatledger.core.document.extract.Extraction;
import dev.seatledger.core.document.extract.FieldKeys;
import dev.seatledger.core.document.extract.Proposal;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How {@code extract} prints: JSON objects {"file", "fields": {name: {"value", "confidence", "source"}}} (plus
 * "derived": true for computed values, "alternative" when the rules and the AI disagree, "error" for an unreadable
 * file), or a text table per file.
 */
final class ExtractOutput {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** One file's outcome: its extraction, or the message saying why it could not be read. */
    record Result(String file, Extraction extraction, String error) {
    }

    private ExtractOutput() {
    }

    static void json(List<Result> results, double min, PrintWriter out) {
        ArrayNode all = JsonNodeFactory.instance.arrayNode();
        for (Result r : results) {
            ObjectNode doc = all.addObject();
            doc.put("file", r.file());
            ObjectNode fields = doc.putObject("fields");
            if (r.error() != null) {
                doc.put("error", r.error());
                continue;
            }
            for (ContractField f : ContractField.values()) {
                Optional<Proposal> p = r.extraction().get(f).filter(x -> x.confidence() >= min);
                p.ifPresent(x -> field(fields.putObject(FieldKeys.key(f)), x));
            }
        }
        try {
            out.println(JSON.writeValueAsString(all.size() == 1 ? all.get(0) : all));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void field(ObjectNode node, Proposal p) {
        value(node, p.value());
        node.put("confidence", BigDecimal.valueOf(p.confidence()).setScale(2, RoundingMode.HALF_UP));
        node.put("source", p.snippet());
        if (p.derived()) {
            node.put("derived", true);
        }
        if (p.alternative() != null) {
            ObjectNode alt = node.putObject("alternative");
            value(alt, p.alternative().value());
            alt.put("confidence", BigDecimal.valueOf(p.alternative().confidence()).setScale(2, RoundingMode.HALF_UP));
            alt.put("source", p.alternative().snippet());
        }
    }

    private static void value(ObjectNode node, Object v) {
        Object plain = FieldKeys.plain(v);
        if (plain instanceof Integer i) {
            node.put("value", i);
        } else if (plain instanceof Boolean b) {
            node.put("value", b);
        } else {
            node.put("value", String.valueOf(plain));
        }
    }

    static void text(List<Result> results, double min, PrintWriter out) {
        for (Result r : results) {
            out.println(r.file());
            if (r.error() != null) {
                out.println("  " + r.error());
                continue;
            }
            List<Proposal> shown = r.extraction().proposals().stream().filter(p -> p.confidence() >= min)
                .sorted(java.util.Comparator.comparing(Proposal::field)).toList();
            if (shown.isEmpty()) {
                out.println("  " + Messages.get("extract.nothing", r.file()));
            }
            for (Proposal p : shown) {
                out.println(String.format(Locale.ROOT, "  %-22s %-32s %3d%%  %s", Messages.get("extract.field." + p.field()),
                    p.displayValue() + (p.derived() ? " *" : ""), Math.round(p.confidence() * 100), "“" + p.snippet() + "”"));
                if (p.alternative() != null) {
                    out.println(String.format(Locale.ROOT, "  %-22s %-32s %3d%%  %s", "",
                        Messages.get("extract.cli.or", p.alternative().displayValue()),
                        Math.round(p.alternative().confidence() * 100), "“" + p.alternative().snippet() + "”"));
                }
            }
            out.println();
        }
    }
}
