package dev.seatledger.core.catalog;

import dev.seatledger.core.common.ArchivableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;

/** A catalog entry: the application itself, independent of any purchase. */
@Entity
@Table(name = "product")
public class Product extends ArchivableEntity {
    public static final int NAME_MAX = 120;
    public static final int PUBLISHER_MAX = 120;
    public static final int CATEGORY_MAX = 60;
    public static final int WEBSITE_MAX = 255;
    public static final int NOTES_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    /** lower-cased name while the product is live, null once archived: unique in the database. */
    @Column(name = "name_key", length = NAME_MAX)
    private String nameKey;

    @Column(nullable = false, length = PUBLISHER_MAX)
    private String publisher;

    @Column(length = CATEGORY_MAX)
    private String category;

    @Column(length = WEBSITE_MAX)
    private String website;

    @Column(length = NOTES_MAX)
    private String notes;

    @Column(name = "grade_letter", length = 1)
    private String gradeLetter;

    @Column(name = "risk_level", length = 16)
    private String riskLevel;

    /** Risk and top reasons of the latest evaluation, for tooltips. */
    @Column(name = "grade_summary", length = 400)
    private String gradeSummary;

    @Version
    private long version;

    protected Product() {
    }

    public Product(String name, String publisher, Instant createdAt, String createdBy) {
        super(createdAt, createdBy);
        this.name = name;
        this.publisher = publisher;
    }

    @PrePersist
    @PreUpdate
    void syncNameKey() {
        nameKey = isArchived() ? null : normalize(name);
    }

    public static String normalize(String name) {
        return name == null ? null : name.strip().toLowerCase(Locale.ROOT);
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPublisher() { return publisher; }
    public void setPublisher(String publisher) { this.publisher = publisher; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public String getGradeLetter() { return gradeLetter; }
    public void setGradeLetter(String gradeLetter) { this.gradeLetter = gradeLetter; }
    public String getRiskLevel() { return riskLevel; }
    public void setRiskLevel(String riskLevel) { this.riskLevel = riskLevel; }
    public String getGradeSummary() { return gradeSummary; }
    public void setGradeSummary(String gradeSummary) { this.gradeSummary = gradeSummary; }

    @Override
    public void archive(Instant at, String by) {
        super.archive(at, by);
        syncNameKey();
    }

    @Override
    public void restore() {
        super.restore();
        syncNameKey();
    }

    @Override
    public String toString() {
        return "Product[" + id + ", " + name + "]";
    }
}
