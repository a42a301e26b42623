package dev.seatledger.ui.utilization;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.telemetry.AliasService;
import dev.seatledger.core.telemetry.SuggestedMatch;
import dev.seatledger.ui.common.TaskExecutor;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * "Accept all suggestions from N %": first a preview of the applications it would map and to which products, then
 * the accepting in one step, and one undo that takes the whole batch back (only the decisions still as it left
 * them). The undo stays offered until it is used or another batch is accepted.
 */
public class AcceptAllViewModel {
    static final int DEFAULT_PERCENT = 80;
    static final int LOWEST_PERCENT = 50;
    static final int HIGHEST_PERCENT = 100;

    private final AliasService aliases;
    private final TaskExecutor executor;
    private final WorkStatus status;
    private final Runnable onChange;
    private final IntegerProperty percent = new SimpleIntegerProperty(DEFAULT_PERCENT);
    private final ObjectProperty<AliasService.AcceptedBatch> lastBatch = new SimpleObjectProperty<>();
    private final BooleanBinding undoable = Bindings.isNotNull(lastBatch);

    AcceptAllViewModel(AliasService aliases, TaskExecutor executor, WorkStatus status, Runnable onChange) {
        this.aliases = aliases;
        this.executor = executor;
        this.status = status;
        this.onChange = onChange;
    }

    /** The suggestions at the chosen confidence or above, most devices first: what accepting would take. */
    public void preview(Consumer<Preview> shown) {
        int at = percent.get();
        executor.execute(() -> aliases.previewAcceptAll(at / 100.0), matches -> {
            if (matches.isEmpty()) {
                status.noticeProperty().set(Messages.get("util.acceptAll.none", at));
            } else {
                shown.accept(new Preview(at, matches));
            }
        }, status::fail);
    }

    /** Accepts the previewed suggestions that still stand; the batch is kept for {@link #undo}. */
    public void accept(Preview preview) {
        executor.execute(() -> aliases.acceptAll(preview.matches()), batch -> {
            lastBatch.set(batch);
            status.noticeProperty().set(Messages.get("util.acceptAll.done", batch.size()));
            onChange.run();
        }, status::fail);
    }

    /** Takes the last accepted batch back in one step. */
    public void undo() {
        AliasService.AcceptedBatch batch = lastBatch.get();
        if (batch == null) {
            return;
        }
        executor.execute(() -> aliases.undo(batch), undone -> {
            lastBatch.set(null);
            status.noticeProperty().set(Messages.get("util.acceptAll.undone", undone));
            onChange.run();
        }, status::fail);
    }

    public IntegerProperty percentProperty() { return percent; }
    public BooleanBinding undoableProperty() { return undoable; }

    /** What "accept all" would take at {@code percent}. */
    public record Preview(int percent, List<SuggestedMatch> matches) {
        public Preview {
            matches = List.copyOf(matches);
        }
    }
}
