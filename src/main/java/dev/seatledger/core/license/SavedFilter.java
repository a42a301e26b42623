package dev.seatledger.core.license;

/** The four saved filters of the Licenses list (rules in PRODUCT.md section 3). */
public enum SavedFilter {
    /** today ≤ expiry ≤ today + 60 days. */
    RENEWING_SOON,
    /** expiry < today, whatever the status. */
    EXPIRED,
    /** not unlimited and used ≥ total. */
    FULLY_SEATED,
    /** not unlimited, total > 1 and used < total / 2. */
    UNDERUTILIZED;

    public static final int RENEWING_WINDOW_DAYS = 60;
}
