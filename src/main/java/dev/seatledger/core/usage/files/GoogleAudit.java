package dev.seatledger.core.usage.files;

import dev.seatledger.core.common.Timestamps;
import com.fasterxml.jackson.databind.JsonNode;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.usage.UsageSink;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * Google Workspace audit exports of the Admin console (Reporting > Audit and investigation: User log events and OAuth
 * log events, exported to CSV: {@code Event name} or {@code Event}, {@code User} or {@code Actor}, {@code Date},
 * {@code Application name} or {@code App name}) and the Reports API's {@code activities.list} JSON (items with
 * {@code id.time}, {@code id.applicationName} login or token, {@code actor.email}, {@code events[].name} and the
 * {@code app_name} parameter). A successful login is a use of Google Workspace itself; an OAuth authorization or token
 * activity is a use of the named application. Failed logins are counted and ignored, as are other events.
 */
final class GoogleAudit implements CsvFormatReader, JsonFormatReader {
    /** The application a login to Google is a use of. */
    static final String WORKSPACE = "Google Workspace";
    private static final String[] EVENT = {"Event name", "Event", "Event Name"};
    private static final String[] USER = {"User", "Actor", "Actor email", "User email"};
    private static final String[] DATE = {"Date", "Time", "Date (UTC)"};
    private static final String[] APP = {"Application name", "App name", "Application", "OAuth app name"};
    private static final Set<String> FAILED = Set.of("login failure", "login_failure", "login challenge",
        "login_challenge", "login verification", "login_verification", "deny");
    private static final Set<String> LOGIN = Set.of("login success", "login_success", "login");
    private static final Set<String> TOKEN_USE = Set.of("authorize", "activity", "api call", "oauth token activity");

    @Override
    public boolean recognizes(CsvSource csv) {
        return csv.has(EVENT) && csv.has(USER) && csv.has(DATE) && (csv.has(APP) || csv.has("Login type", "Event description"));
    }

    @Override
    public void read(CsvSource csv, UsageSink sink) throws IOException {
        int event = csv.column(EVENT);
        int user = csv.column(USER);
        int date = csv.column(DATE);
        int app = csv.column(APP);
        if (!Fields.required(sink, Messages.get("usage.field.event"), event, EVENT[0])
            || !Fields.required(sink, Messages.get("usage.field.user"), user, USER[0])
            || !Fields.required(sink, Messages.get("usage.field.date"), date, DATE[0])) {
            return;
        }
        while (csv.next()) {
            event(sink, csv.line(), csv.get(event), csv.get(user), csv.get(app), csv.get(date), csv.header(date));
        }
    }

    @Override
    public boolean recognizes(JsonNode record) {
        return record.path("id").has("applicationName") && record.has("events")
            || "admin#reports#activity".equals(Fields.text(record, "kind"));
    }

    @Override
    public void record(int line, JsonNode r, UsageSink sink) {
        String time = Fields.text(r, "id", "time");
        String user = Fields.text(r, "actor", "email");
        for (JsonNode e : r.path("events")) {
            String app = null;
            for (JsonNode p : e.path("parameters")) {
                if ("app_name".equals(Fields.text(p, "name"))) {
                    app = Fields.text(p, "value");
                }
            }
            event(sink, line, Fields.text(e, "name"), user, app, time, "id.time");
        }
    }

    private static void event(UsageSink sink, int line, String event, String user, String app, String date,
                              String dateField) {
        String e = event == null ? "" : event.strip().toLowerCase(Locale.ROOT);
        String application;
        if (FAILED.contains(e)) {
            sink.ignored(line, UsageSink.Ignored.FAILED_SIGN_IN);
            return;
        } else if (LOGIN.contains(e)) {
            application = WORKSPACE;
        } else if (TOKEN_USE.contains(e) && app != null) {
            application = app;
        } else {
            sink.ignored(line, UsageSink.Ignored.OTHER_EVENT);
            return;
        }
        if (user == null) {
            sink.problem(line, USER[0], Messages.get("usage.noAccount"));
            return;
        }
        Timestamps.Stamp at = Fields.stamp(sink, line, dateField, date);
        if (at != null) {
            sink.use(line, user, application, at.at(), at.day());
        } else if (date == null) {
            sink.problem(line, dateField, Messages.get("usage.noDate"));
        }
    }
}
