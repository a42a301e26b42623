package dev.seatledger.core.telemetry;

import dev.seatledger.core.recognition.NameKeys;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The user's decision on a discovered application name or bundle id: the catalog product it is, or none when the
 * user chose to ignore it (V20).
 */
@Entity
@Table(name = "app_alias")
public class AppAlias {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "alias_key", nullable = false, length = 255)
    private String aliasKey;

    @Column(name = "product_id")
    private Long productId;

    protected AppAlias() {
    }

    /** {@code productId} null: the application is ignored. */
    public AppAlias(String alias, Long productId) {
        this.aliasKey = key(alias);
        this.productId = productId;
    }

    /** The normalized form used for matching: trimmed, lower case. */
    public static String key(String s) {
        return NameKeys.key(s);
    }

    /** A display name reduced for matching: "Slack.app" and "Slack (64-bit x64)" both become "slack". */
    public static String nameKey(String name) {
        return NameKeys.nameKey(name);
    }

    public String getAliasKey() { return aliasKey; }
    public Long getProductId() { return productId; }
}
