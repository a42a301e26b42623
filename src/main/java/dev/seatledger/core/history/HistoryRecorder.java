package dev.seatledger.core.history;

import dev.seatledger.core.common.Operator;
import java.time.Clock;
import org.hibernate.Session;

/** Writes history entries inside the caller's transaction, so a change and its record commit together. */
public class HistoryRecorder {
    private final Clock clock;
    private final Operator operator;

    public HistoryRecorder(Clock clock, Operator operator) {
        this.clock = clock;
        this.operator = operator;
    }

    public void record(Session session, SubjectType type, long id, HistoryAction action, String summary) {
        session.persist(new ChangeEntry(type, id, action.name(), summary, clock.instant(), operator.get()));
    }

    /** Records an edit only when at least one field changed. */
    public void recordEdit(Session session, SubjectType type, long id, FieldDiff before, FieldDiff after) {
        String changes = before.changesTo(after);
        if (!changes.isEmpty()) {
            record(session, type, id, HistoryAction.EDIT, changes);
        }
    }
}
