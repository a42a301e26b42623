package dev.seatledger.ui.assignment;

import dev.seatledger.core.assignment.AssignmentDraft;
import dev.seatledger.core.assignment.AssignmentService;
import dev.seatledger.core.assignment.HolderFilter;
import dev.seatledger.core.assignment.HolderQuery;
import dev.seatledger.core.assignment.HolderRow;
import dev.seatledger.core.assignment.RevokeReason;
import dev.seatledger.core.assignment.SeatQuery;
import dev.seatledger.core.assignment.SeatSummary;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.people.PersonQuery;
import dev.seatledger.ui.common.ErrorText;
import dev.seatledger.ui.common.TaskExecutor;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The Seats card of a license page: availability, holders preview, history, assign and revoke. */
public class SeatsPanelViewModel {
    public static final int PREVIEW = 100;

    private final AssignmentService assignments;
    private final SeatQuery seats;
    private final HolderQuery holders;
    private final PersonQuery people;
    private final TaskExecutor executor;
    private final long licenseId;

    private final ObjectProperty<SeatSummary> summary = new SimpleObjectProperty<>();
    private final StringProperty availability = new SimpleStringProperty("");
    private final StringProperty drift = new SimpleStringProperty("");
    private final BooleanProperty canAssign = new SimpleBooleanProperty(false);
    private final ObservableList<HolderRow> holderRows = FXCollections.observableArrayList();
    private final ObservableList<SeatQuery.HistoryRow> history = FXCollections.observableArrayList();
    private final StringProperty notice = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private Runnable onChange = () -> { };

    public SeatsPanelViewModel(AssignmentService assignments, SeatQuery seats, HolderQuery holders, PersonQuery people,
                               TaskExecutor executor, long licenseId) {
        this.assignments = assignments;
        this.seats = seats;
        this.holders = holders;
        this.people = people;
        this.executor = executor;
        this.licenseId = licenseId;
    }

    public void setOnChange(Runnable r) {
        onChange = r;
    }

    public void load() {
        executor.execute(() -> new Snapshot(seats.summary(licenseId), holders.page(licenseId, HolderFilter.all(), 0, PREVIEW),
            seats.history(licenseId, PREVIEW)), s -> {
                summary.set(s.summary());
                availability.set(s.summary().availabilityText());
                drift.set(s.summary().driftText());
                canAssign.set(s.summary().canAssign());
                holderRows.setAll(s.holders());
                history.setAll(s.history());
            }, t -> error.set(ErrorText.of(t)));
    }

    /** The Assign dialog's form: after a seat is assigned the card says so and reloads; after a refusal it reloads. */
    public AssignDialogViewModel assignDialog() {
        return new AssignDialogViewModel(assignments, people, executor, licenseId, () -> {
            notice.set(Messages.get("assignment.assigned"));
            load();
            onChange.run();
        }, this::load);
    }

    public void revoke(HolderRow row) {
        revoke(row, () -> { });
    }

    /** Revokes the seat; {@code revoked} runs once it is (the toast offering Undo). */
    public void revoke(HolderRow row, Runnable revoked) {
        executor.run(() -> assignments.revoke(row.assignmentId(), RevokeReason.MANUAL), () -> {
            notice.set(Messages.get("assignment.revoked"));
            load();
            onChange.run();
            revoked.run();
        }, t -> {
            error.set(ErrorText.of(t));
            load();
        });
    }

    /** Undo of a revoke: the same person gets a seat again with the access level and account the revoked one had. */
    public void reassign(HolderRow row) {
        executor.run(() -> assignments.assign(licenseId, row.personId(),
            new AssignmentDraft(row.accessLevel(), row.accountIdentifier(), null)), () -> {
            notice.set(Messages.get("undo.seatBack", row.name()));
            load();
            onChange.run();
        }, t -> {
            error.set(ErrorText.of(t));
            load();
        });
    }

    public long licenseId() {
        return licenseId;
    }

    public ObjectProperty<SeatSummary> summaryProperty() { return summary; }
    public StringProperty availabilityProperty() { return availability; }
    public StringProperty driftProperty() { return drift; }
    public BooleanProperty canAssignProperty() { return canAssign; }
    public ObservableList<HolderRow> holderRows() { return holderRows; }
    public ObservableList<SeatQuery.HistoryRow> history() { return history; }
    public StringProperty noticeProperty() { return notice; }
    public StringProperty errorProperty() { return error; }

    private record Snapshot(SeatSummary summary, List<HolderRow> holders, List<SeatQuery.HistoryRow> history) {
    }
}
