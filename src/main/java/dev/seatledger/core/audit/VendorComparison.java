package dev.seatledger.core.audit;

import dev.seatledger.core.usage.UsageFormat;
import java.util.List;

/**
 * A license's holders beside a vendor's list of accounts: holders with an account, holders without one (seats to
 * revoke), accounts without a seat here (unrecorded users: people SeatLedger knows, or addresses it does not), and
 * the proposed seat count (the vendor's billable accounts). Guests and service accounts of the list are counted.
 */
public record VendorComparison(long licenseId, UsageFormat format, List<Holder> withAccount, List<Holder> withoutAccount,
                               List<Account> unrecorded, int proposedCount, int guests, int serviceAccounts) {

    /** A seat of the license and its holder. */
    public record Holder(long assignmentId, long personId, String name, String email) {
    }

    /** An account of the vendor's list with no seat here; {@code personId} when SeatLedger knows the person. */
    public record Account(String email, Long personId, String name, Boolean billable) {
    }
}
