package dev.seatledger.core.telemetry;

/**
 * A reported application as {@code report applications} lists it: the name as reported, its bundle id or package
 * where known, the devices that have it installed, the matched product (or null), how it matched ({@code alias},
 * {@code name}, {@code knowledge}, {@code unknown} or {@code ignored}), the best suggestion and its confidence (0 to
 * 1) when nothing matched, what the knowledge base knows it as, and the reason in words.
 */
public record ApplicationRow(String name, String bundleId, String packageName, long devices, String product,
                             String match, String suggestion, Double confidence, String knownAs, String reason) {
}
