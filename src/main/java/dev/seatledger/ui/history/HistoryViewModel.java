package dev.seatledger.ui.history;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.history.HistoryQuery;
import dev.seatledger.core.history.HistoryRow;
import dev.seatledger.core.history.SubjectType;
import dev.seatledger.ui.common.ErrorText;
import dev.seatledger.ui.common.TaskExecutor;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The change history of one license, product or person: its latest entries, or why they could not be read. */
public class HistoryViewModel {
    public static final int LIMIT = 500;

    private final HistoryQuery query;
    private final TaskExecutor executor;
    private final SubjectType type;
    private final long id;
    private final ObservableList<HistoryRow> rows = FXCollections.observableArrayList();
    private final StringProperty emptyText = new SimpleStringProperty(Messages.get("license.history.empty"));

    public HistoryViewModel(HistoryQuery query, TaskExecutor executor, SubjectType type, long id) {
        this.query = query;
        this.executor = executor;
        this.type = type;
        this.id = id;
    }

    public void refresh() {
        executor.execute(() -> query.of(type, id, LIMIT), rows::setAll, t -> emptyText.set(ErrorText.of(t)));
    }

    /** A history entry's details, one change a line. */
    public String details(HistoryRow r) {
        return r.summary() == null ? null : r.summary().replace("; ", "\n");
    }

    public ObservableList<HistoryRow> rows() { return rows; }
    /** What the empty table says: no history yet, or the read's failure. */
    public StringProperty emptyTextProperty() { return emptyText; }
}
