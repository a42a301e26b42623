package dev.seatledger.ui.people;

import dev.seatledger.core.common.ValidationException;
import dev.seatledger.core.people.PersonDraft;
import dev.seatledger.core.people.PersonService;
import dev.seatledger.core.people.PersonStatus;
import dev.seatledger.ui.common.ErrorText;
import dev.seatledger.ui.common.TaskExecutor;
import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/** Add/edit a person. */
public class PersonFormViewModel {
    private final PersonService service;
    private final TaskExecutor executor;
    private final Long personId;

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty department = new SimpleStringProperty("");
    private final StringProperty jobTitle = new SimpleStringProperty("");
    private final StringProperty manager = new SimpleStringProperty("");
    private final StringProperty employeeId = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> endDate = new SimpleObjectProperty<>();
    private final ObjectProperty<PersonStatus> status = new SimpleObjectProperty<>(PersonStatus.ACTIVE);
    private final ObjectProperty<LocalDate> lastSignIn = new SimpleObjectProperty<>();
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final StringProperty generalError = new SimpleStringProperty("");

    public PersonFormViewModel(PersonService service, TaskExecutor executor, Long personId) {
        this.service = service;
        this.executor = executor;
        this.personId = personId;
    }

    public boolean isNew() {
        return personId == null;
    }

    public void load(Runnable onLoaded) {
        if (personId == null) {
            onLoaded.run();
            return;
        }
        executor.execute(() -> service.draftOf(personId), d -> {
            name.set(d.displayName());
            email.set(d.email());
            department.set(nz(d.department()));
            jobTitle.set(nz(d.jobTitle()));
            manager.set(nz(d.manager()));
            employeeId.set(nz(d.employeeId()));
            endDate.set(d.endDate());
            status.set(d.status());
            lastSignIn.set(d.lastSignIn());
            onLoaded.run();
        }, t -> generalError.set(ErrorText.of(t)));
    }

    public void save(java.util.function.LongConsumer onSaved) {
        errors.clear();
        generalError.set("");
        PersonDraft d = new PersonDraft(name.get(), email.get(), department.get(), jobTitle.get(), manager.get(),
            employeeId.get(), endDate.get(), status.get(), lastSignIn.get());
        executor.execute(() -> {
            if (personId == null) {
                return service.create(d);
            }
            service.update(personId, d);
            return personId;
        }, onSaved::accept, t -> {
            if (t instanceof ValidationException v) {
                errors.putAll(v.byField());
            } else {
                generalError.set(ErrorText.of(t));
            }
        });
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public StringProperty nameProperty() { return name; }
    public StringProperty emailProperty() { return email; }
    public StringProperty departmentProperty() { return department; }
    public StringProperty jobTitleProperty() { return jobTitle; }
    public StringProperty managerProperty() { return manager; }
    public StringProperty employeeIdProperty() { return employeeId; }
    public ObjectProperty<LocalDate> endDateProperty() { return endDate; }
    public ObjectProperty<PersonStatus> statusProperty() { return status; }
    public ObjectProperty<LocalDate> lastSignInProperty() { return lastSignIn; }
    public ObservableMap<String, String> errors() { return errors; }
    public StringProperty generalErrorProperty() { return generalError; }
}
