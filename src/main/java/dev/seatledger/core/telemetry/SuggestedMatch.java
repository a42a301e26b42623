package dev.seatledger.core.telemetry;

import java.util.List;
import org.hibernate.Session;

/** An unknown application's best suggestion: the product it would be mapped to, and with what confidence (0 to 1). */
public record SuggestedMatch(String appKey, String name, long devices, long productId, String product, double confidence) {

    /** Listed unknown applications whose suggestion (a live product) has at least this confidence. */
    static List<SuggestedMatch> read(Session session, double minConfidence) {
        return session.createNativeQuery("""
                select r.app_key, r.display_name, r.devices, p.id, p.name, r.confidence
                from reported_app r join product p on p.id = r.suggestion_id and p.archived_at is null
                where r.product_id is null and r.match_kind = 'unknown' and r.devices > 0 and r.confidence >= :min
                order by r.devices desc, r.app_key""", Object[].class)
            .setParameter("min", java.math.BigDecimal.valueOf(minConfidence))
            .getResultList().stream()
            .map(r -> new SuggestedMatch((String) r[0], (String) r[1], ((Number) r[2]).longValue(),
                ((Number) r[3]).longValue(), (String) r[4], ((Number) r[5]).doubleValue()))
            .toList();
    }
}
