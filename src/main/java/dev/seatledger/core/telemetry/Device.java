package dev.seatledger.core.telemetry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A machine reported by an endpoint agent. */
@Entity
@Table(name = "device")
public class Device {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 255)
    private String hostname;

    @Column(name = "host_key", nullable = false, length = 255)
    private String hostKey;

    @Column(length = 120)
    private String serial;

    @Column(length = 120)
    private String os;

    @Column(name = "primary_person_id")
    private Long primaryPersonId;

    @Column(name = "last_seen")
    private Instant lastSeen;

    protected Device() {
    }

    public Long getId() { return id; }
    public String getHostname() { return hostname; }
    public String getSerial() { return serial; }
    public String getOs() { return os; }
    public Long getPrimaryPersonId() { return primaryPersonId; }
    public Instant getLastSeen() { return lastSeen; }
}
