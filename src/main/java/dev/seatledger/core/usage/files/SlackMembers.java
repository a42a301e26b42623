package dev.seatledger.core.usage.files;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.usage.UsageSink;
import java.io.IOException;
import java.util.Locale;

/**
 * Slack's member analytics (Workspace or organisation settings > Analytics > Members > Export CSV): one row per
 * member with {@code Email}, {@code Account type} (Member, Workspace Admin or Owner, Single- or Multi-Channel Guest,
 * Bot), {@code Last active (UTC)}, {@code Deactivated date (UTC)} and the billing state ({@code Billing active}).
 * Guests and bots are counted and skipped; deactivated members hold no account.
 */
final class SlackMembers implements CsvFormatReader {
    static final String SLACK = "Slack";
    private static final String[] EMAIL = {"Email", "Email address", "email_address"};
    private static final String[] LAST_ACTIVE = {"Last active (UTC)", "Last active", "Last Active Date", "date_last_active"};
    private static final String[] TYPE = {"Account type", "Account Type", "Member type"};
    private static final String[] BILLABLE = {"Billing active", "Billable", "Is billable seat", "is_billable_seat",
        "Billing status"};

    @Override
    public boolean recognizes(CsvSource csv) {
        return csv.has(EMAIL) && csv.has(LAST_ACTIVE) && (csv.has(TYPE) || csv.has(BILLABLE) || csv.has("Days active"));
    }

    @Override
    public void read(CsvSource csv, UsageSink sink) throws IOException {
        int email = csv.column(EMAIL);
        int last = csv.column(LAST_ACTIVE);
        int type = csv.column(TYPE);
        int billable = csv.column(BILLABLE);
        int deactivated = csv.column("Deactivated date (UTC)", "Deactivated date", "Deactivated");
        int status = csv.column("Account status", "Status");
        if (!Fields.required(sink, Messages.get("usage.field.email"), email, EMAIL[0])
            || !Fields.required(sink, Messages.get("usage.field.lastActive"), last, LAST_ACTIVE[0])) {
            return;
        }
        while (csv.next()) {
            String kind = csv.get(type) == null ? "" : csv.get(type).toLowerCase(Locale.ROOT);
            UsageSink.AccountKind k = kind.contains("guest") ? UsageSink.AccountKind.GUEST
                : kind.contains("bot") || kind.contains("app") || kind.contains("workflow") ? UsageSink.AccountKind.SERVICE
                : UsageSink.AccountKind.PERSON;
            boolean active = csv.get(deactivated) == null
                && (csv.get(status) == null || !csv.get(status).toLowerCase(Locale.ROOT).startsWith("deactivated"));
            VendorRow.report(sink, csv.line(), csv.get(email), EMAIL[0], k, active, Fields.yesNo(csv.get(billable)),
                SLACK, csv.get(last), csv.header(last));
        }
    }
}
