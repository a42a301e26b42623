package dev.seatledger.ui.people;

import dev.seatledger.core.assignment.AssignmentService;
import dev.seatledger.core.assignment.SeatQuery;
import dev.seatledger.core.history.HistoryQuery;
import dev.seatledger.core.history.SubjectType;
import dev.seatledger.core.people.PersonQuery;
import dev.seatledger.core.people.PersonService;
import dev.seatledger.ui.common.TaskExecutor;
import dev.seatledger.ui.history.HistoryPanel;
import dev.seatledger.ui.shell.MainWindow;
import dev.seatledger.ui.shell.ShellNavigator;
import java.time.Clock;

/** The People tab: the list and offboarding queue, read when the tab is shown, and each person's profile. */
public class PeopleFeature {
    private final PeopleSection section;

    public PeopleFeature(PersonQuery people, PersonService service, SeatQuery seats, AssignmentService assignments,
                         HistoryQuery history, TaskExecutor executor, Clock clock) {
        this.section = new PeopleSection(people, service, seats, assignments, executor, clock);
        section.setHistoryFactory(id -> new HistoryPanel(history, executor, SubjectType.PERSON, id).root());
    }

    public void install(MainWindow shell, ShellNavigator navigator) {
        shell.setPeople(section.root());
        shell.setCommands(section.root(), section);
        shell.onShown(section.root(), section::refreshIfListed);
        navigator.handlePeople(section::openPerson);
    }

    /** Reads the list again unless a profile is open (after an import). */
    public void refreshIfListed() {
        section.refreshIfListed();
    }
}
