package dev.seatledger.core.document.extract;

/** One recogniser's reading of a field: the value, how sure it is, the text it came from, whether it was computed. */
record Candidate(ContractField field, Object value, double confidence, String snippet, boolean derived, int line) {
}
