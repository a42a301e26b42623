package dev.seatledger.ui.finance;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.finance.AgendaRow;
import dev.seatledger.core.renewal.ReportFile;
import dev.seatledger.core.renewal.ReviewPack;
import dev.seatledger.core.renewal.ReviewPackPdf;
import dev.seatledger.core.renewal.ReviewPackQuery;
import java.nio.file.Path;
import javafx.beans.value.ObservableStringValue;
import javafx.stage.Window;

/**
 * What the agenda offers besides the review: "Renew…" on the selected row, and the review pack of every license
 * renewing or expiring in the next 90 days written as a PDF with progress.
 */
public class AgendaActions {
    private final AgendaViewModel agenda;
    private final ReviewPackQuery packs;
    private final RenewAction renew;
    private final ObservableStringValue base;
    private final ExportJob export;

    public AgendaActions(AgendaViewModel agenda, ReviewPackQuery packs, RenewAction renew, ObservableStringValue base,
                         ExportJob export) {
        this.agenda = agenda;
        this.packs = packs;
        this.renew = renew;
        this.base = base;
        this.export = export;
    }

    public boolean canRenew() {
        return renew != null;
    }

    public boolean canExportPack() {
        return packs != null;
    }

    /** Opens "Renew…" for the row's license; once renewed the agenda and the other panes read their figures again. */
    public void renew(AgendaRow row, Window owner) {
        renew.renew(row.licenseId(), row.displayName(), owner, message -> agenda.changed(message));
    }

    public void exportPack(Path target) {
        String currency = base.get();
        export.start(p -> {
            ReviewPack pack = packs.pack(currency, null, p);
            ReportFile.write(target, p, out -> new ReviewPackPdf().write(pack, out));
            return pack.items().size();
        }, n -> Messages.get("positions.pack.done", n, target.getFileName()));
    }

    public ExportJob export() {
        return export;
    }
}
