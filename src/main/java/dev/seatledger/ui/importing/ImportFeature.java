package dev.seatledger.ui.importing;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.importing.LicenseImport;
import dev.seatledger.core.importing.PeopleImport;
import dev.seatledger.ui.common.TaskExecutor;
import dev.seatledger.ui.shell.MainWindow;
import java.io.File;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.stage.FileChooser;

/**
 * "Import…" in the window's header (and on the empty catalog): a CSV file chosen, previewed in the import dialog,
 * and written; what the import added is then told to the views that show it.
 */
public class ImportFeature {
    private final LicenseImport licenses;
    private final PeopleImport people;
    private final TaskExecutor executor;
    private final Supplier<String> baseCurrency;
    private MainWindow shell;
    private Consumer<String> imported = summary -> { };

    public ImportFeature(LicenseImport licenses, PeopleImport people, TaskExecutor executor,
                         Supplier<String> baseCurrency) {
        this.licenses = licenses;
        this.people = people;
        this.executor = executor;
        this.baseCurrency = baseCurrency;
    }

    /** Adds the header button; {@code imported} receives the summary of each import written. */
    public void install(MainWindow shell, Consumer<String> imported) {
        this.shell = shell;
        this.imported = imported;
        Button button = new Button(Messages.get("import.button"));
        button.setId("headerImportButton");
        button.getStyleClass().add("flat");
        button.setOnAction(e -> chooseFile());
        shell.addHeaderAction(button);
    }

    /** Asks for a file, then shows the import dialog for it. */
    public void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("import.title"));
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV", "*.csv", "*.txt"),
            new FileChooser.ExtensionFilter("*", "*.*"));
        File file = chooser.showOpenDialog(shell.window());
        if (file == null) {
            return;
        }
        ImportViewModel vm = new ImportViewModel(licenses, people, executor, baseCurrency.get());
        ImportDialog dialog = new ImportDialog(vm);
        dialog.initOwner(shell.window());
        vm.load(file.toPath());
        dialog.showAndWait().ifPresent(imported);
    }
}
