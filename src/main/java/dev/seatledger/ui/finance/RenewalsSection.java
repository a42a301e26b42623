package dev.seatledger.ui.finance;

import dev.seatledger.core.common.Preferences;
import dev.seatledger.core.finance.ExchangeRateService;
import dev.seatledger.core.finance.FinanceExports;
import dev.seatledger.core.finance.FinanceQuery;
import dev.seatledger.core.finance.RenewalReviewService;
import dev.seatledger.ui.common.Fxml;
import dev.seatledger.ui.common.TaskExecutor;
import dev.seatledger.ui.shell.ViewCommands;
import dev.seatledger.ui.shell.ViewExport;
import java.util.Optional;
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
    private final ShowbackViewModel showback;
    private final AgendaActions agendaActions;
    private AgendaView agendaView;
    private ShowbackView showbackView;
    private CurrenciesView currenciesView;

    @FXML private TabPane tabs;
    @FXML private Tab financeDashboardTab;
    @FXML private Tab financeAgendaTab;
    @FXML private Tab financeCalendarTab;
    @FXML private Tab financeCurrenciesTab;

    public RenewalsSection(FinanceQuery query, RenewalReviewService reviews, ExchangeRateService rates,
                           FinanceExports exports, TaskExecutor executor, Preferences prefs, LongConsumer openLicense) {
        this(query, reviews, rates, exports, executor, prefs, openLicense, RenewalTools.NONE);
    }

    /** With {@code tools}: showback on the dashboard, the 90 days' review pack and "Renew…" on the agenda. */
    public RenewalsSection(FinanceQuery query, RenewalReviewService reviews, ExchangeRateService rates,
                           FinanceExports exports, TaskExecutor executor, Preferences prefs, LongConsumer openLicense,
                           RenewalTools tools) {
        this.query = query;

        currencies = new CurrenciesViewModel(rates, executor, prefs);
        dashboard = new SpendDashboardViewModel(query, executor, currencies.baseProperty());
        agenda = new AgendaViewModel(query, reviews, exports, executor, currencies.baseProperty());
        calendar = new CalendarViewModel(query, executor, currencies.baseProperty());
        showback = tools.showback() == null ? null
            : new ShowbackViewModel(tools.showback(), executor, currencies.baseProperty());
        agendaActions = tools.packs() == null && tools.renew() == null ? null
            : new AgendaActions(agenda, tools.packs(), tools.renew(), currencies.baseProperty(), new ExportJob(executor));
        agenda.setOnChange(() -> {
            dashboard.load();
            calendar.load();
            loadShowback();
        });
        currencies.setOnChange(this::refreshFigures);
        this.openLicense = openLicense;
        this.root = Fxml.load(this);
    }

    @FXML
    private void initialize() {
        SpendDashboardView dashboardView = new SpendDashboardView(dashboard, openLicense);
        financeDashboardTab.setContent(dashboardView.root());
        if (showback != null) {
            showbackView = new ShowbackView(showback);
            dashboardView.setShowback(showbackView.root());
        }
        agendaView = new AgendaView(agenda, openLicense);
        financeAgendaTab.setContent(agendaView.root());
        if (agendaActions != null) {
            agendaView.setActions(agendaActions);
        }
        financeCalendarTab.setContent(new RenewalCalendarView(calendar, openLicense).root());
        currenciesView = new CurrenciesView(currencies);
        ((ScrollPane) financeCurrenciesTab.getContent()).setContent(currenciesView.root());
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
        loadShowback();
    }

    private void loadShowback() {
        if (showback != null) {
            showback.load();
        }
    }

    /**
     * The keyboard's commands: Ctrl/Cmd+F to the agenda's decision filters, Ctrl/Cmd+N a new exchange rate, Delete the
     * selected rate (Currencies tab), F5 reads every pane again; File ▸ Export… writes the showback on the dashboard,
     * else the agenda.
     */
    public ViewCommands commands() {
        return new ViewCommands() {
            @Override
            public boolean search() {
                showAgenda();
                agendaView.focusFilters();
                return true;
            }

            @Override
            public boolean add() {
                tabs.getSelectionModel().select(financeCurrenciesTab);
                currenciesView.focusNewRate();
                return true;
            }

            @Override
            public boolean delete() {
                return financeCurrenciesTab.isSelected() && currenciesView.deleteSelected();
            }

            @Override
            public boolean refresh() {
                RenewalsSection.this.refresh();
                return true;
            }

            @Override
            public Optional<ViewExport> export() {
                return Optional.of(financeDashboardTab.isSelected() && showbackView != null
                    ? showbackView.csvExport() : agendaView.csvExport());
            }
        };
    }

    public void showAgenda() {
        tabs.getSelectionModel().select(financeAgendaTab);
    }

    public SpendDashboardViewModel dashboardViewModel() { return dashboard; }
    public AgendaViewModel agendaViewModel() { return agenda; }
    public CalendarViewModel calendarViewModel() { return calendar; }
    public CurrenciesViewModel currenciesViewModel() { return currencies; }
    public ShowbackViewModel showbackViewModel() { return showback; }
    public AgendaActions agendaActions() { return agendaActions; }
}
