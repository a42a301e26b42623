package dev.seatledger;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.document.DocumentKind;
import dev.seatledger.core.document.extract.ContractDraft;
import dev.seatledger.ui.common.ErrorText;
import dev.seatledger.ui.common.TaskExecutor;
import dev.seatledger.ui.document.DocumentOpener;
import dev.seatledger.ui.document.DocumentsPanel;
import dev.seatledger.ui.document.DocumentsPanelViewModel;
import dev.seatledger.ui.document.ExtractionReviewDialog;
import dev.seatledger.ui.document.ExtractionReviewViewModel;
import dev.seatledger.ui.license.LicensePage;
import dev.seatledger.ui.license.LicensesSection;
import java.io.File;
import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;

/** Wires the documents panel into each license page and "New license from contract…" into the licenses list. */
final class DocumentViews {
    private DocumentViews() {
    }

    static void install(LicensesSection licenses, AppServices s, TaskExecutor executor) {
        licenses.setFromContractAction(() -> newLicenseFromContract(licenses, s, executor));
    }

    /** Fills the Documents tab of an opened license page; {@code onChange} refreshes what else shows the license. */
    static void decorate(LicensePage page, AppServices s, TaskExecutor executor, Runnable onChange) {
        long id = page.viewModel().licenseId();
        DocumentsPanelViewModel vm = new DocumentsPanelViewModel(s.documents(), s.contractTerms(), executor,
            DocumentOpener.DESKTOP, id);
        vm.setOnChange(onChange);
        DocumentsPanel panel = new DocumentsPanel(vm, (extraction, lines) -> {
            ExtractionReviewDialog dialog = new ExtractionReviewDialog(
                new ExtractionReviewViewModel(s.contractTerms(), executor, id, extraction, lines));
            dialog.initOwner(page.root().getScene().getWindow());
            dialog.showAndWait().ifPresent(result -> {
                page.viewModel().load();
                onChange.run();
                String msg = Messages.get("extract.review.applied");
                if (!result.warnings().isEmpty()) {
                    msg += " — " + String.join(" ", result.warnings());
                }
                page.viewModel().announce(msg);
            });
        });
        page.setDocumentsContent(panel.root());
    }

    /** The "AI assistant" settings block; the key is encrypted with this workstation's key file. */
    static javafx.scene.Node aiSettings(dev.seatledger.core.common.Preferences prefs, TaskExecutor executor,
                                        String dataFolder) {
        var cipher = dev.seatledger.infra.crypto.AesGcmCipher.forDataFolder(Path.of(dataFolder));
        return new dev.seatledger.ui.settings.AiSettingsSection(new dev.seatledger.ui.settings.AiSettingsViewModel(
            prefs, cipher, settings -> new dev.seatledger.infra.ai.OpenAiChatClient(() -> settings,
                java.time.Duration.ofSeconds(20)), executor)).root();
    }

    static void newLicenseFromContract(LicensesSection licenses, AppServices s, TaskExecutor executor) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("extract.newLicense.title"));
        chooser.getExtensionFilters().addAll(
            new FileChooser.ExtensionFilter(Messages.get("document.filter"), "*.pdf", "*.docx", "*.txt", "*.eml"),
            new FileChooser.ExtensionFilter("*", "*.*"));
        File file = chooser.showOpenDialog(licenses.root().getScene().getWindow());
        if (file == null) {
            return;
        }
        newLicenseFromFile(licenses, s, executor, file.toPath());
    }

    /** Extracts from {@code path}, creates the catalog product when missing and opens the filled license dialog. */
    static void newLicenseFromFile(LicensesSection licenses, AppServices s, TaskExecutor executor, Path path) {
        String base = path.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        executor.execute(() -> s.contractTerms().draftFrom(s.contractTerms().fromFile(path), base),
            draft -> review(licenses, s, executor, path, draft),
            t -> error(licenses, ErrorText.of(t)));
    }

    private static void review(LicensesSection licenses, AppServices s, TaskExecutor executor, Path path,
                               ContractDraft draft) {
        if (draft.productCreated()) {
            licenses.listViewModel().announce(Messages.get("extract.newLicense.productCreated", draft.productName()));
        }
        licenses.addLicense(draft.draft(), id -> executor.execute(
            () -> s.documents().attach(id, path, DocumentKind.CONTRACT),
            row -> {
                if (licenses.currentPage() != null) {
                    licenses.openLicense(id);
                    licenses.currentPage().viewModel().announce(
                        Messages.get("extract.newLicense.attached", row.fileName()));
                }
            },
            t -> {
                if (licenses.currentPage() != null) {
                    licenses.currentPage().viewModel().announce(
                        Messages.get("extract.newLicense.attachFailed", path.getFileName(), ErrorText.of(t)));
                }
            }));
    }

    private static void error(LicensesSection licenses, String text) {
        Alert a = new Alert(Alert.AlertType.WARNING, text);
        a.initOwner(licenses.root().getScene().getWindow());
        a.setHeaderText(null);
        a.showAndWait();
    }
}
