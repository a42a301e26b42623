package dev.seatledger.ui.assignment;

import dev.seatledger.core.assignment.AssignmentDraft;
import dev.seatledger.core.assignment.AssignmentService;
import dev.seatledger.core.common.BusinessRuleException;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.people.PersonOption;
import dev.seatledger.core.people.PersonQuery;
import dev.seatledger.ui.common.FormViewModel;
import dev.seatledger.ui.common.TaskExecutor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Assign a seat: the person picked from a search of active people, optional access level, account identifier and
 * notes. A refusal (no seat left, already a holder) is the general error and the dialog stays open.
 */
public class AssignDialogViewModel extends FormViewModel {
    static final int MATCHES = 50;

    private final AssignmentService assignments;
    private final PersonQuery people;
    private final long licenseId;
    private final Runnable onAssigned;
    private final Runnable onRefused;
    private final StringProperty search = new SimpleStringProperty("");
    /** A new list for every search, so a person picked from the last one is not carried over to another. */
    private final ObjectProperty<ObservableList<PersonOption>> matches =
        new SimpleObjectProperty<>(FXCollections.observableArrayList());
    private final ObjectProperty<PersonOption> person = new SimpleObjectProperty<>();
    private final StringProperty accessLevel = new SimpleStringProperty("");
    private final StringProperty accountIdentifier = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");

    /**
     * {@code onAssigned} runs after a seat was assigned, {@code onRefused} after a refusal (the seat count the
     * dialog was opened with may be out of date).
     */
    AssignDialogViewModel(AssignmentService assignments, PersonQuery people, TaskExecutor executor, long licenseId,
                          Runnable onAssigned, Runnable onRefused) {
        super(executor);
        this.assignments = assignments;
        this.people = people;
        this.licenseId = licenseId;
        this.onAssigned = onAssigned;
        this.onRefused = onRefused;
        search.addListener((o, a, text) -> searchPeople());
    }

    /** Lists the active people matching the search text (everyone when it is empty). */
    public void searchPeople() {
        String text = search.get();
        read(() -> people.searchActive(text, MATCHES), found -> matches.set(FXCollections.observableArrayList(found)));
    }

    /** Assigns a seat to the chosen person; {@code onDone} closes the dialog. */
    public void assign(Runnable onDone) {
        clearErrors();
        PersonOption p = person.get();
        if (p == null) {
            errors().put("person", Messages.get("validation.required", Messages.get("assignment.field.person")));
            return;
        }
        AssignmentDraft draft = new AssignmentDraft(accessLevel.get(), accountIdentifier.get(), notes.get());
        submit(() -> assignments.assign(licenseId, p.id(), draft), id -> {
            onDone.run();
            onAssigned.run();
        });
    }

    @Override
    protected void showFailure(Throwable t) {
        super.showFailure(t);
        if (t instanceof BusinessRuleException) {
            onRefused.run();
        }
    }

    public StringProperty searchProperty() { return search; }
    public ObjectProperty<ObservableList<PersonOption>> matchesProperty() { return matches; }
    public ObjectProperty<PersonOption> personProperty() { return person; }
    public StringProperty accessLevelProperty() { return accessLevel; }
    public StringProperty accountIdentifierProperty() { return accountIdentifier; }
    public StringProperty notesProperty() { return notes; }
}
