package dev.seatledger.core.usage.files;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.usage.UsageSink;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Atlassian organisation users (admin.atlassian.com > Directory > Users > Export users): {@code email},
 * {@code User status}, and one {@code Last seen in <product> - <site>} column per product and site. The managed
 * accounts export (Export accounts) has {@code Last active} and a column per product the account can use instead;
 * there each product the account has is used on the last active day. Every product column is a use of that product
 * (never when the date is blank); active accounts with a product are billable unless a {@code Billable} column says.
 */
final class AtlassianUsers implements CsvFormatReader {
    private static final String[] EMAIL = {"email", "Email", "Email address"};
    private static final Pattern LAST_SEEN = Pattern.compile("last seen in (.+?)(?: - .+)?");
    private static final Set<String> PRODUCTS = Set.of("bitbucket", "confluence", "jira", "jira software",
        "jira service management", "jira work management", "jira product discovery", "opsgenie", "statuspage", "trello",
        "compass", "loom");

    @Override
    public boolean recognizes(CsvSource csv) {
        return csv.has(EMAIL) && (csv.column(LAST_SEEN) >= 0 || csv.has("Atlassian ID") && csv.has("Last active"));
    }

    @Override
    public void read(CsvSource csv, UsageSink sink) throws IOException {
        int email = csv.column(EMAIL);
        int status = csv.column("User status", "Status");
        int billable = csv.column("Billable");
        int lastActive = csv.column("Last active");
        List<int[]> columns = new ArrayList<>();
        List<String> products = new ArrayList<>();
        boolean lastSeen = csv.column(LAST_SEEN) >= 0;
        for (int i = 0; i < csv.headers().size(); i++) {
            String key = dev.seatledger.core.common.HeaderKeys.key(csv.header(i));
            Matcher m = LAST_SEEN.matcher(key);
            if (lastSeen && m.matches()) {
                columns.add(new int[] {i});
                products.add(csv.header(i).substring("last seen in ".length()).replaceAll("\\s+-\\s+.*$", "").strip());
            } else if (!lastSeen && PRODUCTS.contains(key)) {
                columns.add(new int[] {i});
                products.add(csv.header(i).strip());
            }
        }
        if (!Fields.required(sink, Messages.get("usage.field.email"), email, EMAIL[0])
            || !Fields.required(sink, Messages.get("usage.field.lastActive"), lastSeen || lastActive >= 0 ? 0 : -1,
                "Last seen in …")) {
            return;
        }
        while (csv.next()) {
            int line = csv.line();
            String account = csv.get(email);
            if (account == null) {
                sink.problem(line, EMAIL[0], Messages.get("usage.noAccount"));
                continue;
            }
            String s = csv.get(status) == null ? "active" : csv.get(status).toLowerCase(Locale.ROOT);
            boolean active = !s.contains("deactivated") && !s.contains("suspended") && !s.contains("inactive");
            boolean any = false;
            for (int c = 0; c < columns.size(); c++) {
                String value = csv.get(columns.get(c)[0]);
                if (lastSeen) {
                    VendorRow.report(sink, line, account, EMAIL[0], UsageSink.AccountKind.PERSON, active,
                        billable(csv, billable, active), products.get(c), value, csv.header(columns.get(c)[0]));
                    any = true;
                } else if (value != null && !Boolean.FALSE.equals(Fields.yesNo(value))) {
                    VendorRow.report(sink, line, account, EMAIL[0], UsageSink.AccountKind.PERSON, active,
                        billable(csv, billable, active), products.get(c), csv.get(lastActive), csv.header(lastActive));
                    any = true;
                }
            }
            if (!any) {
                sink.account(line, account, UsageSink.AccountKind.PERSON, active, billable >= 0
                    ? Fields.yesNo(csv.get(billable)) : Boolean.FALSE);
            }
        }
    }

    private static Boolean billable(CsvSource csv, int column, boolean active) {
        return column >= 0 ? Fields.yesNo(csv.get(column)) : active;
    }
}
