package dev.seatledger.ui.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.ObservableListBase;

/**
 * A read-only list of {@code size} rows that fetches pages from the database only when a table shows
 * them. Rows not loaded yet are {@code null} (an empty-looking row) until their page arrives; a small
 * cache keeps the most recently used pages. Lets a 100,000-row table scroll without loading all rows.
 */
public final class PagedRowList<T> extends ObservableListBase<T> {
    /** Fetches rows [offset, offset + limit) off the FX thread. */
    @FunctionalInterface
    public interface PageLoader<T> {
        List<T> load(int offset, int limit);
    }

    private final TaskExecutor executor;
    private final int pageSize;
    private final int maxCachedPages;
    private final Map<Integer, List<T>> pages;
    private final Set<Integer> pending = new HashSet<>();
    private PageLoader<T> loader = (o, l) -> List.of();
    private int size;
    private long generation;

    public PagedRowList(TaskExecutor executor, int pageSize, int maxCachedPages) {
        this.executor = executor;
        this.pageSize = pageSize;
        this.maxCachedPages = maxCachedPages;
        this.pages = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, List<T>> eldest) {
                return size() > PagedRowList.this.maxCachedPages;
            }
        };
    }

    /** Replaces the contents: a new total and a new way to load pages (after a search or sort change). */
    public void reset(int newSize, PageLoader<T> newLoader) {
        generation++;
        pages.clear();
        pending.clear();
        int oldSize = size;
        beginChange();
        if (oldSize > 0) {
            nextRemove(0, Collections.nCopies(oldSize, null));
        }
        size = newSize;
        loader = newLoader;
        if (newSize > 0) {
            nextAdd(0, newSize);
        }
        endChange();
    }

    /** Supplies the first page along with the size so the table shows rows at once. */
    public void reset(int newSize, List<T> firstPage, PageLoader<T> newLoader) {
        reset(newSize, newLoader);
        if (!firstPage.isEmpty()) {
            pages.put(0, firstPage);
            fireLoaded(0, firstPage.size());
        }
    }

    @Override
    public T get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int page = index / pageSize;
        List<T> rows = pages.get(page);
        if (rows != null) {
            int i = index - page * pageSize;
            return i < rows.size() ? rows.get(i) : null;
        }
        request(page);
        rows = pages.get(page);
        return rows != null && index - page * pageSize < rows.size() ? rows.get(index - page * pageSize) : null;
    }

    public boolean isLoaded(int index) {
        return pages.containsKey(index / pageSize);
    }

    private void request(int page) {
        if (!pending.add(page)) {
            return;
        }
        long gen = generation;
        PageLoader<T> l = loader;
        int offset = page * pageSize;
        executor.execute(() -> l.load(offset, pageSize), rows -> {
            if (gen != generation) {
                return;
            }
            pending.remove(page);
            pages.put(page, new ArrayList<>(rows));
            fireLoaded(offset, Math.min(size, offset + pageSize) - offset);
        }, t -> pending.remove(page));
    }

    private void fireLoaded(int from, int count) {
        if (count <= 0 || inChange) {
            return;
        }
        inChange = true;
        try {
            beginChange();
            nextReplace(from, from + count, Collections.nCopies(count, null));
            endChange();
        } finally {
            inChange = false;
        }
    }

    private boolean inChange;

    @Override
    public int size() {
        return size;
    }
}
