package dev.seatledger.core.usage;

import java.time.Instant;
import java.time.LocalDate;

/** What a usage file reader reports as it reads, line by line; the file is never held whole. */
public interface UsageSink {
    /** Who an account in a file is, as the file says. */
    enum AccountKind { PERSON, GUEST, SERVICE }

    /** Why a line gave no evidence although it was read without a problem. */
    enum Ignored { FAILED_SIGN_IN, OTHER_EVENT }

    /**
     * An account used an application: a successful sign-in at {@code at}, or a vendor's last activity on {@code day}.
     * {@code day} is the date as the file writes it; null when the vendor lists the account as never used.
     * {@code at} orders uses of one file (null for date-only values).
     */
    void use(int line, String account, String application, Instant at, LocalDate day);

    /**
     * An account the file lists: a vendor's user (with whether it is active and, when the file says, billable), or a
     * guest or service account of a sign-in log (skipped, counted).
     */
    void account(int line, String account, AccountKind kind, boolean active, Boolean billable);

    /** A line read without a problem that gives no evidence. */
    void ignored(int line, Ignored why);

    /**
     * An application a file names for every account whether or not the catalog has it (a Microsoft 365 service):
     * used when it is a catalog product, never listed as unknown.
     */
    default void quietApplication(String application) {
    }

    /** A problem with a line (1-based) and a field, in words. */
    void problem(int line, String field, String message);
}
