package dev.seatledger.core.telemetry;

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
        String k = bundle != null && !bundle.isBlank() ? AppAlias.key(bundle) : nameKey(r.appName());
        return k.length() > 255 ? k.substring(0, 255) : k;
    }

    String nameKey(String name) {
        return nameKeys.computeIfAbsent(name, AppAlias::nameKey);
    }
}
