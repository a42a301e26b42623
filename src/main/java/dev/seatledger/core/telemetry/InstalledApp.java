package dev.seatledger.core.telemetry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One application on one device as last reported (written in bulk by the importer). */
@Entity
@Table(name = "installed_app")
public class InstalledApp {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "device_id", nullable = false)
    private long deviceId;

    @Column(name = "app_key", nullable = false, length = 255)
    private String appKey;

    @Column(name = "display_name", nullable = false, length = 255)
    private String displayName;

    @Column(name = "name_key", nullable = false, length = 255)
    private String nameKey;

    @Column(length = 120)
    private String version;

    @Column(nullable = false)
    private boolean installed;

    @Column(name = "last_used")
    private LocalDate lastUsed;

    @Column(name = "usage_tracked", nullable = false)
    private boolean usageTracked;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    protected InstalledApp() {
    }

    public String getAppKey() { return appKey; }
    public boolean isInstalled() { return installed; }
    public LocalDate getLastUsed() { return lastUsed; }
}
