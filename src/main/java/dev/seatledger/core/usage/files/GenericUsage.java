package dev.seatledger.core.usage.files;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.usage.UsageColumns;
import dev.seatledger.core.usage.UsageSink;
import java.io.IOException;
import java.util.Locale;

/**
 * A plain usage CSV: one row per account and application with the last active date, mapped by {@link UsageColumns}
 * (guessed from the headers, or as the user set them). Without an application column every row is a use of the
 * product the import names.
 */
final class GenericUsage implements CsvFormatReader {
    private final UsageColumns columns;
    private final String application;

    GenericUsage(UsageColumns columns, String application) {
        this.columns = columns;
        this.application = application;
    }

    @Override
    public boolean recognizes(CsvSource csv) {
        UsageColumns c = columns != null ? columns : UsageColumns.guess(csv.headers());
        return c.complete() && (c.header(UsageColumns.APPLICATION) != null || application != null);
    }

    @Override
    public void read(CsvSource csv, UsageSink sink) throws IOException {
        UsageColumns c = columns != null ? columns : UsageColumns.guess(csv.headers());
        int account = column(csv, c, UsageColumns.ACCOUNT);
        int app = column(csv, c, UsageColumns.APPLICATION);
        int last = column(csv, c, UsageColumns.LAST_ACTIVE);
        int billable = column(csv, c, UsageColumns.BILLABLE);
        int status = column(csv, c, UsageColumns.STATUS);
        if (!Fields.required(sink, Messages.get("usage.field.email"), account, name(c, UsageColumns.ACCOUNT, "Email"))
            || !Fields.required(sink, Messages.get("usage.field.lastActive"), last, name(c, UsageColumns.LAST_ACTIVE,
                "Last active"))
            || application == null && !Fields.required(sink, Messages.get("usage.field.application"), app,
                name(c, UsageColumns.APPLICATION, "Application"))) {
            return;
        }
        while (csv.next()) {
            int line = csv.line();
            String product = app >= 0 && csv.get(app) != null ? csv.get(app) : application;
            if (product == null) {
                sink.problem(line, csv.header(app), Messages.get("usage.noApplication"));
                continue;
            }
            String s = csv.get(status) == null ? "active" : csv.get(status).toLowerCase(Locale.ROOT);
            boolean active = !s.contains("inactive") && !s.contains("deactivated") && !s.contains("suspended")
                && !s.contains("disabled");
            VendorRow.report(sink, line, csv.get(account), csv.header(account), UsageSink.AccountKind.PERSON, active,
                Fields.yesNo(csv.get(billable)), product, csv.get(last), csv.header(last));
        }
    }

    private static int column(CsvSource csv, UsageColumns c, String field) {
        return c.header(field) == null ? -1 : csv.column(c.header(field));
    }

    private static String name(UsageColumns c, String field, String fallback) {
        return c.header(field) != null ? c.header(field) : fallback;
    }
}
