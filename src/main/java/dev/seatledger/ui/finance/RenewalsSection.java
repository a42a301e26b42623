package dev.seatledger.ui.finance;

import dev.seatledger.core.common.Preferences;
import dev.seatledger.core.finance.ExchangeRateService;
import dev.seatledger.core.finance.FinanceExports;
import dev.seatledger.core.finance.FinanceQuery;
import dev.seatledger.core.finance.RenewalReviewService;
import dev.seatledger.ui.common.Fxml;
import dev.seatledger.ui.common.TaskExecutor;
import java.util.function.LongConsumer;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The Renewals tab: spend dashboard, expiries agenda with the renewal review, calendar, and currencies, the four
 * panes in the tabs of RenewalsSection.fxml.
 */
public class RenewalsSection {
    private final Parent root;
    private final FinanceQuery query;
    private final CurrenciesViewModel currencies;
    private final SpendDashboardViewModel dashboard;
    private final AgendaViewModel agenda;
    private final CalendarViewModel calendar;
    private final LongConsumer openLicense;

    @FXML private TabPane tabs;
    @FXML private Tab financeDashboardTab;
    @FXML private Tab financeAgendaTab;
    @FXML private Tab financeCalendarTab;
    @FXML private Tab financeCurrenciesTab;

    public RenewalsSection(FinanceQuery query, RenewalReviewService reviews, ExchangeRateService rates,
                           FinanceExports exports, TaskExecutor executor, Preferences prefs, LongConsumer openLicense) {
        this.query = query;
        currencies = new CurrenciesViewModel(rates, executor, prefs);
        dashboard = new SpendDashboardViewModel(query, executor, currencies.baseProperty());
        agenda = new AgendaViewModel(query, reviews, exports, executor, currencies.baseProperty());
        calendar = new CalendarViewModel(query, executor, currencies.baseProperty());
        agenda.setOnChange(() -> {
            dashboard.load();
            calendar.load();
        });
        currencies.setOnChange(this::refreshFigures);
        this.openLicense = openLicense;
        this.root = Fxml.load(this);
    }

    @FXML
    private void initialize() {
        financeDashboardTab.setContent(new SpendDashboardView(dashboard, openLicense).root());
        financeAgendaTab.setContent(new AgendaView(agenda, openLicense).root());
        financeCalendarTab.setContent(new RenewalCalendarView(calendar, openLicense).root());
        ((ScrollPane) financeCurrenciesTab.getContent()).setContent(new CurrenciesView(currencies).root());
    }

    public Parent root() {
        return root;
    }

    /** Reloads every pane (when the tab is shown, and after licenses changed elsewhere). */
    public void refresh() {
        currencies.load();
        refreshFigures();
    }

    /** The three panes read the licenses, rates and dormant seats once between them. */
    private void refreshFigures() {
        FinanceQuery once = query.sharedReads();
        dashboard.load(once);
        agenda.load(once);
        calendar.load(once);
    }

    public void showAgenda() {
        tabs.getSelectionModel().select(financeAgendaTab);
    }

    public SpendDashboardViewModel dashboardViewModel() { return dashboard; }
    public AgendaViewModel agendaViewModel() { return agenda; }
    public CalendarViewModel calendarViewModel() { return calendar; }
    public CurrenciesViewModel currenciesViewModel() { return currencies; }
}
