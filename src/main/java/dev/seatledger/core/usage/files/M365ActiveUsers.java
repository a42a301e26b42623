package dev.seatledger.core.usage.files;

import dev.seatledger.core.common.Timestamps;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.usage.UsageSink;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Microsoft 365 admin centre's active users report (Reports > Usage > Active users > Export, the Graph report
 * {@code getOffice365ActiveUserDetail}): {@code User Principal Name}, {@code Is Deleted}, per service
 * {@code Has <service> License} and {@code <service> Last Activity Date}, and {@code Assigned Products} joined by
 * "+". Each assigned product is used on the latest of the services' dates (never when none has one); each licensed
 * service is a use of its own product when the catalog has one. Accounts with an assigned product are billable.
 */
final class M365ActiveUsers implements CsvFormatReader {
    private static final String UPN = "User Principal Name";
    private static final Pattern LAST_ACTIVITY = Pattern.compile("(.+) last activity date");
    private static final Pattern HIDDEN = Pattern.compile("[0-9A-Fa-f]{32}");
    /** The catalog names of the services the report has a column for. */
    private static final Map<String, String> SERVICES = Map.of("exchange", "Exchange Online", "onedrive", "OneDrive",
        "sharepoint", "SharePoint Online", "skype for business", "Skype for Business", "yammer", "Viva Engage",
        "teams", "Microsoft Teams");

    @Override
    public boolean recognizes(CsvSource csv) {
        return csv.has(UPN) && (csv.has("Assigned Products") || csv.column(LAST_ACTIVITY) >= 0);
    }

    @Override
    public void read(CsvSource csv, UsageSink sink) throws IOException {
        int upn = csv.column(UPN);
        int deleted = csv.column("Is Deleted");
        int products = csv.column("Assigned Products");
        List<int[]> services = new ArrayList<>();
        List<String> serviceNames = new ArrayList<>();
        for (int i = 0; i < csv.headers().size(); i++) {
            Matcher m = LAST_ACTIVITY.matcher(dev.seatledger.core.common.HeaderKeys.key(csv.header(i)));
            if (m.matches()) {
                String service = m.group(1);
                services.add(new int[] {i, csv.column("Has " + service + " License")});
                serviceNames.add(SERVICES.getOrDefault(service, csv.header(i).replaceAll("(?i)\\s*last activity date", "")));
            }
        }
        if (!Fields.required(sink, Messages.get("usage.field.user"), upn, UPN)) {
            return;
        }
        serviceNames.forEach(sink::quietApplication);
        boolean hidden = false;
        while (csv.next()) {
            int line = csv.line();
            String account = csv.get(upn);
            if (account == null) {
                sink.problem(line, UPN, Messages.get("usage.noAccount"));
                continue;
            }
            if (HIDDEN.matcher(account).matches()) {
                if (!hidden) {
                    sink.problem(line, UPN, Messages.get("usage.m365.hiddenNames"));
                }
                hidden = true;
                continue;
            }
            List<String> assigned = new ArrayList<>();
            for (String p : csv.get(products) == null ? new String[0] : csv.get(products).split("\\+")) {
                if (!p.isBlank()) {
                    assigned.add(p.strip());
                }
            }
            sink.account(line, account, UsageSink.AccountKind.PERSON, !Boolean.TRUE.equals(Fields.yesNo(csv.get(deleted))),
                !assigned.isEmpty());
            LocalDate latest = null;
            for (int s = 0; s < services.size(); s++) {
                Timestamps.Stamp day = Fields.stamp(sink, line, csv.header(services.get(s)[0]), csv.get(services.get(s)[0]));
                boolean licensed = Boolean.TRUE.equals(Fields.yesNo(csv.get(services.get(s)[1])));
                if (day != null && (latest == null || day.day().isAfter(latest))) {
                    latest = day.day();
                }
                if (licensed || day != null) {
                    sink.use(line, account, serviceNames.get(s), null, day == null ? null : day.day());
                }
            }
            for (String p : assigned) {
                sink.use(line, account, p, null, latest);
            }
        }
    }
}
