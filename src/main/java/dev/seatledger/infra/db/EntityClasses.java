package dev.seatledger.infra.db;

import dev.seatledger.core.catalog.Product;
import dev.seatledger.core.license.License;
import java.util.List;

/** Every mapped entity; Hibernate validates each against the migrated schema. */
final class EntityClasses {
    static final List<Class<?>> ALL = List.of(
        Product.class,
        License.class);

    private EntityClasses() {
    }
}
