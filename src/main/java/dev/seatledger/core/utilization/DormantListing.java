package dev.seatledger.core.utilization;

import java.util.ArrayList;
import java.util.List;

/**
 * One listing of dormant seats (a filter and a sort) as a table pages through it. The first pages are read
 * sorted and cut in SQL. A page further down, where SQL would sort every dormant seat again for each page, reads
 * the order of all the listing's seats once (their ids) and then each page's rows by id, so scrolling on after
 * a jump costs one small read per page. Sorting by license with the view's summary has its own fast path and
 * always reads pages directly.
 */
public final class DormantListing {
    /** Pages starting at or after this row are cut from the listing's order. */
    public static final int ORDER_FROM_ROW = 1_000;

    private final UtilizationQuery query;
    private final DormancyFilter filter;
    private final DormantSort sort;
    private final boolean ascending;
    private final UtilizationSummary known;
    private final int orderFromRow;
    private long[] order;

    public DormantListing(UtilizationQuery query, DormancyFilter filter, DormantSort sort, boolean ascending,
                          UtilizationSummary known) {
        this(query, filter, sort, ascending, known, ORDER_FROM_ROW);
    }

    DormantListing(UtilizationQuery query, DormancyFilter filter, DormantSort sort, boolean ascending,
                   UtilizationSummary known, int orderFromRow) {
        this.query = query;
        this.filter = filter;
        this.sort = sort;
        this.ascending = ascending;
        this.known = known;
        this.orderFromRow = orderFromRow;
    }

    /** The rows from {@code offset}, at most {@code limit} of them. */
    public List<DormantSeat> page(int offset, int limit) {
        if (offset < orderFromRow || pagesFromSummary()) {
            return query.dormantPage(filter, sort, ascending, offset, limit, known);
        }
        long[] ids = order();
        List<Long> slice = new ArrayList<>(Math.max(0, Math.min(limit, ids.length - offset)));
        for (int i = offset; i < ids.length && i < offset + limit; i++) {
            slice.add(ids[i]);
        }
        return query.dormantRows(slice);
    }

    /**
     * Reads the listing's order now if pages past {@link #ORDER_FROM_ROW} would be cut from it, so a later jump
     * down the table finds it ready. Run away from the screen's thread while the first page is on show; a page
     * asked for meanwhile waits for this read instead of making its own.
     */
    public void prepareDeepPages(long rows) {
        if (rows > orderFromRow && !pagesFromSummary()) {
            order();
        }
    }

    /** Sorted by license with the view's summary, any page is read directly and no order is needed. */
    private boolean pagesFromSummary() {
        return sort == DormantSort.LICENSE && known != null;
    }

    private synchronized long[] order() {
        if (order == null) {
            order = query.dormantOrder(filter, sort, ascending);
        }
        return order;
    }
}
