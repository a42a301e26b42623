package dev.seatledger.ui.finance;

import java.util.function.Consumer;
import javafx.stage.Window;

/** "Renew…" on an agenda row: the Licenses feature's renew dialog, passed in by the composition root. */
@FunctionalInterface
public interface RenewAction {
    /** Opens the dialog for the license; {@code onRenewed} gets what was saved, in words. */
    void renew(long licenseId, String licenseName, Window owner, Consumer<String> onRenewed);
}
