package dev.seatledger.core.recognition;

import dev.seatledger.core.common.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Software recognition for the rest of the application: a {@link SoftwareRecognizer} over the current catalog and
 * knowledge base, and the knowledge base's entries for pickers. Importers of other files (sign-in logs, vendor
 * exports) recognize their application names through {@link #recognizer(Connection)} the way telemetry does.
 */
public class RecognitionService {
    private final Transactions tx;
    private final KnowledgeSource knowledge;

    public RecognitionService(Transactions tx, KnowledgeSource knowledge) {
        this.tx = tx;
        this.knowledge = knowledge;
    }

    /** A recognizer over the catalog as this connection sees it (inside the caller's transaction). */
    public SoftwareRecognizer recognizer(Connection c) throws SQLException {
        return new SoftwareRecognizer(knowledge.current(), RecognitionCatalog.load(c));
    }

    /** A recognizer over the catalog as it is now, read in a transaction of its own. */
    public SoftwareRecognizer recognizer() {
        return tx.read(session -> session.doReturningWork(this::recognizer));
    }

    public KnowledgeBase knowledge() {
        return knowledge.current();
    }

    /** Why the data folder's knowledge file is left out (its mistake, by file, entry and field), or null. */
    public String knowledgeProblem() {
        return knowledge.problem();
    }

    /** Paid software whose name or publisher starts with (then contains) what is typed: for "Add product". */
    public List<KnowledgeEntry> entriesFor(String typed, int limit) {
        return knowledge.current().startingWith(typed, limit);
    }
}
