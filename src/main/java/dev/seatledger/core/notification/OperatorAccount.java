package dev.seatledger.core.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An operator who has used this database; notifications go to each of them. */
@Entity
@Table(name = "operator_account")
public class OperatorAccount {
    @Id
    @Column(length = 120)
    private String name;

    @Column(name = "first_seen", nullable = false)
    private Instant firstSeen;

    @Column(name = "last_seen", nullable = false)
    private Instant lastSeen;

    protected OperatorAccount() {
    }

    public OperatorAccount(String name, Instant at) {
        this.name = name;
        this.firstSeen = at;
        this.lastSeen = at;
    }

    public String getName() { return name; }
    public void seen(Instant at) { lastSeen = at; }
}
