package dev.seatledger.core.usage;

/** What an import of usage evidence wrote: the plan, and the seats whose last use changed. */
public record UsageImportResult(UsagePlan plan, int seatsUpdated) {
}
