package dev.seatledger.core.telemetry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.regex.Pattern;

/** Maps a discovered application name or bundle id to a catalog product. */
@Entity
@Table(name = "app_alias")
public class AppAlias {
    private static final Pattern TRAILING_PARENTHESES = Pattern.compile("\\s*\\([^)]*\\)\\s*$");
    private static final Pattern APP_SUFFIX = Pattern.compile("\\.app$");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "alias_key", nullable = false, length = 255)
    private String aliasKey;

    @Column(name = "product_id", nullable = false)
    private long productId;

    protected AppAlias() {
    }

    public AppAlias(String alias, long productId) {
        this.aliasKey = key(alias);
        this.productId = productId;
    }

    /** The normalized form used for matching: trimmed, lower case. */
    public static String key(String s) {
        return s == null ? null : s.strip().toLowerCase(Locale.ROOT);
    }

    /** A display name reduced for matching: "Slack.app" and "Slack (64-bit x64)" both become "slack". */
    public static String nameKey(String name) {
        if (name == null) {
            return null;
        }
        String k = APP_SUFFIX.matcher(TRAILING_PARENTHESES.matcher(key(name)).replaceAll("")).replaceAll("").strip();
        return k.length() > 255 ? k.substring(0, 255) : k;
    }

    public String getAliasKey() { return aliasKey; }
    public long getProductId() { return productId; }
}
