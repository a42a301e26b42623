package dev.seatledger.core.document;

import dev.seatledger.core.license.License;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A file attached to a license; the bytes live in the document store under {@link #getSha256()}. */
@Entity
@Table(name = "document")
public class Document {
    public static final int FILE_NAME_MAX = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "license_id", nullable = false)
    private License license;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "file_name", nullable = false, length = FILE_NAME_MAX)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private DocumentKind kind = DocumentKind.OTHER;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 120)
    private String uploadedBy;

    @Column(name = "archived_at")
    private Instant archivedAt;

    @Column(name = "archived_by", length = 120)
    private String archivedBy;

    @Version
    private long version;

    protected Document() {
    }

    public Document(License license, String sha256, String fileName, String mediaType, long sizeBytes,
                    DocumentKind kind, Instant at, String by) {
        this.license = license;
        this.sha256 = sha256;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.kind = kind == null ? DocumentKind.OTHER : kind;
        this.uploadedAt = at;
        this.uploadedBy = by;
    }

    public Long getId() { return id; }
    public License getLicense() { return license; }
    public String getSha256() { return sha256; }
    public String getFileName() { return fileName; }
    public String getMediaType() { return mediaType; }
    public long getSizeBytes() { return sizeBytes; }
    public DocumentKind getKind() { return kind; }
    public Instant getUploadedAt() { return uploadedAt; }
    public String getUploadedBy() { return uploadedBy; }
    public Instant getArchivedAt() { return archivedAt; }
    public String getArchivedBy() { return archivedBy; }
    public boolean isArchived() { return archivedAt != null; }

    public void setKind(DocumentKind kind) {
        this.kind = kind;
    }

    public void archive(Instant at, String by) {
        this.archivedAt = at;
        this.archivedBy = by;
    }
}
