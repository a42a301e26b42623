package dev.seatledger.core.exporting;

import dev.seatledger.core.telemetry.ApplicationRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code report applications}: every reported application with its match, as CSV rows or JSON objects. */
public final class ApplicationsReport {
    private ApplicationsReport() {
    }

    public static ReportTable table(List<ApplicationRow> apps) {
        List<List<Object>> rows = new ArrayList<>();
        for (ApplicationRow a : apps) {
            rows.add(Arrays.asList(a.name(), a.bundleId(), a.packageName(), a.devices(), a.product(), a.match(),
                a.suggestion(), a.confidence(), a.knownAs(), a.reason()));
        }
        return new ReportTable(List.of("name", "bundleId", "package", "devices", "product", "match", "suggestion",
            "confidence", "knownAs", "reason"), List.of("Name", "Bundle id", "Package", "Devices", "Product", "Match",
            "Suggestion", "Confidence", "Known as", "Reason"), rows);
    }

    /**
     * An array of objects: {@code name}, {@code bundleId} or {@code package} where known, {@code devices},
     * {@code product} (or null), {@code match}, {@code suggestion} ({@code {product, confidence}} or null),
     * {@code knownAs} and {@code reason}.
     */
    public static List<Map<String, Object>> json(List<ApplicationRow> apps) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ApplicationRow a : apps) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("name", a.name());
            if (a.bundleId() != null) {
                o.put("bundleId", a.bundleId());
            }
            if (a.packageName() != null) {
                o.put("package", a.packageName());
            }
            o.put("devices", a.devices());
            o.put("product", a.product());
            o.put("match", a.match());
            Map<String, Object> suggestion = null;
            if (a.suggestion() != null) {
                suggestion = new LinkedHashMap<>();
                suggestion.put("product", a.suggestion());
                suggestion.put("confidence", a.confidence());
            }
            o.put("suggestion", suggestion);
            o.put("knownAs", a.knownAs());
            o.put("reason", a.reason());
            out.add(o);
        }
        return out;
    }
}
