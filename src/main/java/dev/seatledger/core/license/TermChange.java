package dev.seatledger.core.license;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a renewal or an amendment recorded: the term concerned, the cost it adds (the prorated cost of an amendment,
 * the first year of a renewed term) in the term's currency, and remarks that do not block it.
 */
public record TermChange(long termId, int termNo, BigDecimal cost, String currency, List<String> warnings) {
}
