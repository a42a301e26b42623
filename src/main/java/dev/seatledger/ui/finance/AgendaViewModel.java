package dev.seatledger.ui.finance;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.Money;
import dev.seatledger.core.finance.Agenda;
import dev.seatledger.core.finance.AgendaRow;
import dev.seatledger.core.finance.Decision;
import dev.seatledger.core.finance.FinanceExports;
import dev.seatledger.core.finance.FinanceQuery;
import dev.seatledger.core.finance.RenewalReviewService;
import dev.seatledger.ui.common.ErrorText;
import dev.seatledger.ui.common.TaskExecutor;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The expiries agenda with its decision filter, the renewal review of the selected row, and the exports. */
public class AgendaViewModel {
    private final FinanceQuery query;
    private final RenewalReviewService reviews;
    private final FinanceExports exports;
    private final TaskExecutor executor;
    private final ObservableStringValue base;

    private final ObjectProperty<Decision> filter = new SimpleObjectProperty<>();
    private final ObjectProperty<Agenda> agenda = new SimpleObjectProperty<>();
    private final ObservableList<AgendaRow> rows = FXCollections.observableArrayList();
    private final StringProperty totalText = new SimpleStringProperty("");
    private final StringProperty missingWarning = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final StringProperty notice = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private Runnable onChange = () -> { };
    private long generation;

    public AgendaViewModel(FinanceQuery query, RenewalReviewService reviews, FinanceExports exports,
                           TaskExecutor executor, ObservableStringValue base) {
        this.query = query;
        this.reviews = reviews;
        this.exports = exports;
        this.executor = executor;
        this.base = base;
        filter.addListener((o, a, b) -> load());
    }

    /** Called after a decision is saved, so the dashboard and calendar can reload. */
    public void setOnChange(Runnable onChange) {
        this.onChange = onChange;
    }

    public void load() {
        load(query);
    }

    /** Loads from {@code source}: the Renewals tab passes shared reads when it loads its panes together. */
    public void load(FinanceQuery source) {
        long gen = ++generation;
        String currency = base.get();
        Decision d = filter.get();
        loading.set(true);
        executor.execute(() -> source.agenda(currency, d), a -> {
            if (gen != generation) {
                return;
            }
            loading.set(false);
            agenda.set(a);
            rows.setAll(a.rows());
            totalText.set(Messages.get("finance.agenda.total", rows.size(), Money.format(a.totalBase(), a.base())));
            missingWarning.set(SpendDashboardViewModel.missingText(a.base(), a.missing()));
        }, this::fail);
    }

    /** Records the review of one license; the agenda reloads under the current filter. */
    public void saveReview(long licenseId, Decision decision, String targetSeats, String notes) {
        Integer target;
        String t = targetSeats == null ? "" : targetSeats.strip();
        try {
            target = t.isEmpty() ? null : Integer.valueOf(t);
        } catch (NumberFormatException e) {
            error.set(Messages.get("finance.review.seatsNumber"));
            return;
        }
        executor.run(() -> reviews.save(licenseId, decision, target, notes), () -> {
            notice.set(Messages.get("finance.review.saved"));
            load();
            onChange.run();
        }, this::fail);
    }

    /** A license of the agenda changed elsewhere (renewed): says so, reads the agenda and tells the other panes. */
    public void changed(String message) {
        notice.set(message);
        load();
        onChange.run();
    }

    public boolean overdue(AgendaRow r) {
        Agenda a = agenda.get();
        return a != null && r.overdue(a.today());
    }

    public LocalDate today() {
        Agenda a = agenda.get();
        return a == null ? query.today() : a.today();
    }

    public String baseCurrency() {
        return base.get();
    }

    public void exportCsv(Path file) {
        Agenda a = agenda.get();
        if (a == null) {
            return;
        }
        executor.run(() -> {
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                exports.csv(a, w);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, () -> notice.set(Messages.get("finance.export.done", file.getFileName())), this::fail);
    }

    public void exportPdf(Path file) {
        Agenda a = agenda.get();
        if (a == null) {
            return;
        }
        executor.run(() -> {
            try (OutputStream out = Files.newOutputStream(file)) {
                exports.pdf(a, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, () -> notice.set(Messages.get("finance.export.done", file.getFileName())), this::fail);
    }

    /** Every coming expiry and renewal date (not only the agenda's window) to an .ics file. */
    public void exportCalendar(Path file) {
        String currency = base.get();
        executor.run(() -> {
            LocalDate today = query.today();
            List<AgendaRow> dates = query.dates(currency, today, today.plusYears(2));
            try (OutputStream out = Files.newOutputStream(file)) {
                exports.calendar(dates, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, () -> notice.set(Messages.get("finance.export.done", file.getFileName())), this::fail);
    }

    private void fail(Throwable t) {
        loading.set(false);
        error.set(ErrorText.of(t));
    }

    public ObjectProperty<Decision> filterProperty() { return filter; }
    public ObjectProperty<Agenda> agendaProperty() { return agenda; }
    public ObservableList<AgendaRow> rows() { return rows; }
    public StringProperty totalTextProperty() { return totalText; }
    public StringProperty missingWarningProperty() { return missingWarning; }
    public BooleanProperty loadingProperty() { return loading; }
    public StringProperty noticeProperty() { return notice; }
    public StringProperty errorProperty() { return error; }
}
