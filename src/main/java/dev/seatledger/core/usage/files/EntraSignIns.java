package dev.seatledger.core.usage.files;

import dev.seatledger.core.common.Timestamps;
import com.fasterxml.jackson.databind.JsonNode;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.usage.UsageSink;
import java.io.IOException;
import java.util.Locale;

/**
 * Microsoft Entra ID sign-in logs as the admin centre downloads them (Monitoring and health > Sign-in logs >
 * Download): the CSV ({@code Date (UTC)}, {@code Username}, {@code User type}, {@code Application}, {@code Status},
 * {@code Sign-in error code}, …) and the JSON (the Graph {@code signIn} objects: {@code createdDateTime},
 * {@code userPrincipalName}, {@code userType}, {@code appDisplayName}, {@code status.errorCode}). A sign-in counts
 * when its status is Success and its error code 0; failures and interrupted sign-ins are counted and ignored. Guests
 * and service principals are counted and skipped.
 */
final class EntraSignIns implements CsvFormatReader, JsonFormatReader {
    private static final String[] DATE = {"Date (UTC)", "Date", "Created date (UTC)", "createdDateTime"};
    private static final String[] USER = {"Username", "User principal name", "userPrincipalName", "Sign-in identifier"};
    private static final String[] APP = {"Application", "App", "appDisplayName"};
    private static final String[] SERVICE = {"Service principal name", "Service principal ID", "servicePrincipalName"};

    @Override
    public boolean recognizes(CsvSource csv) {
        return csv.has(DATE) && csv.has(APP) && (csv.has(USER) || csv.has(SERVICE))
            && (csv.has("Status", "Sign-in error code") || csv.has("Request ID"));
    }

    @Override
    public void read(CsvSource csv, UsageSink sink) throws IOException {
        int date = csv.column(DATE);
        int user = csv.column(USER);
        int app = csv.column(APP);
        int status = csv.column("Status");
        int code = csv.column("Sign-in error code", "Error code");
        int type = csv.column("User type", "userType");
        int service = csv.column(SERVICE);
        if (!Fields.required(sink, Messages.get("usage.field.date"), date, DATE[0])
            || !Fields.required(sink, Messages.get("usage.field.application"), app, APP[0])
            || !Fields.required(sink, Messages.get("usage.field.user"), user >= 0 ? user : service, USER[0])) {
            return;
        }
        while (csv.next()) {
            int line = csv.line();
            String account = csv.get(user);
            if (account == null && csv.get(service) != null) {
                sink.account(line, csv.get(service), UsageSink.AccountKind.SERVICE, true, null);
                continue;
            }
            signIn(sink, line, account, csv.get(app), csv.get(date), csv.header(date), csv.get(status),
                csv.get(code), csv.get(type));
        }
    }

    @Override
    public boolean recognizes(JsonNode record) {
        return record.has("createdDateTime") && (record.has("appDisplayName") || record.has("userPrincipalName"));
    }

    @Override
    public void record(int line, JsonNode r, UsageSink sink) {
        String account = Fields.text(r, "userPrincipalName");
        if (account == null && Fields.text(r, "servicePrincipalId") != null) {
            String name = Fields.text(r, "servicePrincipalName");
            sink.account(line, name != null ? name : Fields.text(r, "servicePrincipalId"), UsageSink.AccountKind.SERVICE,
                true, null);
            return;
        }
        JsonNode errorCode = r.path("status").path("errorCode");
        String code = errorCode.isMissingNode() || errorCode.isNull() ? null : errorCode.asText();
        signIn(sink, line, account, Fields.text(r, "appDisplayName"), Fields.text(r, "createdDateTime"),
            "createdDateTime", code == null || "0".equals(code) ? "Success" : "Failure", code, Fields.text(r, "userType"));
    }

    private static void signIn(UsageSink sink, int line, String account, String app, String date, String dateField,
                               String status, String code, String userType) {
        boolean success = (status == null || status.equalsIgnoreCase("success")) && (code == null || code.equals("0"));
        if (!success) {
            sink.ignored(line, UsageSink.Ignored.FAILED_SIGN_IN);
            return;
        }
        if (account == null) {
            sink.problem(line, USER[0], Messages.get("usage.noAccount"));
            return;
        }
        if (userType != null && userType.toLowerCase(Locale.ROOT).equals("guest")) {
            sink.account(line, account, UsageSink.AccountKind.GUEST, true, null);
            return;
        }
        if (app == null) {
            sink.problem(line, APP[0], Messages.get("usage.noApplication"));
            return;
        }
        Timestamps.Stamp at = Fields.stamp(sink, line, dateField, date);
        if (at == null) {
            if (date == null) {
                sink.problem(line, dateField, Messages.get("usage.noDate"));
            }
            return;
        }
        sink.use(line, account, app, at.at(), at.day());
    }
}
