package dev.seatledger.core.telemetry;

import dev.seatledger.core.recognition.SoftwareRecognizer;
import dev.seatledger.core.catalog.ProductHooks;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Keeps {@code reported_app} true to the catalog and the knowledge base: after an alias or a product changes, every
 * reported application is recognized again (one row per application, not per installation, V19), and the seats of the
 * products that gained or lost applications take their usage from the new matches (ADR 0022, ADR 0040, ADR 0042).
 */
public final class InstalledProducts {
    /**
     * Whether the exact rule decides a {@code reported_app} row: an alias of its key or name key, or a live product
     * named as either. Where it decides, the stored product is {@link #RESOLVED}; recognition goes further only where
     * it does not.
     */
    public static final String EXACT = "(exists (select 1 from app_alias a where a.alias_key = reported_app.app_key"
        + " or a.alias_key = reported_app.name_key) or exists (select 1 from product p where p.archived_at is null"
        + " and (p.name_key = reported_app.app_key or p.name_key = reported_app.name_key)))";

    /**
     * {@link SoftwareRecognizer}'s first, exact steps in SQL, for one {@code reported_app} row: an alias of the
     * application key, an alias of its name key (an alias without a product ignores the application), a live product
     * named as the application key, then one named as the name key.
     */
    public static final String RESOLVED = "case"
        + " when exists (select 1 from app_alias a where a.alias_key = reported_app.app_key)"
        + " then (select a.product_id from app_alias a where a.alias_key = reported_app.app_key)"
        + " when exists (select 1 from app_alias a where a.alias_key = reported_app.name_key)"
        + " then (select a.product_id from app_alias a where a.alias_key = reported_app.name_key)"
        + " else coalesce((select min(p.id) from product p where p.name_key = reported_app.app_key and p.archived_at is null),"
        + " (select min(p.id) from product p where p.name_key = reported_app.name_key and p.archived_at is null)) end";

    private InstalledProducts() {
    }

    /** What the catalog calls when a product is created, renamed, archived or restored: the applications re-matched. */
    public static ProductHooks productHooks(dev.seatledger.core.recognition.RecognitionService recognition) {
        return (c, productIds) -> rematch(c, recognition.recognizer(c), productIds);
    }

    /**
     * Recognizes every reported application again; returns the number whose product changed. The seats of the
     * given products are refreshed too when anything changed, with those of every product an application moved
     * from or to.
     */
    public static int rematch(Connection c, SoftwareRecognizer recognizer, Collection<Long> productIds) throws SQLException {
        Set<Long> touched = new LinkedHashSet<>(productIds);
        List<DictionaryApp> changed = new ArrayList<>();
        int moved = 0;
        for (DictionaryApp a : DictionaryApp.readAll(c)) {
            Long before = a.product;
            if (a.apply(recognizer.recognize(a.observed()))) {
                changed.add(a);
            }
            if (!Objects.equals(before, a.product)) {
                touched.add(before);
                touched.add(a.product);
                moved++;
            }
        }
        DictionaryApp.update(c, changed);
        if (moved == 0) {
            return 0;
        }
        touched.remove(null);
        TelemetryLink.refreshProducts(c, touched);
        return moved;
    }
}
