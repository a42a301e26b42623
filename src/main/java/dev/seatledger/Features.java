package dev.seatledger;

import dev.seatledger.core.audit.VendorAudit;
import dev.seatledger.core.common.Preferences;
import dev.seatledger.core.compliance.ComplianceQuery;
import dev.seatledger.core.compliance.ShowbackQuery;
import dev.seatledger.core.exporting.AssignmentCsvExport;
import dev.seatledger.core.exporting.LicenseCsvExport;
import dev.seatledger.core.exporting.PeopleCsvExport;
import dev.seatledger.core.license.TermQuery;
import dev.seatledger.core.license.TermService;
import dev.seatledger.core.renewal.ReviewPackQuery;
import dev.seatledger.core.usage.UsageImporter;
import dev.seatledger.infra.ai.OpenAiChatClient;
import dev.seatledger.infra.crypto.AesGcmCipher;
import dev.seatledger.services.AppServices;
import dev.seatledger.ui.assignment.SeatsTab;
import dev.seatledger.ui.audit.AuditsTab;
import dev.seatledger.ui.catalog.CatalogFeature;
import dev.seatledger.ui.common.TaskExecutor;
import dev.seatledger.ui.document.DocumentOpener;
import dev.seatledger.ui.document.DocumentsTab;
import dev.seatledger.ui.document.NewLicenseFromContract;
import dev.seatledger.ui.compliance.ComplianceFeature;
import dev.seatledger.ui.exporting.ExportFeature;
import dev.seatledger.ui.exporting.SaveTarget;
import dev.seatledger.ui.finance.RenewalTools;
import dev.seatledger.ui.finance.RenewalsFeature;
import dev.seatledger.ui.grade.GradeDialogs;
import dev.seatledger.ui.grade.GradeOnLicensePage;
import dev.seatledger.ui.history.HistoryTab;
import dev.seatledger.ui.importing.ImportFeature;
import dev.seatledger.ui.license.LicensesFeature;
import dev.seatledger.ui.license.PriceHistoryTab;
import dev.seatledger.ui.license.TermDialogs;
import dev.seatledger.ui.notification.NotificationFeature;
import dev.seatledger.ui.people.PeopleFeature;
import dev.seatledger.ui.settings.SettingsFeature;
import dev.seatledger.ui.shell.MainWindow;
import dev.seatledger.ui.shell.MenuCommand;
import dev.seatledger.ui.shell.ShellTab;
import dev.seatledger.ui.shell.ShellNavigator;
import dev.seatledger.ui.utilization.UtilizationFeature;
import java.nio.file.Path;
import java.time.Duration;
import javafx.beans.property.ReadOnlyBooleanProperty;

/** The window's features, each built from the services it uses and installed into the shell (composition root). */
final class Features {
    private Features() {
    }

    /**
     * Installs every tab (Utilization, Renewals and Settings are built when first opened); returns the Licenses
     * list's loading state, whose first end is when start-up work that nobody is waiting for may begin.
     */
    static ReadOnlyBooleanProperty install(MainWindow shell, AppServices s, TaskExecutor executor, Preferences prefs,
                                           String dataFolder, String database) {
        ShellNavigator navigator = new ShellNavigator(shell);
        shell.showDataFolder(dataFolder);
        shell.showDatabase(database);
        GradeDialogs grades = new GradeDialogs(s.grades(), s.gradeQuery(), executor);
        CatalogFeature catalog = new CatalogFeature(s.catalog(), s.products(), s.sampleData(),
            s.recognition()::entriesFor, s.history(), grades, executor);
        catalog.install(shell);

        LicensesFeature licenses = new LicensesFeature(s.licenses(), s.licenseQuery(), s.catalog(), executor, s.clock());
        licenses.addPageTab(new SeatsTab(s.assignments(), s.seats(), s.holders(), s.personQuery(), executor));
        licenses.addPageTab(new AuditsTab(s.audits(), new VendorAudit(s.tx(), s.audits(), s.assignments()), executor));
        licenses.addPageTab(new DocumentsTab(s.documents(), s.contractTerms(), executor, DocumentOpener.DESKTOP));
        licenses.addPageTab(new HistoryTab(s.history(), executor));
        licenses.setGradeAction(new GradeOnLicensePage(grades, catalog::refresh));
        TermQuery terms = new TermQuery(s.tx(), s.clock());
        ReviewPackQuery packs = new ReviewPackQuery(s.tx(), s.clock(), terms, s.utilization(), s.finance());
        TermDialogs termDialogs = new TermDialogs(new TermService(s.tx(), s.clock(), s.operator()), executor, s.clock());
        licenses.setTermDialogs(termDialogs);
        licenses.addPageTab(new PriceHistoryTab(terms, packs, AppServices.baseCurrency(prefs), executor));
        new NewLicenseFromContract(licenses.section(), s.contractTerms(), s.documents(), executor).install();
        licenses.install(shell, navigator);

        PeopleFeature people = new PeopleFeature(s.personQuery(), s.people(), s.seats(), s.assignments(), s.history(),
            executor, s.clock());
        people.install(shell, navigator);

        ImportFeature importing = new ImportFeature(s.licenseImport(), s.peopleImport(),
            new UsageImporter(s.tx(), s.clock(), s.recognition()), executor, AppServices.baseCurrency(prefs));
        importing.install(shell, summary -> {
            catalog.imported(summary);
            licenses.refreshList();
            people.refreshIfListed();
        });
        catalog.setImportAction(importing::chooseFile);
        shell.setMenuAction(MenuCommand.IMPORT_FILE, importing::chooseFile);
        shell.setMenuAction(MenuCommand.IMPORT_TELEMETRY, () -> shell.press(ShellTab.UTILIZATION,
            "#importTelemetryButton"));
        shell.setMenuAction(MenuCommand.IMPORT_USAGE, importing::chooseUsageFile);
        new ExportFeature(new LicenseCsvExport(s.tx()), new PeopleCsvExport(s.tx()), new AssignmentCsvExport(s.tx()),
            executor, SaveTarget.DIALOG).install(shell);
        new NotificationFeature(s.notifications(), executor, s.clock()).install(shell, navigator,
            licenses.loadingProperty());

        new UtilizationFeature(s.utilization(), s.telemetry(), s.telemetryImporter(), s.aliases(), s.reclaim(),
            s.catalog(), executor, s.clock(), AppServices.dormancyDays(prefs)).install(shell);
        new SettingsFeature(prefs, executor, dataFolder, database, () -> AesGcmCipher.forDataFolder(Path.of(dataFolder)),
            ai -> new OpenAiChatClient(() -> ai, Duration.ofSeconds(20))).install(shell);
        new RenewalsFeature(s.finance(), s.renewalReviews(), s.exchangeRates(), s.financeExports(), executor, prefs,
            new RenewalTools(new ShowbackQuery(s.tx(), s.finance()::rates), packs, termDialogs::renew))
            .install(shell, navigator);
        new ComplianceFeature(new ComplianceQuery(s.tx(), s.clock(), s.utilization()::cutoff, s.finance()::rates),
            AppServices.baseCurrency(prefs), executor).install(shell);
        return licenses.loadingProperty();
    }
}
