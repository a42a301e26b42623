package dev.seatledger.core.document.extract;

import dev.seatledger.core.ai.AiUnavailableException;
import dev.seatledger.core.ai.ChatClient;
import dev.seatledger.core.document.extract.Proposal.Source;
import dev.seatledger.core.document.layout.DocumentLayout;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Proposes license terms from a contract: the built-in rules always; with an AI endpoint configured, the rules and
 * the AI are compared field by field. The same value from both is one proposal, surer than either (1 − (1 − r)(1 −
 * a)); different values make a proposal that carries the other as its alternative and stays under
 * {@link Proposal#SURE}, so the review starts it unticked and the person picks. A field only one side read is
 * proposed as that side read it. Any AI failure (unreachable, slow, refusing, malformed) keeps the rules' proposals,
 * and the reason is logged and shown; the key never is.
 */
public class ContractExtractor {
    private static final Logger LOG = LoggerFactory.getLogger(ContractExtractor.class);
    /** Ceiling for a value the rules and the AI disagree on: below {@link Proposal#SURE}, so it starts unticked. */
    static final double DISPUTED = 0.79;
    static final double AGREED_MAX = 0.99;

    private final ChatClient ai;

    public ContractExtractor(ChatClient ai) {
        this.ai = ai;
    }

    /** {@code secrets}: values that must never leave the machine (the license's key), redacted before the AI call. */
    public Extraction extract(String text, List<String> secrets) {
        return extract(DocumentLayout.ofText(text), secrets);
    }

    public Extraction extract(DocumentLayout layout, List<String> secrets) {
        Map<ContractField, Proposal> rules = new EnumMap<>(ContractField.class);
        for (Proposal p : ContractRules.propose(layout)) {
            rules.put(p.field(), p);
        }
        if (!ai.configured()) {
            return new Extraction(new ArrayList<>(rules.values()), false, "");
        }
        Map<ContractField, Proposal> fromAi;
        try {
            fromAi = AiContractReader.read(ai, Redactor.redact(layout.text(), secrets));
        } catch (AiUnavailableException e) {
            LOG.info("AI extraction unavailable, using the built-in rules: {}", e.getMessage());
            return new Extraction(new ArrayList<>(rules.values()), false, e.getMessage());
        }
        return new Extraction(compare(rules, fromAi), !fromAi.isEmpty(), "");
    }

    /** One proposal per field from both sides: agreement raises the confidence, disagreement keeps both. */
    static List<Proposal> compare(Map<ContractField, Proposal> rules, Map<ContractField, Proposal> fromAi) {
        List<Proposal> out = new ArrayList<>();
        for (ContractField f : ContractField.values()) {
            Proposal r = rules.get(f);
            Proposal a = fromAi.get(f);
            if (r != null && a != null && r.agrees(a)) {
                double c = Math.min(AGREED_MAX, 1 - (1 - r.confidence()) * (1 - a.confidence()));
                out.add(r.withConfidence(c).withSource(Source.BOTH));
            } else if (r != null && a != null) {
                Proposal first = a.confidence() > r.confidence() ? a : r;
                Proposal other = first == a ? r : a;
                out.add(first.withConfidence(Math.min(first.confidence(), DISPUTED)).withAlternative(other));
            } else if (r != null || a != null) {
                out.add(r != null ? r : a);
            }
        }
        return out;
    }
}
