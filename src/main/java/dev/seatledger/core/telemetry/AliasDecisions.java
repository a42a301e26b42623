package dev.seatledger.core.telemetry;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.history.HistoryAction;
import dev.seatledger.core.history.HistoryRecorder;
import dev.seatledger.core.history.SubjectType;
import dev.seatledger.core.recognition.RecognitionService;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;

/**
 * Writes the user's decisions on applications inside the caller's transaction: an alias to a product or to none
 * (ignored), or no alias any more; each recorded in history (on the product, or on the application when there is
 * none), then the dictionary recognized again and the seats of the products concerned refreshed.
 */
final class AliasDecisions {
    private final HistoryRecorder history;
    private final RecognitionService recognition;
    private final Set<Long> concerned = new LinkedHashSet<>();

    AliasDecisions(HistoryRecorder history, RecognitionService recognition) {
        this.history = history;
        this.recognition = recognition;
    }

    /** Sets the alias of {@code key} to {@code productId} (null: ignore the application). */
    void set(Session session, String key, Long productId) {
        Long before = remove(session, key, false);
        session.persist(new AppAlias(key, productId));
        session.flush();
        String app = appName(session, key);
        if (productId != null) {
            concerned.add(productId);
            history.record(session, SubjectType.PRODUCT, productId, HistoryAction.MAP, Messages.get("history.alias.mapped", app));
        } else {
            history.record(session, SubjectType.APPLICATION, appId(session, key), HistoryAction.IGNORE,
                Messages.get("history.alias.ignored", app));
        }
        if (before != null && !before.equals(productId)) {
            history.record(session, SubjectType.PRODUCT, before, HistoryAction.UNMAP,
                Messages.get("history.alias.unmapped", app));
        }
        concerned.addAll(matchedNow(session, key));
    }

    /**
     * Removes the alias of {@code key}; returns the product it named (or null). With {@code record}, history keeps
     * that the decision was taken back.
     */
    Long remove(Session session, String key, boolean record) {
        List<AppAlias> found = session.createSelectionQuery("from AppAlias a where a.aliasKey = :k", AppAlias.class)
            .setParameter("k", key).getResultList();
        if (found.isEmpty()) {
            return null;
        }
        Long before = found.get(0).getProductId();
        session.createMutationQuery("delete from AppAlias a where a.aliasKey = :k").setParameter("k", key).executeUpdate();
        session.flush();
        if (before != null) {
            concerned.add(before);
        }
        if (record) {
            String app = appName(session, key);
            if (before != null) {
                history.record(session, SubjectType.PRODUCT, before, HistoryAction.UNMAP,
                    Messages.get("history.alias.unmapped", app));
            } else {
                history.record(session, SubjectType.APPLICATION, appId(session, key), HistoryAction.UNMAP,
                    Messages.get("history.alias.forgotten", app));
            }
        }
        return before;
    }

    /** Recognizes the dictionary again after the decisions taken so far. */
    void rematch(Session session, Collection<Long> alsoConcerned) {
        session.flush();
        List<Long> all = new ArrayList<>(concerned);
        all.addAll(alsoConcerned);
        session.doWork(c -> InstalledProducts.rematch(c, recognition.recognizer(c), all));
    }

    /** Products the applications of this key are matched to now (a product's name or the knowledge base). */
    private static List<Long> matchedNow(Session session, String key) {
        return session.createNativeQuery("select distinct product_id from reported_app"
                + " where (app_key = :k or name_key = :k) and product_id is not null", Long.class)
            .setParameter("k", key).getResultList();
    }

    private static String appName(Session session, String key) {
        List<String> names = session.createNativeQuery("select display_name from reported_app where app_key = :k"
            + " or name_key = :k order by devices desc, id", String.class).setParameter("k", key).setMaxResults(1)
            .getResultList();
        return names.isEmpty() ? key : names.get(0);
    }

    private static long appId(Session session, String key) {
        List<Long> ids = session.createNativeQuery("select id from reported_app where app_key = :k or name_key = :k"
            + " order by devices desc, id", Long.class).setParameter("k", key).setMaxResults(1).getResultList();
        return ids.isEmpty() ? 0 : ids.get(0).longValue();
    }
}
