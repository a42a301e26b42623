package dev.seatledger.core.telemetry;

import dev.seatledger.core.recognition.NameKeys;
import dev.seatledger.core.recognition.Source;
import dev.seatledger.core.recognition.SoftwareRecognizer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The applications telemetry has reported (table {@code reported_app}, V19), read whole at the start of an import:
 * each application's name and recognition once, and the number of devices that have it installed. The importer asks
 * for an application's id by its key; an application not seen before is recognized and added, one renamed by this
 * import takes the new name. At the end every application is recognized again ({@link #rematch}), a few thousand
 * names, so knowledge and catalog changes reach the ones this import did not report. Device counts change as the
 * import installs and removes applications and are written at its end.
 */
final class ReportedApps {
    private final Map<String, DictionaryApp> byKey = new HashMap<>();
    private final Map<Long, DictionaryApp> byId = new HashMap<>();
    private final Set<Long> touchedProducts = new LinkedHashSet<>();
    private final List<DictionaryApp> changed = new ArrayList<>();
    private final SoftwareRecognizer recognizer;
    private final Connection connection;

    private ReportedApps(Connection connection, SoftwareRecognizer recognizer) {
        this.connection = connection;
        this.recognizer = recognizer;
    }

    static ReportedApps load(Connection c, SoftwareRecognizer recognizer) throws SQLException {
        ReportedApps apps = new ReportedApps(c, recognizer);
        for (DictionaryApp a : DictionaryApp.readAll(c)) {
            apps.byKey.put(a.key, a);
            apps.byId.put(a.id, a);
        }
        return apps;
    }

    /** The application with this key under this name, added or renamed as needed. */
    DictionaryApp resolve(String appKey, String displayName, Source source, String publisher) throws SQLException {
        DictionaryApp a = byKey.get(appKey);
        if (a != null && a.name.equals(displayName) && (source == Source.OTHER || a.source == source)
                && (publisher == null || publisher.equals(a.publisher))) {
            return a;
        }
        if (a == null) {
            a = new DictionaryApp(0, appKey, displayName, NameKeys.nameKey(displayName), source, publisher);
            a.apply(recognizer.recognize(a.observed()));
            a.id = DictionaryApp.insert(connection, a);
            byKey.put(appKey, a);
            byId.put(a.id, a);
            return a;
        }
        a.name = displayName;
        a.nameKey = NameKeys.nameKey(displayName);
        a.source = source == Source.OTHER ? a.source : source;
        a.publisher = publisher != null ? publisher : a.publisher;
        a.renamed = true;
        return a;
    }

    DictionaryApp byId(long id) {
        return byId.get(id);
    }

    /** Recognizes every application again; those whose recognition changed are written by {@link #flush}. */
    void rematch() {
        for (DictionaryApp a : byId.values()) {
            Long before = a.product;
            if (a.apply(recognizer.recognize(a.observed())) || a.renamed) {
                changed.add(a);
            }
            if (!Objects.equals(before, a.product)) {
                touchedProducts.add(before);
                touchedProducts.add(a.product);
            }
        }
    }

    /** Products whose applications changed product in this import: their other holders' seats need refreshing. */
    Set<Long> touchedProducts() {
        Set<Long> out = new LinkedHashSet<>(touchedProducts);
        out.remove(null);
        return out;
    }

    /** Writes renamed and re-recognized applications and the device counts that changed. */
    void flush(Connection c) throws SQLException {
        DictionaryApp.update(c, changed);
        try (PreparedStatement count = c.prepareStatement("update reported_app set devices = devices + ? where id = ?")) {
            for (DictionaryApp a : byId.values()) {
                if (a.deviceDelta != 0) {
                    count.setInt(1, a.deviceDelta);
                    count.setLong(2, a.id);
                    count.addBatch();
                }
            }
            count.executeBatch();
        }
    }

    Collection<DictionaryApp> all() {
        return byId.values();
    }
}
