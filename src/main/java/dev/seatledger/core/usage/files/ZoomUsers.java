package dev.seatledger.core.usage.files;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.usage.UsageSink;
import java.io.IOException;
import java.util.Locale;

/**
 * Zoom's user list (Zoom web portal > User Management > Users > Export): {@code Email}, {@code User Type} (Basic is
 * free; Licensed, Pro, Business, On-Prem hold a paid seat), {@code Last Login Time} (or {@code Last Sign In}) and
 * {@code Status}. Only Zoom's paid users are billable.
 */
final class ZoomUsers implements CsvFormatReader {
    static final String ZOOM = "Zoom";
    private static final String[] EMAIL = {"Email", "Email Address", "email"};
    private static final String[] LAST_LOGIN = {"Last Login Time", "Last Sign In", "Last Login", "Last login time (UTC)",
        "last_login_time"};
    private static final String[] TYPE = {"User Type", "License Type", "type"};

    @Override
    public boolean recognizes(CsvSource csv) {
        return csv.has(EMAIL) && csv.has(LAST_LOGIN) && csv.has(TYPE);
    }

    @Override
    public void read(CsvSource csv, UsageSink sink) throws IOException {
        int email = csv.column(EMAIL);
        int last = csv.column(LAST_LOGIN);
        int type = csv.column(TYPE);
        int status = csv.column("Status", "User Status");
        if (!Fields.required(sink, Messages.get("usage.field.email"), email, EMAIL[0])
            || !Fields.required(sink, Messages.get("usage.field.lastActive"), last, LAST_LOGIN[0])) {
            return;
        }
        while (csv.next()) {
            String t = csv.get(type) == null ? "" : csv.get(type).strip().toLowerCase(Locale.ROOT);
            Boolean billable = t.isEmpty() ? null : !(t.equals("basic") || t.equals("1") || t.equals("free"));
            String s = csv.get(status) == null ? "active" : csv.get(status).toLowerCase(Locale.ROOT);
            VendorRow.report(sink, csv.line(), csv.get(email), EMAIL[0], UsageSink.AccountKind.PERSON,
                !s.contains("inactive") && !s.contains("deactivated"), billable, ZOOM, csv.get(last), csv.header(last));
        }
    }
}
