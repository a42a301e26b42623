package dev.seatledger.core.mail;

import dev.seatledger.core.common.Transactions;
import java.time.Clock;
import java.util.List;

/** The queue of messages to seat holders: what is pending, and recording each send or failure. */
public class OutboxService {
    private final Transactions tx;
    private final Clock clock;

    public OutboxService(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    public record Pending(long id, String toEmail, String toName, String subject, String body) {
    }

    public List<Pending> pending() {
        return tx.read(session -> session.createSelectionQuery(
                "from OutboxMessage o where o.sentAt is null order by o.id", OutboxMessage.class)
            .getResultList().stream()
            .map(o -> new Pending(o.getId(), o.getToEmail(), o.getToName(), o.getSubject(), o.getBody())).toList());
    }

    public void markSent(long id) {
        tx.run(session -> session.find(OutboxMessage.class, id).markSent(clock.instant()));
    }

    public void markExported(long id) {
        tx.run(session -> session.find(OutboxMessage.class, id).markExported(clock.instant()));
    }

    public void markFailed(long id, String error) {
        String e = error == null ? "unknown error" : error.length() > 1000 ? error.substring(0, 1000) : error;
        tx.run(session -> session.find(OutboxMessage.class, id).markFailed(e));
    }

    public String lastError(long id) {
        return tx.read(session -> session.createSelectionQuery(
                "select o.lastError from OutboxMessage o where o.id = :id", String.class)
            .setParameter("id", id).getSingleResult());
    }
}
