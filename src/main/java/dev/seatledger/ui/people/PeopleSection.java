package dev.seatledger.ui.people;

import dev.seatledger.ui.shell.ViewCommands;

import dev.seatledger.core.assignment.AssignmentService;
import dev.seatledger.core.assignment.SeatQuery;
import dev.seatledger.core.people.PersonQuery;
import dev.seatledger.core.people.PersonService;
import dev.seatledger.ui.common.TaskExecutor;
import java.time.Clock;
import javafx.scene.Parent;
import javafx.scene.layout.StackPane;

/** The People tab: list and offboarding queue, and a person's profile in its place when opened. */
public class PeopleSection implements ViewCommands {
    private final PersonQuery people;
    private final PersonService service;
    private final SeatQuery seats;
    private final AssignmentService assignments;
    private final TaskExecutor executor;
    private final PeopleViewModel listVm;
    private final PeopleView list;
    private final StackPane root = new StackPane();
    private boolean showingProfile;
    private java.util.function.LongFunction<javafx.scene.Node> historyFactory = id -> null;

    /** Supplies the History panel shown on each profile. */
    public void setHistoryFactory(java.util.function.LongFunction<javafx.scene.Node> factory) {
        this.historyFactory = factory;
    }

    public PeopleSection(PersonQuery people, PersonService service, SeatQuery seats, AssignmentService assignments,
                         TaskExecutor executor, Clock clock) {
        this.people = people;
        this.service = service;
        this.seats = seats;
        this.assignments = assignments;
        this.executor = executor;
        this.listVm = new PeopleViewModel(people, service, executor, clock);
        this.list = new PeopleView(listVm, this::openPerson);
        root.getChildren().setAll(list.root());
    }

    public Parent root() {
        return root;
    }

    public void openPerson(long id) {
        PersonProfileViewModel vm = new PersonProfileViewModel(people, service, seats, assignments, executor, id);
        showingProfile = true;
        root.getChildren().setAll(new PersonProfile(vm, this::showList, historyFactory.apply(id)).root());
    }

    public void showList() {
        showingProfile = false;
        root.getChildren().setAll(list.root());
        listVm.refresh();
    }

    @Override
    public boolean search() {
        if (showingProfile) {
            showList();
        }
        list.focusSearch();
        return true;
    }

    @Override
    public boolean add() {
        list.onAdd();
        return true;
    }

    @Override
    public boolean refresh() {
        if (showingProfile) {
            return false;
        }
        listVm.refresh();
        return true;
    }

    /** Escape: from a profile back to the list. */
    @Override
    public boolean back() {
        if (!showingProfile) {
            return false;
        }
        showList();
        return true;
    }

    public void refreshIfListed() {
        if (!showingProfile) {
            listVm.refresh();
        }
    }
}
