package dev.seatledger.ui.finance;

import dev.seatledger.core.common.Preferences;
import dev.seatledger.core.finance.ExchangeRateService;
import dev.seatledger.core.finance.FinanceExports;
import dev.seatledger.core.finance.FinanceQuery;
import dev.seatledger.core.finance.RenewalReviewService;
import dev.seatledger.ui.common.TaskExecutor;
import dev.seatledger.ui.shell.MainWindow;
import dev.seatledger.ui.shell.Navigator;

/**
 * The Renewals tab, built when first opened, which reads its figures each time it is shown; its licenses open on
 * the Licenses tab.
 */
public class RenewalsFeature {
    private final FinanceQuery finance;
    private final RenewalReviewService reviews;
    private final ExchangeRateService rates;
    private final FinanceExports exports;
    private final TaskExecutor executor;
    private final Preferences prefs;
    private final RenewalTools tools;

    public RenewalsFeature(FinanceQuery finance, RenewalReviewService reviews, ExchangeRateService rates,
                           FinanceExports exports, TaskExecutor executor, Preferences prefs, RenewalTools tools) {
        this.tools = tools;
        this.finance = finance;
        this.reviews = reviews;
        this.rates = rates;
        this.exports = exports;
        this.executor = executor;
        this.prefs = prefs;
    }

    public void install(MainWindow shell, Navigator navigator) {
        shell.setRenewals(() -> {
            RenewalsSection renewals = new RenewalsSection(finance, reviews, rates, exports, executor, prefs,
                navigator::openLicense, tools);
            shell.onShown(renewals.root(), renewals::refresh);
            shell.setCommands(renewals.root(), renewals.commands());
            return renewals.root();
        });
    }
}
