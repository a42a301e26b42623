package dev.seatledger.ui.compliance;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.Money;
import dev.seatledger.core.compliance.CompliancePdf;
import dev.seatledger.core.compliance.CompliancePosition;
import dev.seatledger.core.compliance.ComplianceQuery;
import dev.seatledger.core.compliance.ComplianceRow;
import dev.seatledger.core.exporting.PositionReports;
import dev.seatledger.core.renewal.ReportFile;
import dev.seatledger.ui.common.ErrorText;
import dev.seatledger.ui.common.TaskExecutor;
import dev.seatledger.ui.finance.ExportJob;
import dev.seatledger.ui.finance.SpendDashboardViewModel;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The compliance position: user and device rows compared, the concurrent, unlimited and unlicensed rows apart, totals
 * of exposure and shelfware in the base currency, and its CSV and PDF exports with progress.
 */
public class ComplianceViewModel {
    private final ComplianceQuery query;
    private final Supplier<String> base;
    private final TaskExecutor executor;
    private final ExportJob export;
    private final ObjectProperty<CompliancePosition> position = new SimpleObjectProperty<>();
    private final ObservableList<ComplianceRow> compared = FXCollections.observableArrayList();
    private final ObservableList<ComplianceRow> apart = FXCollections.observableArrayList();
    private final StringProperty totals = new SimpleStringProperty("");
    private final StringProperty asOf = new SimpleStringProperty("");
    private final StringProperty missingWarning = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final StringProperty error = new SimpleStringProperty("");
    private long generation;

    public ComplianceViewModel(ComplianceQuery query, Supplier<String> base, TaskExecutor executor) {
        this.query = query;
        this.base = base;
        this.executor = executor;
        this.export = new ExportJob(executor);
    }

    public void load() {
        long gen = ++generation;
        String currency = base.get();
        loading.set(true);
        executor.execute(() -> query.position(currency), p -> {
            if (gen != generation) {
                return;
            }
            loading.set(false);
            show(p);
        }, t -> {
            loading.set(false);
            error.set(ErrorText.of(t));
        });
    }

    private void show(CompliancePosition p) {
        position.set(p);
        compared.setAll(p.rows().stream().filter(r -> !r.apart()).toList());
        apart.setAll(p.rows().stream().filter(ComplianceRow::apart).toList());
        long shortRows = p.rows().stream().filter(r -> !r.apart() && r.shortfall() != null && r.shortfall() > 0).count();
        long shortSeats = p.rows().stream().filter(r -> !r.apart() && r.shortfall() != null)
            .mapToLong(ComplianceRow::shortfall).sum();
        long surplusSeats = p.rows().stream().filter(r -> r.surplus() != null).mapToLong(ComplianceRow::surplus).sum();
        totals.set(Messages.get("positions.compliance.totals", shortSeats, shortRows,
            Money.format(p.exposure(), p.baseCurrency()), surplusSeats, Money.format(p.shelfware(), p.baseCurrency())));
        asOf.set(Messages.get("compliance.pdf.subtitle", Messages.date(p.today()), Messages.date(p.cutoff()),
            p.baseCurrency()));
        missingWarning.set(SpendDashboardViewModel.missingText(p.baseCurrency(), p.missing()));
    }

    /** The position as CSV (a column per figure, amounts in the base currency), read again and written with progress. */
    public void exportCsv(Path target) {
        exportTo(target, (position, out) -> PositionReports.compliance(position)
            .writeCsv(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
    }

    public void exportPdf(Path target) {
        exportTo(target, new CompliancePdf()::write);
    }

    private void exportTo(Path target, BiConsumer<CompliancePosition, OutputStream> write) {
        String currency = base.get();
        export.start(p -> {
            p.update(0, 2);
            CompliancePosition now = query.position(currency);
            p.update(1, 2);
            ReportFile.write(target, p, out -> write.accept(now, out));
            return target;
        }, t -> Messages.get("positions.export.done", t.getFileName()));
    }

    /** An amount in the base currency, a dash when there is none. */
    public String money(java.math.BigDecimal amount) {
        CompliancePosition p = position.get();
        return amount == null || p == null ? "\u2014" : Money.format(amount, p.baseCurrency());
    }

    public ExportJob export() { return export; }
    public ObjectProperty<CompliancePosition> positionProperty() { return position; }
    public ObservableList<ComplianceRow> compared() { return compared; }
    public ObservableList<ComplianceRow> apart() { return apart; }
    public StringProperty totalsProperty() { return totals; }
    public StringProperty asOfProperty() { return asOf; }
    public StringProperty missingWarningProperty() { return missingWarning; }
    public BooleanProperty loadingProperty() { return loading; }
    public StringProperty errorProperty() { return error; }
}
