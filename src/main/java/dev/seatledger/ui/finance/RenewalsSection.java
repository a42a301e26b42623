package dev.seatledger.ui.finance;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.Preferences;
import dev.seatledger.core.finance.ExchangeRateService;
import dev.seatledger.core.finance.FinanceExports;
import dev.seatledger.core.finance.FinanceQuery;
import dev.seatledger.core.finance.RenewalReviewService;
import dev.seatledger.ui.common.TaskExecutor;
import java.util.function.LongConsumer;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** The Renewals tab: spend dashboard, expiries agenda with the renewal review, calendar, and currencies. */
public class RenewalsSection {
    private final TabPane root = new TabPane();
    private final FinanceQuery query;
    private final CurrenciesViewModel currencies;
    private final SpendDashboardViewModel dashboard;
    private final AgendaViewModel agenda;
    private final CalendarViewModel calendar;
    private final Tab dashboardTab;
    private final Tab agendaTab;
    private final Tab calendarTab;
    private final Tab currenciesTab;

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

        root.getStyleClass().add("renewals-tabs");
        root.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        dashboardTab = tab("finance.tab.dashboard", new SpendDashboardView(dashboard, openLicense).root());
        agendaTab = tab("finance.tab.agenda", new AgendaView(agenda, openLicense).root());
        calendarTab = tab("finance.tab.calendar", new RenewalCalendarView(calendar, openLicense).root());
        ScrollPane currenciesPane = new ScrollPane(new CurrenciesView(currencies).root());
        currenciesPane.setFitToWidth(true);
        currenciesTab = tab("finance.tab.currencies", currenciesPane);
        root.getTabs().setAll(dashboardTab, agendaTab, calendarTab, currenciesTab);
        dashboardTab.setId("financeDashboardTab");
        agendaTab.setId("financeAgendaTab");
        calendarTab.setId("financeCalendarTab");
        currenciesTab.setId("financeCurrenciesTab");
    }

    private static Tab tab(String key, javafx.scene.Node content) {
        Tab t = new Tab(Messages.get(key), content);
        t.setClosable(false);
        return t;
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
        root.getSelectionModel().select(agendaTab);
    }

    public SpendDashboardViewModel dashboardViewModel() { return dashboard; }
    public AgendaViewModel agendaViewModel() { return agenda; }
    public CalendarViewModel calendarViewModel() { return calendar; }
    public CurrenciesViewModel currenciesViewModel() { return currencies; }
}
