package dev.seatledger.core.catalog;

import dev.seatledger.core.common.Transactions;
import java.util.List;
import java.util.Locale;

/** Read side of the catalog: rows with license and seat totals, computed in SQL. */
public class CatalogQuery {
    private final Transactions tx;

    public CatalogQuery(Transactions tx) {
        this.tx = tx;
    }

    public List<ProductRow> list(CatalogFilter filter) {
        String search = filter.search() == null || filter.search().isBlank()
            ? null : "%" + filter.search().strip().toLowerCase(Locale.ROOT) + "%";
        return tx.read(session -> session.createNativeQuery("""
                select p.id, p.name, p.publisher, p.category, p.grade_letter, p.risk_level,
                       coalesce(l.cnt, 0), coalesce(l.seats, 0), case when p.archived_at is null then false else true end,
                       p.grade_summary
                from product p
                left join (select product_id, count(*) cnt,
                                  sum(case when seat_type = 'UNLIMITED' then 0 else seats_total end) seats
                           from license where archived_at is null group by product_id) l on l.product_id = p.id
                where (:archived = true or p.archived_at is null)
                  and (cast(:search as varchar) is null or lower(p.name) like :search or lower(p.publisher) like :search
                       or lower(coalesce(p.category, '')) like :search)
                  and (cast(:category as varchar) is null or p.category = :category)
                  and (cast(:grade as varchar) is null or p.grade_letter = :grade
                       or (:grade = '-' and p.grade_letter is null))
                order by lower(p.name)
                """, Object[].class)
            .setParameter("archived", filter.includeArchived())
            .setParameter("search", search)
            .setParameter("category", filter.category())
            .setParameter("grade", filter.grade())
            .getResultList()
            .stream()
            .map(CatalogQuery::toRow)
            .toList());
    }

    /** Live products for pickers, by name. */
    public List<ProductOption> options() {
        return tx.read(session -> session.createSelectionQuery(
                "select new dev.seatledger.core.catalog.ProductOption(p.id, p.name, p.publisher) from Product p "
                    + "where p.archivedAt is null order by lower(p.name)", ProductOption.class)
            .getResultList());
    }

    public List<String> categories() {
        return tx.read(session -> session.createSelectionQuery(
                "select distinct p.category from Product p where p.category is not null and p.archivedAt is null "
                    + "order by p.category", String.class)
            .getResultList());
    }

    public long countLive() {
        return tx.read(session -> session.createSelectionQuery(
                "select count(p) from Product p where p.archivedAt is null", Long.class)
            .getSingleResult());
    }

    private static ProductRow toRow(Object[] r) {
        return new ProductRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
            r[4] == null ? null : r[4].toString(), (String) r[5], ((Number) r[6]).longValue(), ((Number) r[7]).longValue(),
            (Boolean) r[8], (String) r[9]);
    }
}
