package dev.seatledger.core.telemetry;

import dev.seatledger.core.recognition.NameKeys;
import java.util.HashMap;
import java.util.Map;

/**
 * The keys of {@link TelemetryRecord#appKey()} for one import, each application name reduced once: a file of a
 * million rows names a few thousand applications, and the reduction is two regular expressions.
 */
final class AppKeys {
    private final Map<String, String> nameKeys = new HashMap<>();

    /** The same key as {@link TelemetryRecord#appKey()}. */
    String appKey(TelemetryRecord r) {
        String bundle = r.bundleId();
        return bundle != null && !bundle.isBlank() ? NameKeys.appKey(r.appName(), bundle) : nameKey(r.appName());
    }

    String nameKey(String name) {
        return nameKeys.computeIfAbsent(name, NameKeys::nameKey);
    }
}
