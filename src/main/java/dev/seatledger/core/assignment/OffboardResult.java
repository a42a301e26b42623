package dev.seatledger.core.assignment;

import java.util.List;

/** What offboarding freed: one line per revoked seat. */
public record OffboardResult(String personName, List<String> freedLicenses) {
}
