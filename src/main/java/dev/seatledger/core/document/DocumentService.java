package dev.seatledger.core.document;

import dev.seatledger.core.common.BusinessRuleException;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.NotFoundException;
import dev.seatledger.core.common.Operator;
import dev.seatledger.core.common.Transactions;
import dev.seatledger.core.history.HistoryAction;
import dev.seatledger.core.history.HistoryRecorder;
import dev.seatledger.core.history.SubjectType;
import dev.seatledger.core.license.License;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Attaches files to licenses (type and size checked, deduplicated by SHA-256 per license), archives them on
 * removal and purges the stored files nobody live refers to any more.
 */
public class DocumentService {
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    private final Transactions tx;
    private final Clock clock;
    private final Operator operator;
    private final DocumentStore store;
    private final HistoryRecorder history;

    public DocumentService(Transactions tx, Clock clock, Operator operator, DocumentStore store) {
        this.tx = tx;
        this.clock = clock;
        this.operator = operator;
        this.store = store;
        this.history = new HistoryRecorder(clock, operator);
    }

    public DocumentRow attach(long licenseId, Path file, DocumentKind kind) {
        String name = file.getFileName().toString();
        if (name.length() > Document.FILE_NAME_MAX) {
            name = name.substring(name.length() - Document.FILE_NAME_MAX);
        }
        String fileName = name;
        try {
            DocumentTypes type = DocumentTypes.check(file, MAX_BYTES);
            String sha = sha256(file);
            long size = Files.size(file);
            tx.read(session -> {
                if (session.find(License.class, licenseId) == null) {
                    throw new NotFoundException(Messages.get("license.notFound"));
                }
                duplicateOf(session, licenseId, sha);
                return null;
            });
            store.save(sha, file);
            long id = tx.write(session -> {
                License license = session.find(License.class, licenseId);
                if (license == null) {
                    throw new NotFoundException(Messages.get("license.notFound"));
                }
                duplicateOf(session, licenseId, sha);
                Document d = new Document(license, sha, fileName, type.mediaType(), size, kind, clock.instant(),
                    operator.get());
                session.persist(d);
                session.flush();
                history.record(session, SubjectType.LICENSE, licenseId, HistoryAction.DOCUMENT_ADD,
                    fileName + " (" + Messages.get("document.kind." + d.getKind().name()) + ")");
                return d.getId();
            });
            return row(id);
        } catch (IOException e) {
            throw new BusinessRuleException(Messages.get("document.readFailed", fileName, e.getMessage()));
        }
    }

    private static void duplicateOf(org.hibernate.Session session, long licenseId, String sha) {
        String existing = session.createSelectionQuery(
                "select d.fileName from Document d where d.license.id = :l and d.sha256 = :s and d.archivedAt is null",
                String.class)
            .setParameter("l", licenseId).setParameter("s", sha).setMaxResults(1).uniqueResult();
        if (existing != null) {
            throw new BusinessRuleException(Messages.get("document.duplicate", existing));
        }
    }

    public List<DocumentRow> list(long licenseId, boolean includeArchived) {
        return tx.read(session -> session.createSelectionQuery(
                "select new dev.seatledger.core.document.DocumentRow(d.id, d.license.id, d.fileName, d.kind, d.mediaType,"
                    + " d.sizeBytes, d.sha256, d.uploadedAt, d.uploadedBy, d.archivedAt is not null)"
                    + " from Document d where d.license.id = :l" + (includeArchived ? "" : " and d.archivedAt is null")
                    + " order by d.uploadedAt desc, d.id desc", DocumentRow.class)
            .setParameter("l", licenseId).getResultList());
    }

    public DocumentRow row(long id) {
        return tx.read(session -> {
            Document d = load(session, id);
            return new DocumentRow(d.getId(), d.getLicense().getId(), d.getFileName(), d.getKind(), d.getMediaType(),
                d.getSizeBytes(), d.getSha256(), d.getUploadedAt(), d.getUploadedBy(), d.isArchived());
        });
    }

    public void setKind(long id, DocumentKind kind) {
        tx.run(session -> load(session, id).setKind(kind == null ? DocumentKind.OTHER : kind));
    }

    /** Removes the document from its license; the stored file stays until {@link #purge()}. */
    public void archive(long id) {
        tx.run(session -> {
            Document d = load(session, id);
            if (!d.isArchived()) {
                d.archive(clock.instant(), operator.get());
                history.record(session, SubjectType.LICENSE, d.getLicense().getId(), HistoryAction.DOCUMENT_REMOVE,
                    d.getFileName());
            }
        });
    }

    /** The stored file of a document, for opening with the OS or extracting text. */
    public Path file(long id) {
        DocumentRow row = row(id);
        try {
            Path p = store.path(row.sha256());
            if (!Files.isRegularFile(p)) {
                throw new BusinessRuleException(Messages.get("document.missing", row.fileName()));
            }
            return p;
        } catch (IOException e) {
            throw new BusinessRuleException(Messages.get("document.missing", row.fileName()));
        }
    }

    /** Deletes the stored files of archived documents that no live document shares; returns how many. */
    public int purge() {
        Set<String> archived = new HashSet<>(tx.read(session -> session.createSelectionQuery(
            "select distinct d.sha256 from Document d where d.archivedAt is not null", String.class).getResultList()));
        Set<String> live = new HashSet<>(tx.read(session -> session.createSelectionQuery(
            "select distinct d.sha256 from Document d where d.archivedAt is null", String.class).getResultList()));
        archived.removeAll(live);
        int deleted = 0;
        for (String sha : archived) {
            if (store.exists(sha)) {
                try {
                    store.delete(sha);
                    deleted++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return deleted;
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[64 * 1024];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Document load(org.hibernate.Session session, long id) {
        Document d = session.find(Document.class, id);
        if (d == null) {
            throw new NotFoundException(Messages.get("document.notFound"));
        }
        return d;
    }
}
