package dev.seatledger.ui.importing;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.importing.CsvTable;
import dev.seatledger.core.importing.DirectoryPreset;
import dev.seatledger.core.importing.ImportIssue;
import dev.seatledger.core.importing.LicenseColumns;
import dev.seatledger.core.importing.LicenseImport;
import dev.seatledger.core.importing.PeopleImport;
import dev.seatledger.ui.common.ErrorText;
import dev.seatledger.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/** Import from a file: choose what it is, map columns, preview problems by row, then import all or only valid rows. */
public class ImportViewModel {
    /** What a file holds. */
    public enum Kind { SNIPEIT_LICENSES, CSV_LICENSES, ENTRA_PEOPLE, GOOGLE_PEOPLE, OKTA_PEOPLE, CSV_PEOPLE }

    private final LicenseImport licenses;
    private final PeopleImport people;
    private final TaskExecutor executor;
    private final ImportRun run;
    private final String currency;

    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(Kind.SNIPEIT_LICENSES);
    private final ObservableList<String> headers = FXCollections.observableArrayList();
    private final ObservableMap<String, String> mapping = FXCollections.observableMap(new LinkedHashMap<>());
    private final ObservableList<ImportIssue> issues = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final BooleanProperty skipInvalid = new SimpleBooleanProperty(false);
    private final BooleanProperty canImport = new SimpleBooleanProperty(false);
    private CsvTable table;
    private Object plan;

    public ImportViewModel(LicenseImport licenses, PeopleImport people, TaskExecutor executor, String currency) {
        this.licenses = licenses;
        this.people = people;
        this.executor = executor;
        this.run = new ImportRun(executor, "import.progress");
        this.currency = currency;
        kind.addListener((o, a, b) -> {
            resetMapping();
            preview();
        });
        skipInvalid.addListener((o, a, b) -> updateCanImport());
        run.importing().addListener((o, a, b) -> updateCanImport());
    }

    public void load(Path file) {
        executor.execute(() -> CsvTable.read(file), t -> {
            table = t;
            headers.setAll(t.headers());
            Kind recognised = recognise(t);
            if (recognised != kind.get()) {
                kind.set(recognised);
            } else {
                resetMapping();
                preview();
            }
        }, e -> summary.set(ErrorText.of(e)));
    }

    /** What the headers say the file is; the current choice when they say nothing. */
    private Kind recognise(CsvTable t) {
        if (t.has("Item Name")) {
            return Kind.SNIPEIT_LICENSES;
        } else if (t.has("userPrincipalName")) {
            return Kind.ENTRA_PEOPLE;
        } else if (t.has("Email Address [Required]")) {
            return Kind.GOOGLE_PEOPLE;
        } else if (t.has("Primary email")) {
            return Kind.OKTA_PEOPLE;
        } else if (t.has("email") && t.has("name") && !t.has("Product")) {
            return Kind.CSV_PEOPLE;
        } else if (LicenseColumns.guess(t.headers()).byField().containsKey("product")) {
            return Kind.CSV_LICENSES;
        }
        return kind.get();
    }

    private void resetMapping() {
        mapping.clear();
        if (table == null) {
            return;
        }
        if (kind.get() == Kind.SNIPEIT_LICENSES) {
            mapping.putAll(LicenseColumns.snipeIt().byField());
        } else if (kind.get() == Kind.CSV_LICENSES) {
            mapping.putAll(LicenseColumns.guess(table.headers()).byField());
        }
    }

    /** Re-validates every row with the current kind and mapping. */
    public void preview() {
        if (table == null) {
            return;
        }
        Kind k = kind.get();
        Map<String, String> map = Map.copyOf(mapping);
        executor.execute(() -> switch (k) {
            case SNIPEIT_LICENSES, CSV_LICENSES -> licenses.plan(table, new LicenseColumns(map), currency);
            case ENTRA_PEOPLE -> people.plan(table, DirectoryPreset.ENTRA);
            case GOOGLE_PEOPLE -> people.plan(table, DirectoryPreset.GOOGLE);
            case OKTA_PEOPLE -> people.plan(table, DirectoryPreset.OKTA);
            case CSV_PEOPLE -> people.plan(table, DirectoryPreset.CSV);
        }, p -> {
            plan = p;
            if (p instanceof LicenseImport.Plan lp) {
                issues.setAll(lp.issues());
                summary.set(Messages.get("import.preview.licenses", table.rows().size(), lp.licenses(), lp.checkouts(),
                    lp.duplicates(), lp.issues().size()));
            } else if (p instanceof PeopleImport.Plan pp) {
                issues.setAll(pp.issues());
                summary.set(Messages.get("import.preview.people", table.rows().size(), pp.rows().size(),
                    pp.issues().size()));
            }
            updateCanImport();
        }, e -> summary.set(ErrorText.of(e)));
    }

    private void updateCanImport() {
        canImport.set(plan != null && !run.importing().get() && (issues.isEmpty() || skipInvalid.get()));
    }

    /**
     * Writes the plan in the background with progress. {@link #cancelImport} stops it between rows and rolls the
     * whole import back; only the import itself decides whether it finished, so what the dialog says is what happened.
     */
    public void runImport(Runnable onDone) {
        Object p = plan;
        boolean skip = skipInvalid.get();
        run.start(watched -> p instanceof LicenseImport.Plan lp ? describe(licenses.apply(lp, skip, watched))
            : describe(people.apply((PeopleImport.Plan) p, skip, watched)), text -> text, onDone);
    }

    /** Asks the running import to stop; it rolls back and reports "Import cancelled; nothing was saved." */
    public void cancelImport() {
        run.cancel();
    }

    private static String describe(LicenseImport.Result r) {
        return Messages.get("import.done.licenses", r.licensesCreated(), r.productsCreated(), r.peopleCreated(),
            r.seatsAssigned());
    }

    private static String describe(PeopleImport.Result r) {
        return Messages.get("import.done.people", r.created(), r.updated(), r.unchanged());
    }

    public static List<String> fields() {
        return LicenseColumns.FIELDS;
    }

    public ObjectProperty<Kind> kindProperty() { return kind; }
    public ObservableList<String> headers() { return headers; }
    public ObservableMap<String, String> mapping() { return mapping; }
    public ObservableList<ImportIssue> issues() { return issues; }
    public StringProperty summaryProperty() { return summary; }
    public StringProperty resultProperty() { return run.result(); }
    public BooleanProperty skipInvalidProperty() { return skipInvalid; }
    public BooleanProperty canImportProperty() { return canImport; }
    public BooleanProperty importingProperty() { return run.importing(); }
    public DoubleProperty progressProperty() { return run.progress(); }
    public StringProperty statusProperty() { return run.status(); }
}
