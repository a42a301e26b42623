package dev.seatledger.core.document.extract;

import dev.seatledger.core.ai.AiUnavailableException;
import dev.seatledger.core.ai.ChatClient;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Proposes license terms from contract text: the built-in rules always, and when an AI endpoint is configured its
 * valid fields take precedence; missing or invalid AI fields, failures and timeouts fall back to the rules.
 */
public class ContractExtractor {
    private static final Logger LOG = LoggerFactory.getLogger(ContractExtractor.class);

    private final ChatClient ai;

    public ContractExtractor(ChatClient ai) {
        this.ai = ai;
    }

    /** {@code secrets}: values that must never leave the machine (the license's key), redacted before the AI call. */
    public Extraction extract(String text, List<String> secrets) {
        Map<ContractField, Proposal> merged = new EnumMap<>(ContractField.class);
        for (Proposal p : ContractRules.propose(text)) {
            merged.put(p.field(), p);
        }
        if (!ai.configured()) {
            return new Extraction(new ArrayList<>(merged.values()), false, "");
        }
        try {
            Map<ContractField, Proposal> fromAi = AiContractReader.read(ai, Redactor.redact(text, secrets));
            merged.putAll(fromAi);
            return new Extraction(new ArrayList<>(merged.values()), !fromAi.isEmpty(), "");
        } catch (AiUnavailableException e) {
            LOG.info("AI extraction unavailable, using the built-in rules: {}", e.getMessage());
            return new Extraction(new ArrayList<>(merged.values()), false, e.getMessage());
        }
    }
}
