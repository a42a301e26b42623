package dev.seatledger.ui.finance;

import dev.seatledger.core.finance.AgendaRow;
import dev.seatledger.core.finance.FinanceQuery;
import dev.seatledger.ui.common.ErrorText;
import dev.seatledger.ui.common.TaskExecutor;
import java.time.YearMonth;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** One month of expiry and renewal dates. */
public class CalendarViewModel {
    private final FinanceQuery query;
    private final TaskExecutor executor;
    private final ObservableStringValue base;
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();
    private final ObservableList<AgendaRow> entries = FXCollections.observableArrayList();
    private final StringProperty error = new SimpleStringProperty("");
    private long generation;

    public CalendarViewModel(FinanceQuery query, TaskExecutor executor, ObservableStringValue base) {
        this.query = query;
        this.executor = executor;
        this.base = base;
        month.set(YearMonth.from(query.today()));
        month.addListener((o, a, b) -> load());
    }

    public void load() {
        load(query);
    }

    /** Loads from {@code source}: the Renewals tab passes shared reads when it loads its panes together. */
    public void load(FinanceQuery source) {
        long gen = ++generation;
        YearMonth m = month.get();
        String currency = base.get();
        executor.execute(() -> source.dates(currency, m.atDay(1), m.atEndOfMonth()), list -> {
            if (gen == generation) {
                entries.setAll(list);
            }
        }, t -> error.set(ErrorText.of(t)));
    }

    public java.time.LocalDate today() {
        return query.today();
    }

    public void previous() {
        month.set(month.get().minusMonths(1));
    }

    public void next() {
        month.set(month.get().plusMonths(1));
    }

    public void thisMonth() {
        month.set(YearMonth.from(query.today()));
    }

    public ObjectProperty<YearMonth> monthProperty() { return month; }
    public ObservableList<AgendaRow> entries() { return entries; }
    public StringProperty errorProperty() { return error; }
}
