package dev.seatledger.core.history;

import dev.seatledger.core.common.Transactions;
import java.util.List;

/** The history of one record, newest first. */
public class HistoryQuery {
    private final Transactions tx;

    public HistoryQuery(Transactions tx) {
        this.tx = tx;
    }

    public List<HistoryRow> of(SubjectType type, long id, int limit) {
        return tx.read(session -> session.createSelectionQuery(
                "from ChangeEntry c where c.subjectType = :t and c.subjectId = :id order by c.changedAt desc, c.id desc",
                ChangeEntry.class)
            .setParameter("t", type)
            .setParameter("id", id)
            .setMaxResults(limit)
            .getResultList()
            .stream()
            .map(c -> new HistoryRow(c.getId(), HistoryAction.valueOf(c.getAction()), c.getSummary(), c.getChangedAt(),
                c.getChangedBy()))
            .toList());
    }
}
