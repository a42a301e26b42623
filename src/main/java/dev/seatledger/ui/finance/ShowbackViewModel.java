package dev.seatledger.ui.finance;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.Money;
import dev.seatledger.core.compliance.Showback;
import dev.seatledger.core.compliance.ShowbackGrouping;
import dev.seatledger.core.compliance.ShowbackQuery;
import dev.seatledger.core.exporting.PositionReports;
import dev.seatledger.ui.common.ErrorText;
import dev.seatledger.ui.common.TaskExecutor;
import dev.seatledger.ui.common.Labels;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Showback on the spend dashboard: the run-rate split by the seat holders' department or cost centre, the unallocated
 * share last, the card's top groups, and the CSV export (a column per figure, in the base currency with the rates).
 */
public class ShowbackViewModel {
    /** Groups named on the card; the table lists them all. */
    static final int TOP = 3;

    /** A line of the table: a group (or the unallocated share) with its seats, yearly cost and share of the run-rate. */
    public record Line(String name, long seats, BigDecimal yearlyCost, String share, boolean unallocated) {
    }

    private final ShowbackQuery query;
    private final TaskExecutor executor;
    private final ObservableStringValue base;
    private final ObjectProperty<ShowbackGrouping> grouping = new SimpleObjectProperty<>(ShowbackGrouping.DEPARTMENT);
    private final ObjectProperty<Showback> showback = new SimpleObjectProperty<>();
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final StringProperty top = new SimpleStringProperty("");
    private final StringProperty unallocated = new SimpleStringProperty("");
    private final StringProperty total = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final StringProperty notice = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private long generation;

    public ShowbackViewModel(ShowbackQuery query, TaskExecutor executor, ObservableStringValue base) {
        this.query = query;
        this.executor = executor;
        this.base = base;
        grouping.addListener((o, a, b) -> load());
    }

    public void load() {
        long gen = ++generation;
        String currency = base.get();
        ShowbackGrouping by = grouping.get();
        loading.set(true);
        executor.execute(() -> query.showback(currency, by), b -> {
            if (gen != generation) {
                return;
            }
            loading.set(false);
            show(b);
        }, t -> {
            loading.set(false);
            error.set(ErrorText.of(t));
        });
    }

    private void show(Showback b) {
        showback.set(b);
        List<Line> out = new ArrayList<>();
        for (Showback.ShowbackLine l : b.lines()) {
            out.add(new Line(name(b.grouping(), l.name()), l.seats(), l.yearlyCost(), share(l.yearlyCost(), b), false));
        }
        out.add(new Line(Messages.get("showback.unallocated"), b.unallocated().seats(), b.unallocated().yearlyCost(),
            share(b.unallocated().yearlyCost(), b), true));
        lines.setAll(out);
        top.set(b.lines().isEmpty() ? Messages.get("positions.showback.noneHeld") : b.lines().stream().limit(TOP)
            .map(l -> Messages.get("positions.showback.topLine", name(b.grouping(), l.name()),
                Money.format(l.yearlyCost(), b.baseCurrency()), share(l.yearlyCost(), b)))
            .collect(Collectors.joining("\n")));
        unallocated.set(Messages.get("positions.showback.unallocated", Money.format(b.unallocated().yearlyCost(),
            b.baseCurrency()), b.unallocated().seats()));
        total.set(Messages.get("positions.showback.total", Money.format(b.runRate(), b.baseCurrency()), b.licenses()));
    }

    static String name(ShowbackGrouping by, String name) {
        return name != null ? name
            : Messages.get(by == ShowbackGrouping.COST_CENTRE ? "showback.noCostCentre" : "showback.noDepartment");
    }

    private static String share(BigDecimal amount, Showback b) {
        return b.runRate().signum() == 0 ? "" : Labels.percent(amount.divide(b.runRate(), MathContext.DECIMAL64));
    }

    /** Writes the showback as shown (the current grouping) to a CSV file, off the FX thread. */
    public void exportCsv(Path file) {
        Showback b = showback.get();
        if (b == null) {
            return;
        }
        executor.run(() -> {
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                PositionReports.showback(b).writeCsv(w);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, () -> notice.set(Messages.get("finance.export.done", file.getFileName())), t -> error.set(ErrorText.of(t)));
    }

    public String money(BigDecimal amount) {
        Showback b = showback.get();
        return b == null || amount == null ? "" : Money.format(amount, b.baseCurrency());
    }

    public ObjectProperty<ShowbackGrouping> groupingProperty() { return grouping; }
    public ObjectProperty<Showback> showbackProperty() { return showback; }
    public ObservableList<Line> lines() { return lines; }
    public StringProperty topProperty() { return top; }
    public StringProperty unallocatedProperty() { return unallocated; }
    public StringProperty totalProperty() { return total; }
    public BooleanProperty loadingProperty() { return loading; }
    public StringProperty noticeProperty() { return notice; }
    public StringProperty errorProperty() { return error; }
}
