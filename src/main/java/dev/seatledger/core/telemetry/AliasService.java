package dev.seatledger.core.telemetry;

import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.catalog.ProductService;
import dev.seatledger.core.common.BusinessRuleException;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.Operator;
import dev.seatledger.core.common.Transactions;
import dev.seatledger.core.history.HistoryRecorder;
import dev.seatledger.core.recognition.KnowledgeEntry;
import dev.seatledger.core.recognition.RecognitionService;
import dev.seatledger.core.recognition.Suggestion;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import org.hibernate.Session;

/**
 * The user's decisions on discovered applications, each an alias recorded in history that re-matches at once:
 * map to a product (choose one, or accept the suggestion), add to the catalog and map, ignore, or take a decision
 * back; and "accept every suggestion from N %" with a preview and one undo.
 */
public class AliasService {
    private final Transactions tx;
    private final ProductService products;
    private final RecognitionService recognition;
    private final HistoryRecorder history;

    public AliasService(Transactions tx, ProductService products, RecognitionService recognition, Clock clock,
                        Operator operator) {
        this.tx = tx;
        this.products = products;
        this.recognition = recognition;
        this.history = new HistoryRecorder(clock, operator);
    }

    /** The application (its key, bundle id or name) is this product from now on. */
    public void map(String appNameOrKey, long productId) {
        tx.run(session -> {
            AliasDecisions d = decisions();
            d.set(session, AppAlias.key(appNameOrKey), productId);
            d.rematch(session, List.of());
        });
    }

    /**
     * Recognizes every reported application again with the knowledge base as it is now (a changed
     * {@code software.json} included); returns how many changed product. Writes only what changed.
     */
    public int rematch() {
        return tx.write(session -> session.doReturningWork(c -> InstalledProducts.rematch(c, recognition.recognizer(c),
            List.of())));
    }

    /** Accepts the application's best suggestion; returns the product. */
    public long accept(String appKey) {
        return tx.write(session -> {
            List<Object[]> rows = session.createNativeQuery("select r.suggestion_id, r.display_name from reported_app r"
                + " join product p on p.id = r.suggestion_id and p.archived_at is null"
                + " where r.app_key = :k and r.product_id is null", Object[].class).setParameter("k", AppAlias.key(appKey))
                .getResultList();
            if (rows.isEmpty()) {
                throw new BusinessRuleException(Messages.get("alias.noSuggestion", appKey));
            }
            long product = ((Number) rows.get(0)[0]).longValue();
            AliasDecisions d = decisions();
            d.set(session, AppAlias.key(appKey), product);
            d.rematch(session, List.of());
            return product;
        });
    }

    /** The application is no catalog product: it leaves the unknown applications, counted with the hidden ones. */
    public void ignore(String appKey) {
        tx.run(session -> {
            AliasDecisions d = decisions();
            d.set(session, AppAlias.key(appKey), null);
            d.rematch(session, List.of());
        });
    }

    /** Takes back the user's decision on the application: recognition decides again. */
    public void forget(String appKey) {
        tx.run(session -> {
            AliasDecisions d = decisions();
            d.remove(session, AppAlias.key(appKey), true);
            d.rematch(session, List.of());
        });
    }

    /** Creates the product (name and publisher as typed) and maps the application to it. */
    public long addToCatalog(String appKey, String productName, String publisher, String category) {
        return addToCatalog(appKey, new ProductDraft(productName, publisher, category, null, null));
    }

    /** Creates the product and maps the application to it. */
    public long addToCatalog(String appKey, ProductDraft draft) {
        long id = products.create(draft);
        map(appKey, id);
        return id;
    }

    /**
     * The product an application would be added to the catalog as: the knowledge base's name, publisher, category
     * and website when it knows the application, else its name as reported.
     */
    public ProductDraft draftFor(String appKey) {
        return tx.read(session -> {
            List<Object[]> rows = session.createNativeQuery("select display_name, known_as, publisher from reported_app"
                + " where app_key = :k", Object[].class).setParameter("k", AppAlias.key(appKey)).getResultList();
            String name = rows.isEmpty() ? appKey : (String) rows.get(0)[0];
            KnowledgeEntry e = rows.isEmpty() ? null : recognition.knowledge().entry((String) rows.get(0)[1]);
            if (e != null) {
                return new ProductDraft(e.name(), e.publisher(), e.category(), e.website(), null);
            }
            String publisher = rows.isEmpty() ? null : (String) rows.get(0)[2];
            return new ProductDraft(cleanName(name), publisher, null, null, null);
        });
    }

    /**
     * The application's best suggestions as recognition makes them now, most likely first (up to three), each with
     * its confidence and reason; empty for an application nothing suggests or one stored under no such key.
     */
    public List<Suggestion> suggestionsFor(String appKey) {
        return tx.read(session -> session.doReturningWork(c -> {
            DictionaryApp app = DictionaryApp.read(c, AppAlias.key(appKey));
            return app == null ? List.<Suggestion>of() : recognition.recognizer(c).recognize(app.observed()).suggestions();
        }));
    }

    /** The suggestions "accept all" would take at this confidence (0 to 1), most devices first. */
    public List<SuggestedMatch> previewAcceptAll(double minConfidence) {
        return tx.read(session -> SuggestedMatch.read(session, minConfidence));
    }

    /**
     * Accepts, in one transaction, exactly the previewed suggestions that still stand as they were previewed (the
     * application still unknown, the same product suggested): an application another user decided meanwhile, or a
     * suggestion that appeared since the preview, is left alone. The batch undoes it.
     */
    public AcceptedBatch acceptAll(List<SuggestedMatch> previewed) {
        return tx.write(session -> {
            Map<String, Long> standing = new HashMap<>();
            for (SuggestedMatch m : SuggestedMatch.read(session, 0)) {
                standing.put(m.appKey(), m.productId());
            }
            List<SuggestedMatch> taken = previewed.stream()
                .filter(m -> Long.valueOf(m.productId()).equals(standing.get(m.appKey()))).toList();
            AliasDecisions d = decisions();
            for (SuggestedMatch m : taken) {
                d.set(session, m.appKey(), m.productId());
            }
            d.rematch(session, List.of());
            return new AcceptedBatch(taken);
        });
    }

    /** Takes back the aliases an {@link #acceptAll} made, those still as it left them; returns how many. */
    public int undo(AcceptedBatch batch) {
        return tx.write(session -> {
            AliasDecisions d = decisions();
            int n = 0;
            for (SuggestedMatch m : batch.accepted()) {
                if (stillMapped(session, m)) {
                    d.remove(session, m.appKey(), true);
                    n++;
                }
            }
            d.rematch(session, List.of());
            return n;
        });
    }

    private static boolean stillMapped(Session session, SuggestedMatch m) {
        return !session.createSelectionQuery("select a.id from AppAlias a where a.aliasKey = :k and a.productId = :p",
            Long.class).setParameter("k", m.appKey()).setParameter("p", m.productId()).getResultList().isEmpty();
    }

    private AliasDecisions decisions() {
        return new AliasDecisions(history, recognition);
    }

    /** "Acme Timesheets 4.2 (x64)" as "Acme Timesheets": the reported words without version and architecture. */
    private static String cleanName(String name) {
        String s = name.replaceAll("(?i)\\.app$|\\.exe$", "").replaceAll("\\s*\\([^)]*\\)", "")
            .replaceAll("\\s+v?\\d+([.]\\d+)*\\b", "").replaceAll("\\s+-\\s+[a-z]{2}-[a-z]{2}$", "").strip();
        return s.isEmpty() ? name.strip() : s;
    }

    /** What "accept all" took, for its undo. */
    public record AcceptedBatch(List<SuggestedMatch> accepted) {
        public AcceptedBatch {
            accepted = List.copyOf(accepted);
        }

        public int size() {
            return accepted.size();
        }
    }
}
