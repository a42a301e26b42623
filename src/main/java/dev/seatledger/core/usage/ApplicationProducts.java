package dev.seatledger.core.usage;

import dev.seatledger.core.telemetry.AppAlias;
import dev.seatledger.core.telemetry.ProductMatch;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Which catalog product an application name in a usage file is (an Entra or Okta application, a Google OAuth app,
 * a Microsoft 365 product, a vendor's own product): the one place usage files match names to products. It applies the
 * telemetry import's rule ({@link ProductMatch}: aliases, then live product names, by the name and its reduced key).
 */
final class ApplicationProducts {
    private final ProductMatch match;

    private ApplicationProducts(ProductMatch match) {
        this.match = match;
    }

    static ApplicationProducts load(Connection c) throws SQLException {
        return new ApplicationProducts(ProductMatch.load(c));
    }

    /**
     * Other names vendors' products go by, tried when the name a file gives is not in the catalog: the exports name
     * their vendor's product by its short name.
     */
    private static final Map<String, List<String>> ALSO = Map.of(
        "zoom", List.of("Zoom Workplace", "Zoom Meetings", "Zoom One"),
        "slack", List.of("Slack Pro", "Slack Business+"),
        "google workspace", List.of("G Suite", "Google Workspace Business Standard"),
        "jira", List.of("Jira Software"));

    /** The product the name is, or null when no catalog product is. */
    Long productOf(String applicationName) {
        Long id = match.productOf(AppAlias.key(applicationName), AppAlias.nameKey(applicationName));
        for (String other : ALSO.getOrDefault(AppAlias.key(applicationName), List.of())) {
            id = id != null ? id : match.productOf(AppAlias.key(other), AppAlias.nameKey(other));
        }
        return id;
    }
}
