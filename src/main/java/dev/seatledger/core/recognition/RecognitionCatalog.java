package dev.seatledger.core.recognition;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalog as recognition reads it: the products (archived ones too, for the aliases that name them), and the user's aliases (an alias key to a product, or to
 * nothing when the user chose to ignore the application). A few thousand rows at most, read once per use.
 */
public record RecognitionCatalog(List<CatalogProduct> products, Map<String, Long> aliases) {
    public RecognitionCatalog {
        products = List.copyOf(products);
        aliases = Collections.unmodifiableMap(new HashMap<>(aliases));
    }

    public static RecognitionCatalog load(Connection c) throws SQLException {
        List<CatalogProduct> products = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "select id, name, publisher, archived_at from product order by id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                products.add(new CatalogProduct(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4) == null));
            }
        }
        Map<String, Long> aliases = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select alias_key, product_id from app_alias");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long p = rs.getLong(2);
                Long product = rs.wasNull() ? null : p;
                aliases.put(rs.getString(1), product);
            }
        }
        return new RecognitionCatalog(products, aliases);
    }
}
