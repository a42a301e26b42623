package dev.seatledger.ui.people;

import dev.seatledger.core.assignment.AssignmentService;
import dev.seatledger.core.assignment.SeatQuery;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.Money;
import dev.seatledger.core.people.PersonQuery;
import dev.seatledger.core.people.PersonRow;
import dev.seatledger.core.people.PersonService;
import dev.seatledger.core.people.PersonStatus;
import dev.seatledger.ui.common.ErrorText;
import dev.seatledger.ui.common.TaskExecutor;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** A person's profile: seats held now and before with cost, and Offboard. */
public class PersonProfileViewModel {
    private final PersonQuery people;
    private final PersonService service;
    private final SeatQuery seats;
    private final AssignmentService assignments;
    private final TaskExecutor executor;
    private final long personId;

    private final ObjectProperty<PersonRow> person = new SimpleObjectProperty<>();
    private final ObservableList<SeatQuery.PersonSeatRow> current = FXCollections.observableArrayList();
    private final ObservableList<SeatQuery.PersonSeatRow> past = FXCollections.observableArrayList();
    private final StringProperty annualCost = new SimpleStringProperty("");
    private final BooleanProperty canOffboard = new SimpleBooleanProperty(false);
    private final StringProperty notice = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    public PersonProfileViewModel(PersonQuery people, PersonService service, SeatQuery seats,
                                  AssignmentService assignments, TaskExecutor executor, long personId) {
        this.people = people;
        this.service = service;
        this.seats = seats;
        this.assignments = assignments;
        this.executor = executor;
        this.personId = personId;
    }

    public void load() {
        executor.execute(() -> new Snapshot(people.get(personId), seats.seatsOf(personId)), s -> {
            person.set(s.person());
            current.setAll(s.seats().stream().filter(SeatQuery.PersonSeatRow::active).toList());
            past.setAll(s.seats().stream().filter(r -> !r.active()).toList());
            annualCost.set(costText(current));
            canOffboard.set(s.person().status() != PersonStatus.OFFBOARDED);
        }, t -> error.set(ErrorText.of(t)));
    }

    /** Annual cost of the seats held, per currency, e.g. "€1,200.00 + $310.00 per year". */
    static String costText(List<SeatQuery.PersonSeatRow> rows) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        for (SeatQuery.PersonSeatRow r : rows) {
            if (r.annualCost() != null) {
                sums.merge(r.currency(), r.annualCost(), BigDecimal::add);
            }
        }
        if (sums.isEmpty()) {
            return "";
        }
        return Messages.get("profile.annualCost", sums.entrySet().stream()
            .map(e -> Money.format(e.getValue(), e.getKey())).collect(Collectors.joining(" + ")));
    }

    public void offboard() {
        executor.execute(() -> assignments.offboard(personId), r -> {
            notice.set(r.freedLicenses().isEmpty() ? Messages.get("profile.offboarded.none", r.personName())
                : Messages.get("profile.offboarded", r.personName(), r.freedLicenses().size(),
                    String.join(", ", r.freedLicenses())));
            load();
        }, t -> error.set(ErrorText.of(t)));
    }

    public PersonFormViewModel editForm() {
        return new PersonFormViewModel(service, executor, personId);
    }

    public long personId() {
        return personId;
    }

    public ObjectProperty<PersonRow> personProperty() { return person; }
    public ObservableList<SeatQuery.PersonSeatRow> current() { return current; }
    public ObservableList<SeatQuery.PersonSeatRow> past() { return past; }
    public StringProperty annualCostProperty() { return annualCost; }
    public BooleanProperty canOffboardProperty() { return canOffboard; }
    public StringProperty noticeProperty() { return notice; }
    public StringProperty errorProperty() { return error; }

    private record Snapshot(PersonRow person, List<SeatQuery.PersonSeatRow> seats) {
    }
}
