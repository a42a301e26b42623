package dev.seatledger.core.telemetry;

import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.catalog.ProductService;
import dev.seatledger.core.common.Transactions;

/** Maps discovered applications to catalog products, or adds them to the catalog in one step. */
public class AliasService {
    private final Transactions tx;
    private final ProductService products;

    public AliasService(Transactions tx, ProductService products) {
        this.tx = tx;
        this.products = products;
    }

    public void map(String appNameOrKey, long productId) {
        tx.run(session -> {
            String key = AppAlias.key(appNameOrKey);
            java.util.List<Long> before = session.createSelectionQuery(
                    "select a.productId from AppAlias a where a.aliasKey = :k", Long.class).setParameter("k", key).getResultList();
            session.createMutationQuery("delete from AppAlias a where a.aliasKey = :k").setParameter("k", key).executeUpdate();
            session.persist(new AppAlias(key, productId));
            session.flush();
            java.util.List<Long> concerned = new java.util.ArrayList<>(before);
            concerned.add(productId);
            // applications of this key matched by a product's name until now
            concerned.addAll(session.createNativeQuery("select distinct product_id from reported_app"
                    + " where (app_key = :k or name_key = :k) and product_id is not null", Long.class)
                .setParameter("k", key).getResultList());
            session.doWork(c -> InstalledProducts.rematch(c, concerned));
        });
    }

    /** Creates the product (name and publisher as typed) and maps the application to it. */
    public long addToCatalog(String appKey, String productName, String publisher, String category) {
        long id = products.create(new ProductDraft(productName, publisher, category, null, null));
        map(appKey, id);
        return id;
    }
}
