package dev.seatledger.ui.finance;

import dev.seatledger.core.common.Amounts;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.Money;
import dev.seatledger.core.common.Preferences;
import dev.seatledger.core.common.ValidationException;
import dev.seatledger.core.finance.ExchangeRateService;
import dev.seatledger.core.finance.RateRow;
import dev.seatledger.ui.common.ErrorText;
import dev.seatledger.ui.common.TaskExecutor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/** The base currency (a preference) and the team's exchange-rate table (in the database). */
public class CurrenciesViewModel {
    public static final String DEFAULT_BASE = "EUR";

    private final ExchangeRateService rates;
    private final TaskExecutor executor;
    private final Preferences prefs;
    private final StringProperty base = new SimpleStringProperty();
    private final StringProperty baseInput = new SimpleStringProperty();
    private final ObservableList<RateRow> rows = FXCollections.observableArrayList();
    private final StringProperty withoutRate = new SimpleStringProperty("");
    private final StringProperty currency = new SimpleStringProperty("");
    private final StringProperty rate = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>();
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final StringProperty notice = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private Runnable onChange = () -> { };

    public CurrenciesViewModel(ExchangeRateService rates, TaskExecutor executor, Preferences prefs) {
        this.rates = rates;
        this.executor = executor;
        this.prefs = prefs;
        String b = prefs.get(Preferences.BASE_CURRENCY, DEFAULT_BASE);
        base.set(Money.isIsoCurrency(b) ? b : DEFAULT_BASE);
        baseInput.set(base.get());
    }

    /** Called after the base currency or a rate changed, so totals reload. */
    public void setOnChange(Runnable onChange) {
        this.onChange = onChange;
    }

    public void load() {
        String b = base.get();
        executor.execute(() -> new Loaded(rates.list(b), rates.currenciesWithoutRate(b)), l -> {
            rows.setAll(l.rows());
            withoutRate.set(l.without().isEmpty() ? Messages.get("finance.rates.allCovered")
                : Messages.get("finance.rates.without", String.join(", ", l.without())));
        }, this::fail);
    }

    public void saveBase() {
        String code = baseInput.get() == null ? "" : baseInput.get().strip().toUpperCase(Locale.ROOT);
        errors.clear();
        if (!Money.isIsoCurrency(code)) {
            errors.put("base", Messages.get("finance.rate.invalidCurrency", code));
            return;
        }
        prefs.put(Preferences.BASE_CURRENCY, code);
        baseInput.set(code);
        executor.run(prefs::save, () -> {
            base.set(code);
            notice.set(Messages.get("finance.base.saved", code));
            load();
            onChange.run();
        }, this::fail);
    }

    public void edit(RateRow row) {
        if (row != null) {
            currency.set(row.currency());
            rate.set(row.rate().toPlainString());
            asOf.set(row.asOf());
        }
    }

    public void saveRate() {
        errors.clear();
        BigDecimal value = Amounts.parse(rate.get()).orElse(null);
        if (value == null) {
            errors.put("rate", Messages.get("finance.rate.positive"));
            return;
        }
        String b = base.get();
        String c = currency.get();
        LocalDate d = asOf.get();
        executor.run(() -> rates.save(b, c, value, d), () -> {
            notice.set(Messages.get("finance.rate.saved", c.strip().toUpperCase(Locale.ROOT)));
            currency.set("");
            rate.set("");
            asOf.set(null);
            load();
            onChange.run();
        }, this::fail);
    }

    public void delete(RateRow row) {
        String b = base.get();
        executor.run(() -> rates.delete(b, row.currency()), () -> {
            load();
            onChange.run();
        }, this::fail);
    }

    private void fail(Throwable t) {
        if (t instanceof ValidationException v) {
            errors.putAll(v.byField());
            return;
        }
        error.set(ErrorText.of(t));
    }

    public StringProperty baseProperty() { return base; }
    public StringProperty baseInputProperty() { return baseInput; }
    public ObservableList<RateRow> rows() { return rows; }
    public StringProperty withoutRateProperty() { return withoutRate; }
    public StringProperty currencyProperty() { return currency; }
    public StringProperty rateProperty() { return rate; }
    public ObjectProperty<LocalDate> asOfProperty() { return asOf; }
    public ObservableMap<String, String> errors() { return errors; }
    public StringProperty noticeProperty() { return notice; }
    public StringProperty errorProperty() { return error; }

    private record Loaded(List<RateRow> rows, List<String> without) {
    }
}
