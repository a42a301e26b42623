package dev.seatledger.core.importing;

import dev.seatledger.core.common.CancelledException;
import dev.seatledger.core.common.Progress;

/**
 * Counts the rows an import has written, reports about a hundred steps (not one per row), and stops the import
 * with {@link CancelledException} when the user cancelled, before the next row and before the commit.
 */
final class ImportProgress {
    private final Progress progress;
    private final long total;
    private final long step;
    private long done;

    ImportProgress(Progress progress, long total) {
        this.progress = progress;
        this.total = total;
        this.step = Math.max(1, total / 100);
        progress.update(0, total);
    }

    /** Called before each row. */
    void next() {
        if (progress.isCancelled()) {
            throw new CancelledException();
        }
        if (done > 0 && done % step == 0) {
            progress.update(done, total);
        }
        done++;
    }

    /** Called after the last row, before the transaction commits. */
    void finish() {
        progress.update(total, total);
        if (progress.isCancelled()) {
            throw new CancelledException();
        }
    }
}
