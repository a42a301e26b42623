package dev.seatledger.core.usage.files;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.usage.UsageSink;
import java.io.IOException;
import java.util.Locale;

/**
 * The Google Admin console's user list (Directory > Users > Download users): {@code Email Address [Required]},
 * {@code Last Sign In [READ ONLY]} ("Never logged in" or a date) and {@code Status [READ ONLY]} (Active or
 * Suspended). Each user's last sign-in is a use of Google Workspace; active users are billable.
 */
final class GoogleUsers implements CsvFormatReader {
    private static final String[] EMAIL = {"Email Address [Required]", "Email Address", "Primary Email"};
    private static final String[] LAST = {"Last Sign In [READ ONLY]", "Last Sign In", "Last login"};

    @Override
    public boolean recognizes(CsvSource csv) {
        return csv.has("Email Address [Required]") && csv.has(LAST);
    }

    @Override
    public void read(CsvSource csv, UsageSink sink) throws IOException {
        int email = csv.column(EMAIL);
        int last = csv.column(LAST);
        int status = csv.column("Status [READ ONLY]", "Status");
        if (!Fields.required(sink, Messages.get("usage.field.email"), email, EMAIL[0])
            || !Fields.required(sink, Messages.get("usage.field.lastActive"), last, LAST[0])) {
            return;
        }
        while (csv.next()) {
            boolean active = csv.get(status) == null || csv.get(status).toLowerCase(Locale.ROOT).startsWith("active");
            VendorRow.report(sink, csv.line(), csv.get(email), EMAIL[0], UsageSink.AccountKind.PERSON, active, active,
                GoogleAudit.WORKSPACE, csv.get(last), csv.header(last));
        }
    }
}
