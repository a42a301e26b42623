package dev.seatledger.core.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;

/**
 * Observes catalog changes that move what else is matched to a product by its name: a product created, renamed,
 * archived or restored. Called in the transaction of the change, once it is flushed; throwing rolls it back. The
 * telemetry package registers the re-matching of installed applications here, so the catalog does not depend on it.
 */
@FunctionalInterface
public interface ProductHooks {
    ProductHooks NONE = (c, productIds) -> { };

    void changed(Connection c, Collection<Long> productIds) throws SQLException;
}
