package dev.seatledger.core.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The renewals agenda: rows sorted by date, and the yearly cost of the licenses on it in the base
 * currency (each license once, however many of its dates are listed) with what had no rate.
 */
public record Agenda(String base, LocalDate today, LocalDate until, List<AgendaRow> rows, BigDecimal totalBase,
                     List<MissingRate> missing) {
}
