package dev.seatledger.core.document.extract;

import java.util.List;
import java.util.Optional;

/**
 * What was read from one contract: at most one proposal per field. {@code aiUsed} tells whether the AI endpoint
 * answered usefully; {@code aiProblem} says why it was not used (empty when not configured or when it was used).
 */
public record Extraction(List<Proposal> proposals, boolean aiUsed, String aiProblem) {

    public Extraction {
        proposals = List.copyOf(proposals);
        aiProblem = aiProblem == null ? "" : aiProblem;
    }

    public Optional<Proposal> get(ContractField field) {
        return proposals.stream().filter(p -> p.field() == field).findFirst();
    }

    public Optional<Object> value(ContractField field) {
        return get(field).map(Proposal::value);
    }
}
