package dev.seatledger.core.usage;

import dev.seatledger.core.common.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * A seat's last use as the window shows it, with where it came from: "Aug 1, 2026 · Slack member analytics" for a
 * vendor's or an SSO file's evidence (the file's name), "· Endpoint agent" for telemetry, "· Last sign-in" for the
 * login proxy. {@code day} null is "never".
 */
public record LastUse(LocalDate day, UsageSource source, UsageFormat format) {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    /** The seat's last use from its columns: the real evidence when there is some, else the holder's last sign-in. */
    public static LastUse of(LocalDate usedAt, UsageSource source, UsageFormat format, LocalDate lastSignIn) {
        UsageSource s = source == null ? UsageSource.LOGIN_PROXY : source;
        return s == UsageSource.LOGIN_PROXY ? new LastUse(lastSignIn, s, null) : new LastUse(usedAt, s, format);
    }

    /** Where the date came from: the file's name for SSO and vendor evidence, else the source. */
    public String where() {
        if (format != null && (source == UsageSource.SSO || source == UsageSource.VENDOR)) {
            return format.displayName();
        }
        return Messages.get("usage.source." + (source == null ? UsageSource.LOGIN_PROXY : source).name());
    }

    /** "Aug 1, 2026 · Slack member analytics", or "never · Slack member analytics". */
    public String text() {
        return Messages.get("usage.lastUse", day == null ? Messages.get("usage.lastUse.never") : DATE.format(day),
            where());
    }
}
