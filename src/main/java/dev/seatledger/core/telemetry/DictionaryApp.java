package dev.seatledger.core.telemetry;

import dev.seatledger.core.recognition.MatchKind;
import dev.seatledger.core.recognition.Observed;
import dev.seatledger.core.recognition.Recognition;
import dev.seatledger.core.recognition.Source;
import dev.seatledger.core.recognition.Suggestion;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * One row of {@code reported_app} as read and written by the importer and by re-matching: the application's keys and
 * name, where it came from, and its recognition (product, how, known as, best suggestion, confidence, reason).
 */
final class DictionaryApp {
    static final String COLUMNS = "id, app_key, display_name, name_key, source, publisher, product_id, match_kind,"
        + " known_as, suggestion_id, confidence, reason";

    long id;
    final String key;
    String name;
    String nameKey;
    Source source;
    String publisher;
    Long product;
    MatchKind kind = MatchKind.UNKNOWN;
    String knownAs;
    Long suggestion;
    BigDecimal confidence;
    String reason;
    boolean renamed;
    boolean recognized;
    int deviceDelta;

    DictionaryApp(long id, String key, String name, String nameKey, Source source, String publisher) {
        this.id = id;
        this.key = key;
        this.name = name;
        this.nameKey = nameKey;
        this.source = source;
        this.publisher = publisher;
    }

    /** What recognition is given: the name, the bundle id when the key is one, the source and the publisher. */
    Observed observed() {
        String bundle = key.equals(nameKey) ? null : key;
        return new Observed(name, bundle, source, publisher);
    }

    /** Takes a recognition; true when anything stored changes. */
    boolean apply(Recognition r) {
        Suggestion best = r.productId() == null ? r.best() : null;
        Long newSuggestion = best == null ? null : best.productId();
        double c = r.productId() != null ? r.confidence() : best == null ? 0 : best.confidence();
        BigDecimal newConfidence = c == 0 ? null : BigDecimal.valueOf(c).setScale(3, RoundingMode.HALF_UP);
        String newReason = r.productId() != null || r.hidden() ? encode(r) : best == null ? null : best.reason().encode();
        String newKnown = r.knownAs() == null ? null : r.knownAs().name();
        recognized = true;
        boolean changed = !Objects.equals(product, r.productId()) || kind != r.kind() || !Objects.equals(knownAs, newKnown)
            || !Objects.equals(suggestion, newSuggestion) || !Objects.equals(reason, newReason)
            || !sameNumber(confidence, newConfidence);
        product = r.productId();
        kind = r.kind();
        knownAs = newKnown;
        suggestion = newSuggestion;
        confidence = newConfidence;
        reason = newReason;
        return changed;
    }

    private static String encode(Recognition r) {
        return r.reason() == null ? null : r.reason().encode();
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    static List<DictionaryApp> readAll(Connection c) throws SQLException {
        List<DictionaryApp> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from reported_app");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(of(rs));
            }
        }
        return out;
    }

    /** The application stored under this key, or null. */
    static DictionaryApp read(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from reported_app where app_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? of(rs) : null;
            }
        }
    }

    private static DictionaryApp of(ResultSet rs) throws SQLException {
        DictionaryApp a = new DictionaryApp(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
            Source.of(rs.getString(5)), rs.getString(6));
        a.product = longOrNull(rs, 7);
        a.kind = MatchKind.of(rs.getString(8));
        a.knownAs = rs.getString(9);
        a.suggestion = longOrNull(rs, 10);
        a.confidence = rs.getBigDecimal(11);
        a.reason = rs.getString(12);
        return a;
    }

    private static Long longOrNull(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    /** Inserts an application met for the first time, recognized; returns its id. */
    static long insert(Connection c, DictionaryApp a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into reported_app (app_key, display_name, name_key, source,"
                + " publisher, product_id, match_kind, known_as, suggestion_id, confidence, reason)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
            ps.setString(1, a.key);
            bindFrom(ps, 2, a);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Writes the names and recognitions of these applications. */
    static void update(Connection c, Collection<DictionaryApp> apps) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update reported_app set display_name = ?, name_key = ?, source = ?,"
                + " publisher = ?, product_id = ?, match_kind = ?, known_as = ?, suggestion_id = ?, confidence = ?, reason = ?"
                + " where id = ?")) {
            int n = 0;
            for (DictionaryApp a : apps) {
                bindFrom(ps, 1, a);
                ps.setLong(11, a.id);
                ps.addBatch();
                if (++n % TelemetryImporter.BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    /** Binds display name through reason, ten parameters from {@code first}. */
    private static void bindFrom(PreparedStatement ps, int first, DictionaryApp a) throws SQLException {
        ps.setString(first, a.name);
        ps.setString(first + 1, a.nameKey);
        ps.setString(first + 2, a.source == Source.OTHER ? null : a.source.code());
        ps.setString(first + 3, cut(a.publisher, 120));
        TelemetryImporter.setLongOrNull(ps, first + 4, a.product);
        ps.setString(first + 5, a.kind.code());
        ps.setString(first + 6, cut(a.knownAs, 120));
        TelemetryImporter.setLongOrNull(ps, first + 7, a.suggestion);
        if (a.confidence == null) {
            ps.setNull(first + 8, Types.NUMERIC);
        } else {
            ps.setBigDecimal(first + 8, a.confidence);
        }
        ps.setString(first + 9, a.reason);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
