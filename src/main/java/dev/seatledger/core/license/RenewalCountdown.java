package dev.seatledger.core.license;

import dev.seatledger.core.common.Messages;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The expiry hint on a license row: amber inside its own notice window, red once expired. */
public record RenewalCountdown(Level level, String text) {
    public enum Level { NONE, AMBER, RED }

    public static final RenewalCountdown NONE = new RenewalCountdown(Level.NONE, "");

    public static RenewalCountdown of(LocalDate expiry, int noticeDays, LocalDate today) {
        if (expiry == null) {
            return NONE;
        }
        long days = ChronoUnit.DAYS.between(today, expiry);
        if (days < 0) {
            long ago = -days;
            return new RenewalCountdown(Level.RED,
                ago == 1 ? Messages.get("license.countdown.expired.one") : Messages.get("license.countdown.expired", ago));
        }
        if (days <= noticeDays) {
            String text = days == 0 ? Messages.get("license.countdown.today")
                : days == 1 ? Messages.get("license.countdown.one") : Messages.get("license.countdown.days", days);
            return new RenewalCountdown(Level.AMBER, text);
        }
        return NONE;
    }
}
