package dev.seatledger.core.catalog;

import dev.seatledger.core.common.Transactions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Read side of the catalog: rows with license and seat totals, computed in SQL. */
public class CatalogQuery {
    private final Transactions tx;

    public CatalogQuery(Transactions tx) {
        this.tx = tx;
    }

    /**
     * The catalog rows in plain SQL (no ORM: the {@code catalog} command runs nothing else); each filter value is
     * bound once, in the one-row table {@code f}.
     */
    public List<ProductRow> list(CatalogFilter filter) {
        String search = filter.search() == null || filter.search().isBlank()
            ? null : "%" + filter.search().strip().toLowerCase(Locale.ROOT) + "%";
        return tx.readSql(c -> {
            try (PreparedStatement ps = c.prepareStatement(LIST)) {
                ps.setBoolean(1, filter.includeArchived());
                ps.setString(2, search);
                ps.setString(3, filter.category());
                ps.setString(4, filter.grade());
                List<ProductRow> rows = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new ProductRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getLong(7), rs.getLong(8), rs.getBoolean(9),
                            rs.getString(10)));
                    }
                }
                return rows;
            }
        });
    }

    private static final String LIST = """
        select p.id, p.name, p.publisher, p.category, p.grade_letter, p.risk_level,
               coalesce(l.cnt, 0), coalesce(l.seats, 0), case when p.archived_at is null then false else true end,
               p.grade_summary
        from (select cast(? as boolean) archived, cast(? as varchar) search, cast(? as varchar) category,
                     cast(? as varchar) grade) f
        cross join product p
        left join (select product_id, count(*) cnt,
                          sum(case when seat_type = 'UNLIMITED' then 0 else seats_total end) seats
                   from license where archived_at is null group by product_id) l on l.product_id = p.id
        where (f.archived = true or p.archived_at is null)
          and (f.search is null or lower(p.name) like f.search or lower(p.publisher) like f.search
               or lower(coalesce(p.category, '')) like f.search)
          and (f.category is null or p.category = f.category)
          and (f.grade is null or p.grade_letter = f.grade or (f.grade = '-' and p.grade_letter is null))
        order by lower(p.name)
        """;

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
}
