package dev.seatledger.ui.document;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.document.DocumentKind;
import dev.seatledger.core.document.DocumentRow;
import dev.seatledger.core.document.DocumentService;
import dev.seatledger.core.document.extract.ContractTerms;
import dev.seatledger.core.document.extract.Extraction;
import dev.seatledger.core.document.extract.ReviewLine;
import dev.seatledger.ui.common.ErrorText;
import dev.seatledger.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** A license's documents: attach (several files at once), open, remove, and read terms for review. */
public class DocumentsPanelViewModel {
    private final DocumentService documents;
    private final ContractTerms terms;
    private final TaskExecutor executor;
    private final DocumentOpener opener;
    private final long licenseId;
    private final ObservableList<DocumentRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<DocumentKind> newKind = new SimpleObjectProperty<>(DocumentKind.CONTRACT);
    private final StringProperty notice = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty extracting = new SimpleBooleanProperty(false);
    private dev.seatledger.ui.common.Cancellable running;
    private Runnable onChange = () -> { };

    public DocumentsPanelViewModel(DocumentService documents, ContractTerms terms, TaskExecutor executor,
                                   DocumentOpener opener, long licenseId) {
        this.documents = documents;
        this.terms = terms;
        this.executor = executor;
        this.opener = opener;
        this.licenseId = licenseId;
    }

    public long licenseId() {
        return licenseId;
    }

    public void setOnChange(Runnable onChange) {
        this.onChange = onChange;
    }

    public void load() {
        executor.execute(() -> documents.list(licenseId, false), rows::setAll, t -> error.set(ErrorText.of(t)));
    }

    /** Attaches each file; the ones that fail are named in one error, the others are kept. */
    public void attach(List<Path> files) {
        if (files == null || files.isEmpty()) {
            return;
        }
        DocumentKind kind = newKind.get() == null ? DocumentKind.OTHER : newKind.get();
        busy.set(true);
        executor.execute(() -> {
            List<String> problems = new ArrayList<>();
            int attached = 0;
            for (Path f : files) {
                try {
                    documents.attach(licenseId, f, kind);
                    attached++;
                } catch (RuntimeException e) {
                    problems.add(ErrorText.of(e));
                }
            }
            return new Attached(attached, problems, documents.list(licenseId, false));
        }, result -> {
            busy.set(false);
            rows.setAll(result.rows());
            if (result.count() > 0) {
                notice.set(Messages.get("document.attached", result.count()));
                onChange.run();
            }
            if (!result.problems().isEmpty()) {
                error.set(String.join(" ", result.problems()));
            }
        }, t -> {
            busy.set(false);
            error.set(ErrorText.of(t));
        });
    }

    public void remove(DocumentRow row) {
        executor.execute(() -> {
            documents.archive(row.id());
            return documents.list(licenseId, false);
        }, list -> {
            rows.setAll(list);
            notice.set(Messages.get("document.removed", row.fileName()));
            onChange.run();
        }, t -> error.set(ErrorText.of(t)));
    }

    public void setKind(DocumentRow row, DocumentKind kind) {
        executor.execute(() -> {
            documents.setKind(row.id(), kind);
            return documents.list(licenseId, false);
        }, rows::setAll, t -> error.set(ErrorText.of(t)));
    }

    public void open(DocumentRow row) {
        executor.execute(() -> {
            opener.open(documents.file(row.id()), row.fileName());
            return null;
        }, ignored -> { }, t -> error.set(t instanceof java.io.IOException
            ? Messages.get("document.openFailed", row.fileName(), t.getMessage()) : ErrorText.of(t)));
    }

    /**
     * Reads the terms of a document (up to the AI timeout when an endpoint is set; {@link #cancelExtract()} stops
     * waiting) and hands the proposals beside the current values to {@code review}.
     */
    public void extract(DocumentRow row, BiConsumer<Extraction, List<ReviewLine>> review) {
        busy.set(true);
        extracting.set(true);
        notice.set(Messages.get("extract.reading", row.fileName()));
        running = executor.executeWithProgress(progress -> {
            Extraction ex = terms.fromDocument(row.id());
            return new Read(ex, terms.review(licenseId, ex));
        }, (done, total) -> { }, read -> {
            busy.set(false);
            extracting.set(false);
            if (read.extraction().proposals().isEmpty()) {
                error.set(Messages.get("extract.nothing", row.fileName()));
            } else {
                review.accept(read.extraction(), read.lines());
            }
        }, t -> {
            busy.set(false);
            extracting.set(false);
            if (t instanceof dev.seatledger.core.common.CancelledException) {
                notice.set(Messages.get("extract.cancelled"));
            } else {
                error.set(ErrorText.of(t));
            }
        });
    }

    public void cancelExtract() {
        if (running != null) {
            running.cancel();
        }
    }

    public BooleanProperty extractingProperty() { return extracting; }
    public ObservableList<DocumentRow> rows() { return rows; }
    public ObjectProperty<DocumentKind> newKindProperty() { return newKind; }
    public StringProperty noticeProperty() { return notice; }
    public StringProperty errorProperty() { return error; }
    public BooleanProperty busyProperty() { return busy; }

    private record Attached(int count, List<String> problems, List<DocumentRow> rows) {
    }

    private record Read(Extraction extraction, List<ReviewLine> lines) {
    }
}
