package dev.seatledger.ui.exporting;

import dev.seatledger.core.exporting.AssignmentCsvExport;
import dev.seatledger.core.exporting.LicenseCsvExport;
import dev.seatledger.core.exporting.PeopleCsvExport;
import dev.seatledger.ui.common.TaskExecutor;
import dev.seatledger.ui.finance.ExportJob;
import dev.seatledger.ui.shell.MainWindow;
import dev.seatledger.ui.shell.MenuCommand;
import dev.seatledger.ui.shell.ViewExport;
import java.nio.file.Path;
import java.util.Map;

/**
 * File ▸ Export…: the view on screen's own export (the file its export button writes), or, where it has none, the
 * chooser of the tables the command line exports.
 */
public class ExportFeature {
    private final LicenseCsvExport licenses;
    private final PeopleCsvExport people;
    private final AssignmentCsvExport assignments;
    private final TaskExecutor executor;
    private final SaveTarget target;

    public ExportFeature(LicenseCsvExport licenses, PeopleCsvExport people, AssignmentCsvExport assignments,
                         TaskExecutor executor, SaveTarget target) {
        this.licenses = licenses;
        this.people = people;
        this.assignments = assignments;
        this.executor = executor;
        this.target = target;
    }

    public void install(MainWindow shell) {
        shell.setMenuAction(MenuCommand.EXPORT, () -> export(shell));
    }

    private void export(MainWindow shell) {
        shell.viewExport().ifPresentOrElse(own -> save(shell, own), () -> {
            ExportViewModel vm = new ExportViewModel(Map.of(ExportKind.LICENSES, licenses::write,
                ExportKind.PEOPLE, people::write, ExportKind.ASSIGNMENTS, assignments::write), new ExportJob(executor));
            ExportDialog dialog = new ExportDialog(vm, target);
            dialog.initOwner(shell.window());
            dialog.show();
        });
    }

    private void save(MainWindow shell, ViewExport export) {
        Path file = target.ask(shell.window(), export);
        if (file != null) {
            export.write().accept(file);
        }
    }
}
