package dev.seatledger.core.usage;

import dev.seatledger.core.recognition.MatchKind;
import dev.seatledger.core.recognition.Observed;
import dev.seatledger.core.recognition.Recognition;
import dev.seatledger.core.recognition.SoftwareRecognizer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Which catalog product an application name in a usage file is (an Entra or Okta application, a Google OAuth app,
 * a Microsoft 365 product, a vendor's own product): the one place usage files match names to products. It applies the
 * telemetry import's recognition ({@link SoftwareRecognizer}: your aliases, product names, the knowledge base's
 * sign-in names), taking only the matches made without asking.
 */
final class ApplicationProducts {
    private final SoftwareRecognizer recognizer;

    private ApplicationProducts(SoftwareRecognizer recognizer) {
        this.recognizer = recognizer;
    }

    static ApplicationProducts load(dev.seatledger.core.recognition.RecognitionService recognition, Connection c)
            throws SQLException {
        return new ApplicationProducts(recognition.recognizer(c));
    }

    /**
     * Other names vendors' products go by, tried when the name a file gives is not in the catalog: the exports name
     * their vendor's product by its short name.
     */
    private static final Map<String, List<String>> ALSO = Map.of(
        "zoom", List.of("Zoom Workplace", "Zoom Meetings", "Zoom One"),
        "slack", List.of("Slack Pro", "Slack Business+"),
        "google workspace", List.of("G Suite", "Google Workspace Business Standard"),
        "jira", List.of("Jira Software"));

    /** The product the name is, or null when no catalog product is. */
    Long productOf(String applicationName) {
        Long id = automatic(applicationName);
        for (String other : ALSO.getOrDefault(applicationName.strip().toLowerCase(java.util.Locale.ROOT), List.of())) {
            id = id != null ? id : automatic(other);
        }
        return id;
    }

    private Long automatic(String name) {
        Recognition r = recognizer.recognize(Observed.ssoApp(name));
        return r.kind() != MatchKind.UNKNOWN && r.kind() != MatchKind.IGNORED
            && r.confidence() >= SoftwareRecognizer.AUTOMATIC ? r.productId() : null;
    }
}
