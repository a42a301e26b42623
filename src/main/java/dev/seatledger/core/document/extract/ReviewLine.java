package dev.seatledger.core.document.extract;

/** One row of the review table: a proposal beside the license's current value (as displayed). */
public record ReviewLine(Proposal proposal, String currentValue) {
    /** True when accepting would change nothing. */
    public boolean same() {
        return proposal.displayValue().equalsIgnoreCase(currentValue);
    }
}
