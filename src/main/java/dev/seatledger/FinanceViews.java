package dev.seatledger;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.common.Preferences;
import dev.seatledger.ui.common.TaskExecutor;
import dev.seatledger.ui.finance.RenewalsSection;
import dev.seatledger.ui.license.LicensesSection;
import dev.seatledger.ui.shell.MainWindow;

/** Installs the Renewals tab (finance) into the shell; part of the composition root. */
public final class FinanceViews {
    private FinanceViews() {
    }

    /** The Renewals tab is built when first opened, and reads its figures each time it is shown. */
    public static void install(MainWindow shell, AppServices s, TaskExecutor executor, Preferences prefs,
                               LicensesSection licenses) {
        shell.setRenewals(() -> {
            RenewalsSection renewals = new RenewalsSection(s.finance(), s.renewalReviews(), s.exchangeRates(),
                s.financeExports(), executor, prefs, id -> {
                    shell.select(licenses.root());
                    licenses.openLicense(id);
                });
            shell.onShown(renewals.root(), renewals::refresh);
            return renewals.root();
        });
    }
}
