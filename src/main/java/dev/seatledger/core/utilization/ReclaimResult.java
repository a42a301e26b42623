package dev.seatledger.core.utilization;

import java.util.List;
import java.util.Map;

/** What a bulk reclaim did: seats revoked, and seats that failed with the reason. */
public record ReclaimResult(int reclaimed, Map<Long, String> failures, List<String> freedLicenses) {
}
