package dev.seatledger.core.usage;

import dev.seatledger.core.common.Messages;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The files {@code import usage} reads, each with the kind of evidence it gives (ADR 0043 names the source of each
 * sample). {@link #EMAIL_LIST} gives no evidence: it is a vendor's list of accounts for an audit.
 */
public enum UsageFormat {
    ENTRA_SIGN_INS("entra", UsageSource.SSO),
    OKTA_SYSTEM_LOG("okta", UsageSource.SSO),
    GOOGLE_AUDIT("google-audit", UsageSource.SSO),
    M365_ACTIVE_USERS("m365", UsageSource.VENDOR),
    SLACK_MEMBERS("slack", UsageSource.VENDOR),
    ZOOM_USERS("zoom", UsageSource.VENDOR),
    ATLASSIAN_USERS("atlassian", UsageSource.VENDOR),
    GOOGLE_USERS("google-users", UsageSource.VENDOR),
    USAGE_CSV("csv", UsageSource.VENDOR),
    EMAIL_LIST("emails", null);

    /** The word of {@code --format}. */
    public final String word;
    /** SSO or VENDOR; null for a list of e-mail addresses. */
    public final UsageSource source;

    UsageFormat(String word, UsageSource source) {
        this.word = word;
        this.source = source;
    }

    /** The name people know the file by, e.g. "Slack member analytics". */
    public String displayName() {
        return Messages.get("usage.format." + name());
    }

    /** Whether the file lists a vendor's accounts (for comparing with a license's holders). */
    public boolean listsAccounts() {
        return source != UsageSource.SSO;
    }

    /** The format named by a {@code --format} word; an unknown word names the choices. */
    public static UsageFormat parse(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.word.equals(w)).findFirst().orElseThrow(() ->
            new IllegalArgumentException(Messages.get("usage.format.unknown", word, words(List.of(values())))));
    }

    /** The words of these formats, comma-separated. */
    public static String words(List<UsageFormat> formats) {
        return formats.stream().map(f -> f.word).collect(Collectors.joining(", "));
    }

    /** The format a stored code names, or null. */
    public static UsageFormat ofCode(String code) {
        if (code == null) {
            return null;
        }
        try {
            return valueOf(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
