package dev.seatledger.ui.document;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.document.DocumentService;
import dev.seatledger.core.document.extract.ContractTerms;
import dev.seatledger.ui.common.TaskExecutor;
import dev.seatledger.ui.license.LicensePageContext;
import dev.seatledger.ui.license.LicensePageTab;
import javafx.scene.Node;

/** The license page's Documents tab: attached files, and the review of terms extracted from a contract. */
public class DocumentsTab implements LicensePageTab {
    private final DocumentService documents;
    private final ContractTerms terms;
    private final TaskExecutor executor;
    private final DocumentOpener opener;

    public DocumentsTab(DocumentService documents, ContractTerms terms, TaskExecutor executor, DocumentOpener opener) {
        this.documents = documents;
        this.terms = terms;
        this.executor = executor;
        this.opener = opener;
    }

    @Override
    public String title() {
        return Messages.get("license.group.documents");
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Node create(LicensePageContext page) {
        long id = page.licenseId();
        DocumentsPanelViewModel vm = new DocumentsPanelViewModel(documents, terms, executor, opener, id);
        vm.setOnChange(page::changed);
        return new DocumentsPanel(vm, (extraction, lines) -> {
            ExtractionReviewDialog dialog = new ExtractionReviewDialog(
                new ExtractionReviewViewModel(terms, executor, id, extraction, lines));
            dialog.initOwner(page.window());
            dialog.showAndWait().ifPresent(result -> {
                page.reload();
                page.changed();
                String msg = Messages.get("extract.review.applied");
                if (!result.warnings().isEmpty()) {
                    msg += " — " + String.join(" ", result.warnings());
                }
                page.announce(msg);
            });
        }).root();
    }
}
