package dev.seatledger.ui.document;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.document.DocumentKind;
import dev.seatledger.core.document.DocumentService;
import dev.seatledger.core.document.extract.ContractDraft;
import dev.seatledger.core.document.extract.ContractTerms;
import dev.seatledger.ui.common.ErrorText;
import dev.seatledger.ui.common.TaskExecutor;
import dev.seatledger.ui.license.LicensesSection;
import java.io.File;
import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;

/**
 * "New license from contract…" on the Licenses list: terms extracted from a chosen file, the catalog product created
 * when missing, the license dialog filled for review, and the file attached to the saved license.
 */
public class NewLicenseFromContract {
    private final LicensesSection licenses;
    private final ContractTerms terms;
    private final DocumentService documents;
    private final TaskExecutor executor;

    public NewLicenseFromContract(LicensesSection licenses, ContractTerms terms, DocumentService documents,
                                  TaskExecutor executor) {
        this.licenses = licenses;
        this.terms = terms;
        this.documents = documents;
        this.executor = executor;
    }

    /** Shows the action on the list's toolbar. */
    public void install() {
        licenses.setFromContractAction(this::chooseFile);
    }

    void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("extract.newLicense.title"));
        chooser.getExtensionFilters().addAll(
            new FileChooser.ExtensionFilter(Messages.get("document.filter"), "*.pdf", "*.docx", "*.txt", "*.eml"),
            new FileChooser.ExtensionFilter("*", "*.*"));
        File file = chooser.showOpenDialog(licenses.root().getScene().getWindow());
        if (file != null) {
            fromFile(file.toPath());
        }
    }

    /** Extracts from {@code path}, creates the catalog product when missing and opens the filled license dialog. */
    public void fromFile(Path path) {
        String base = path.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        executor.execute(() -> terms.draftFrom(terms.fromFile(path), base),
            draft -> review(path, draft),
            t -> error(ErrorText.of(t)));
    }

    private void review(Path path, ContractDraft draft) {
        if (draft.productCreated()) {
            licenses.listViewModel().announce(Messages.get("extract.newLicense.productCreated", draft.productName()));
        }
        licenses.addLicense(draft.draft(), id -> executor.execute(
            () -> documents.attach(id, path, DocumentKind.CONTRACT),
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

    private void error(String text) {
        Alert a = new Alert(Alert.AlertType.WARNING, text);
        a.initOwner(licenses.root().getScene().getWindow());
        a.setHeaderText(null);
        a.showAndWait();
    }
}
