package dev.seatledger.ui.license;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.Money;
import dev.seatledger.core.license.TermChange;
import dev.seatledger.core.license.TermService;
import dev.seatledger.ui.common.TaskExecutor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.stage.Window;

/**
 * Opens "Renew…" and "Add seats…" for a license, from its page or from a Renewals agenda row, and says what was saved
 * in words ({@link #renewed}, {@link #added}).
 */
public class TermDialogs {
    private final TermService terms;
    private final TaskExecutor executor;
    private final Clock clock;

    public TermDialogs(TermService terms, TaskExecutor executor, Clock clock) {
        this.terms = terms;
        this.executor = executor;
        this.clock = clock;
    }

    /**
     * Shows the dialog, filled as the proposal is read (a failure to read it shows in the dialog), and hands what was
     * saved, in words, to {@code onRenewed}.
     */
    public void renew(long licenseId, String licenseName, Window owner, Consumer<String> onRenewed) {
        RenewDialogViewModel vm = new RenewDialogViewModel(terms, executor, licenseId);
        RenewDialog dialog = new RenewDialog(vm, licenseName);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        vm.load();
        dialog.showAndWait().ifPresent(c -> onRenewed.accept(renewed(c)));
    }

    public void addSeats(long licenseId, String licenseName, Window owner, Consumer<String> onAdded) {
        AddSeatsDialogViewModel vm = new AddSeatsDialogViewModel(terms, executor, licenseId, LocalDate.now(clock));
        AddSeatsDialog dialog = new AddSeatsDialog(vm, licenseName);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.showAndWait().ifPresent(c -> onAdded.accept(added(c)));
    }

    static String renewed(TermChange c) {
        String text = Messages.get("termui.renew.done", c.termNo(),
            c.cost() == null ? "\u2014" : Money.format(c.cost(), c.currency()));
        return c.warnings().isEmpty() ? text : text + " \u2014 " + String.join(" ", c.warnings());
    }

    static String added(TermChange c) {
        return Messages.get("termui.addSeats.done", c.termNo(), Money.format(c.cost(), c.currency()));
    }
}
