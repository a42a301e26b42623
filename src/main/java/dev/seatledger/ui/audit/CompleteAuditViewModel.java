package dev.seatledger.ui.audit;

import dev.seatledger.core.audit.AuditRow;
import dev.seatledger.core.audit.AuditService;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.ValidationException;
import dev.seatledger.ui.common.ErrorText;
import dev.seatledger.ui.common.FormViewModel;
import dev.seatledger.ui.common.TaskExecutor;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Completing a usage audit: the seats counted (a whole number), notes, and when the next audit is due. */
public class CompleteAuditViewModel extends FormViewModel {
    private final AuditService audits;
    private final long licenseId;
    private final Consumer<AuditRow> onCompleted;
    private final StringProperty count;
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObjectProperty<Integer> nextInMonths = new SimpleObjectProperty<>();

    CompleteAuditViewModel(AuditService audits, TaskExecutor executor, long licenseId, int counted,
                           Consumer<AuditRow> onCompleted) {
        super(executor);
        this.audits = audits;
        this.licenseId = licenseId;
        this.onCompleted = onCompleted;
        this.count = new SimpleStringProperty(String.valueOf(counted));
    }

    /** The choices for the next audit: none, then the schedule's months from the soonest. */
    public static List<Integer> nextChoices() {
        List<Integer> choices = new java.util.ArrayList<>();
        choices.add(null);
        AuditService.SCHEDULE_MONTHS.stream().sorted().forEach(choices::add);
        return choices;
    }

    /** "No next audit", "In 1 month", "In 6 months". */
    public static String nextText(Integer months) {
        return months == null ? Messages.get("audit.next.none")
            : months == 1 ? Messages.get("audit.next.month") : Messages.get("audit.next.months", months);
    }

    /** Completes with the typed count; parse and rule errors go under the count and the dialog stays open. */
    public void complete(Runnable onDone) {
        clearErrors();
        Integer counted;
        try {
            counted = Integer.valueOf(count.get() == null ? "" : count.get().strip());
        } catch (NumberFormatException e) {
            showFieldErrors(Map.of("count", Messages.get("audit.count.invalid")));
            return;
        }
        String typedNotes = notes.get();
        Integer months = nextInMonths.get();
        submit(() -> audits.complete(licenseId, counted, typedNotes, months), row -> {
            onDone.run();
            onCompleted.accept(row);
        });
    }

    /** A refusal (the audit was completed or cancelled meanwhile) is shown under the count. */
    @Override
    protected void showFailure(Throwable t) {
        if (t instanceof ValidationException) {
            super.showFailure(t);
        } else {
            showFieldErrors(Map.of("count", ErrorText.of(t)));
        }
    }

    public StringProperty countProperty() { return count; }
    public StringProperty notesProperty() { return notes; }
    public ObjectProperty<Integer> nextInMonthsProperty() { return nextInMonths; }
}
