package dev.seatledger.ui.importing;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.importing.LicenseImport;
import dev.seatledger.core.importing.PeopleImport;
import dev.seatledger.core.usage.UsageImporter;
import dev.seatledger.ui.common.TaskExecutor;
import dev.seatledger.ui.shell.MainWindow;
import java.io.File;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;

/**
 * "Import" in the window's header: licenses or people from a CSV file (also offered on the empty catalog), and usage
 * evidence from sign-in logs and vendor exports; each file chosen, previewed in its dialog and written; what an import
 * added is then told to the views that show it.
 */
public class ImportFeature {
    private final LicenseImport licenses;
    private final PeopleImport people;
    private final UsageImporter usage;
    private final TaskExecutor executor;
    private final Supplier<String> baseCurrency;
    private MainWindow shell;
    private Consumer<String> imported = summary -> { };

    public ImportFeature(LicenseImport licenses, PeopleImport people, UsageImporter usage, TaskExecutor executor,
                         Supplier<String> baseCurrency) {
        this.licenses = licenses;
        this.people = people;
        this.usage = usage;
        this.executor = executor;
        this.baseCurrency = baseCurrency;
    }

    /** Adds the header menu; {@code imported} receives the summary of each import written. */
    public void install(MainWindow shell, Consumer<String> imported) {
        this.shell = shell;
        this.imported = imported;
        MenuItem csv = new MenuItem(Messages.get("import.menu.csv"));
        csv.setId("importCsvItem");
        csv.setOnAction(e -> chooseFile());
        MenuItem usageItem = new MenuItem(Messages.get("import.menu.usage"));
        usageItem.setId("importUsageItem");
        usageItem.setOnAction(e -> chooseUsageFile());
        MenuButton button = new MenuButton(Messages.get("import.menu"), null, csv, usageItem);
        button.setId("headerImportButton");
        button.getStyleClass().add("flat");
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

    /** Asks for a sign-in log or a vendor's user export, then shows the usage import dialog for it. */
    public void chooseUsageFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("usage.window.title"));
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(Messages.get("usage.window.files"),
            "*.csv", "*.json", "*.txt"), new FileChooser.ExtensionFilter("*", "*.*"));
        File file = chooser.showOpenDialog(shell.window());
        if (file == null) {
            return;
        }
        UsageImportViewModel vm = new UsageImportViewModel(usage, executor);
        vm.load(file.toPath());
        UsageImportDialog dialog = new UsageImportDialog(vm);
        dialog.initOwner(shell.window());
        dialog.showAndWait().ifPresent(imported);
    }
}
