package dev.seatledger.ui.people;

import dev.seatledger.core.people.PersonDraft;
import dev.seatledger.core.people.PersonService;
import dev.seatledger.core.people.PersonStatus;
import dev.seatledger.ui.common.FormViewModel;
import dev.seatledger.ui.common.TaskExecutor;
import java.time.LocalDate;
import java.util.function.LongConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Add/edit a person. */
public class PersonFormViewModel extends FormViewModel {
    private final PersonService service;
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

    public PersonFormViewModel(PersonService service, TaskExecutor executor, Long personId) {
        super(executor);
        this.service = service;
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
        read(() -> service.draftOf(personId), d -> {
            name.set(d.displayName());
            email.set(d.email());
            department.set(shown(d.department()));
            jobTitle.set(shown(d.jobTitle()));
            manager.set(shown(d.manager()));
            employeeId.set(shown(d.employeeId()));
            endDate.set(d.endDate());
            status.set(d.status());
            lastSignIn.set(d.lastSignIn());
            onLoaded.run();
        });
    }

    /** Validates and saves; on success hands the person's id to {@code onSaved}, otherwise fills the field errors. */
    public void save(LongConsumer onSaved) {
        PersonDraft d = new PersonDraft(name.get(), email.get(), department.get(), jobTitle.get(), manager.get(),
            employeeId.get(), endDate.get(), status.get(), lastSignIn.get());
        submit(() -> {
            if (personId == null) {
                return service.create(d);
            }
            service.update(personId, d);
            return personId;
        }, onSaved::accept);
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
}
