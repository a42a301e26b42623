package dev.seatledger.ui.finance;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.Money;
import dev.seatledger.core.finance.FinanceQuery;
import dev.seatledger.core.finance.MissingRate;
import dev.seatledger.core.finance.SpendDashboard;
import dev.seatledger.ui.common.ErrorText;
import dev.seatledger.ui.common.TaskExecutor;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;

/** The spend dashboard: loads the figures in the base currency off the FX thread. */
public class SpendDashboardViewModel {
    private final FinanceQuery query;
    private final TaskExecutor executor;
    private final ObservableStringValue base;
    private final ObjectProperty<SpendDashboard> dashboard = new SimpleObjectProperty<>();
    private final StringProperty missingWarning = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final StringProperty error = new SimpleStringProperty("");
    private long generation;

    public SpendDashboardViewModel(FinanceQuery query, TaskExecutor executor, ObservableStringValue base) {
        this.query = query;
        this.executor = executor;
        this.base = base;
    }

    public void load() {
        load(query);
    }

    /** Loads from {@code source}: the Renewals tab passes shared reads when it loads its panes together. */
    public void load(FinanceQuery source) {
        long gen = ++generation;
        String currency = base.get();
        loading.set(true);
        executor.execute(() -> source.dashboard(currency), d -> {
            if (gen != generation) {
                return;
            }
            loading.set(false);
            dashboard.set(d);
            missingWarning.set(missingText(d.base(), d.missing()));
        }, t -> {
            loading.set(false);
            error.set(ErrorText.of(t));
        });
    }

    /** "Left out of totals: no exchange rate to EUR — ¥50,000 in 1 item; …", or empty when all converted. */
    public static String missingText(String base, java.util.List<MissingRate> missing) {
        if (missing.isEmpty()) {
            return "";
        }
        return Messages.get("finance.missing.title", base) + " — " + missing.stream()
            .map(m -> Messages.get("finance.missing.item", Money.format(m.amount(), m.currency()), m.count()))
            .collect(Collectors.joining("; "));
    }

    public String money(java.math.BigDecimal amount) {
        SpendDashboard d = dashboard.get();
        return d == null || amount == null ? "" : Money.format(amount, d.base());
    }

    public ObjectProperty<SpendDashboard> dashboardProperty() { return dashboard; }
    public StringProperty missingWarningProperty() { return missingWarning; }
    public BooleanProperty loadingProperty() { return loading; }
    public StringProperty errorProperty() { return error; }
}
