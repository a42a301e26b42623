package dev.seatledger.ui.people;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.people.OffboardingRow;
import dev.seatledger.core.people.PersonFilter;
import dev.seatledger.core.people.PersonQuery;
import dev.seatledger.core.people.PersonRow;
import dev.seatledger.core.people.PersonService;
import dev.seatledger.core.people.PersonStatus;
import dev.seatledger.ui.common.ErrorText;
import dev.seatledger.ui.common.PagedRowList;
import dev.seatledger.ui.common.TaskExecutor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The People list (search, department, status) and the offboarding queue. */
public class PeopleViewModel {
    /** How urgent an offboarding row is: past end date red, within 7 days amber. */
    public enum Urgency { OVERDUE, SOON, LATER }

    private final PersonQuery query;
    private final PersonService service;
    private final TaskExecutor executor;
    private final Clock clock;

    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<String> department = new SimpleObjectProperty<>();
    private final ObjectProperty<PersonStatus> status = new SimpleObjectProperty<>();
    /** Rows a page at a time: the whole list can be 120,000 people (ADR 0024). */
    static final int PAGE_SIZE = 200;

    private final PagedRowList<PersonRow> rows;
    private final ObservableList<String> departments = FXCollections.observableArrayList();
    private final ObservableList<OffboardingRow> queue = FXCollections.observableArrayList();
    private final StringProperty notice = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private long generation;
    /** True until the list's read ended: the empty table says "Loading people…", not "no match". */
    private final BooleanProperty loading = new SimpleBooleanProperty(true);

    public PeopleViewModel(PersonQuery query, PersonService service, TaskExecutor executor, Clock clock) {
        this.query = query;
        this.service = service;
        this.executor = executor;
        this.clock = clock;
        this.rows = new PagedRowList<>(executor, PAGE_SIZE, 40);
        search.addListener((o, a, b) -> refresh());
        department.addListener((o, a, b) -> refresh());
        status.addListener((o, a, b) -> refresh());
    }

    public void refresh() {
        long gen = ++generation;
        loading.set(true);
        PersonFilter f = new PersonFilter(search.get(), department.get(), status.get());
        executor.execute(() -> new Snapshot(query.count(f), query.page(f, 0, PAGE_SIZE), query.departments(),
                query.offboardingQueue()), s -> {
            if (gen != generation) {
                return;
            }
            loading.set(false);
            rows.reset((int) s.count(), s.firstPage(), (offset, limit) -> query.page(f, offset, limit));
            String selected = department.get();
            java.util.List<String> wanted = new java.util.ArrayList<>(s.departments());
            if (selected != null && !wanted.contains(selected)) {
                wanted.add(selected);
            }
            // replace the choices only when they change: every replacement moves the filter box's selection, and a
            // moved selection refreshes the list again
            if (!wanted.equals(departments.stream().filter(java.util.Objects::nonNull).toList())) {
                departments.setAll(wanted);
            }
            queue.setAll(s.queue());
        }, t -> {
            if (gen == generation) {
                loading.set(false);
            }
            error.set(ErrorText.of(t));
        });
    }

    public Urgency urgency(OffboardingRow row) {
        long days = ChronoUnit.DAYS.between(LocalDate.now(clock), row.endDate());
        return days < 0 ? Urgency.OVERDUE : days <= 7 ? Urgency.SOON : Urgency.LATER;
    }

    public String countText() {
        return Messages.get("people.count", rows.size());
    }

    public PersonFormViewModel newForm() {
        return new PersonFormViewModel(service, executor, null);
    }

    public void announce(String text) {
        notice.set(text);
    }

    public ReadOnlyBooleanProperty loadingProperty() { return loading; }
    public StringProperty searchProperty() { return search; }
    public ObjectProperty<String> departmentProperty() { return department; }
    public ObjectProperty<PersonStatus> statusProperty() { return status; }
    public PagedRowList<PersonRow> rows() { return rows; }
    public ObservableList<String> departments() { return departments; }
    public ObservableList<OffboardingRow> queue() { return queue; }
    public StringProperty noticeProperty() { return notice; }
    public StringProperty errorProperty() { return error; }

    private record Snapshot(long count, List<PersonRow> firstPage, List<String> departments,
                            List<OffboardingRow> queue) {
    }
}
