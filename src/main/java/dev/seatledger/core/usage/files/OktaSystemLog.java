package dev.seatledger.core.usage.files;

import dev.seatledger.core.common.Timestamps;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.usage.UsageSink;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Okta System Log events: the JSON array the console and {@code /api/v1/logs} give (LogEvent objects) and the
 * console's CSV download, whose columns are the LogEvent's field paths ({@code published}, {@code eventType},
 * {@code actor.alternateId}, {@code actor.type}, {@code outcome.result}, the targets' {@code displayName} and
 * {@code type}, numbered or in one column). Only {@code user.authentication.sso} with outcome SUCCESS counts: the
 * actor's login and the display name of the target whose type is AppInstance. Other event types are counted and
 * ignored; an actor that is not a User (an API client, Okta itself) is a service account.
 */
final class OktaSystemLog implements CsvFormatReader, JsonFormatReader {
    static final String SSO = "user.authentication.sso";
    private static final String[] EVENT = {"eventType", "Event Type", "event_type", "Event"};
    private static final String[] ACTOR = {"actor.alternateId", "Actor Alternate ID", "actor_alternateId", "Actor Login"};
    private static final String[] PUBLISHED = {"published", "Time", "Date", "Timestamp"};
    private static final String[] OUTCOME = {"outcome.result", "Outcome", "Outcome Result", "outcome_result", "Result"};
    private static final Pattern TARGET_NAME = Pattern.compile("target.*display ?name");
    private static final Pattern SPLIT = Pattern.compile("\\s*[;|]\\s*");

    @Override
    public boolean recognizes(CsvSource csv) {
        return csv.has(EVENT) && csv.has(ACTOR) && csv.has(PUBLISHED);
    }

    @Override
    public void read(CsvSource csv, UsageSink sink) throws IOException {
        int event = csv.column(EVENT);
        int actor = csv.column(ACTOR);
        int actorType = csv.column("actor.type", "Actor Type", "actor_type");
        int published = csv.column(PUBLISHED);
        int outcome = csv.column(OUTCOME);
        List<int[]> targets = targetColumns(csv);
        int targetJson = csv.column("target", "targets");
        if (!Fields.required(sink, Messages.get("usage.field.event"), event, EVENT[0])
            || !Fields.required(sink, Messages.get("usage.field.user"), actor, ACTOR[0])
            || !Fields.required(sink, Messages.get("usage.field.date"), published, PUBLISHED[0])
            || !Fields.required(sink, Messages.get("usage.field.application"), targets.isEmpty() ? targetJson : 0, "target")) {
            return;
        }
        while (csv.next()) {
            int line = csv.line();
            if (!SSO.equals(csv.get(event))) {
                sink.ignored(line, UsageSink.Ignored.OTHER_EVENT);
                continue;
            }
            String app = null;
            for (int[] t : targets) {
                app = app != null ? app : appInstance(csv.get(t[0]), t[1] < 0 ? null : csv.get(t[1]));
            }
            if (app == null && targetJson >= 0 && csv.get(targetJson) != null) {
                app = appOfJson(csv.get(targetJson));
            }
            sso(sink, line, csv.get(actor), csv.get(actorType), csv.get(outcome), app, csv.get(published),
                csv.header(published));
        }
    }

    /** Pairs of (display name column, type column or -1) of the targets. */
    private static List<int[]> targetColumns(CsvSource csv) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < csv.headers().size(); i++) {
            String h = csv.header(i);
            if (TARGET_NAME.matcher(dev.seatledger.core.common.HeaderKeys.key(h)).matches()) {
                String typeHeader = h.replaceAll("(?i)display ?name", "type");
                out.add(new int[] {i, csv.column(typeHeader)});
            }
        }
        return out;
    }

    /** The name of the AppInstance among one column's targets (several may be joined by ; or |). */
    private static String appInstance(String names, String types) {
        if (names == null) {
            return null;
        }
        if (types == null) {
            return SPLIT.split(names)[0];
        }
        String[] n = SPLIT.split(names);
        String[] t = SPLIT.split(types);
        for (int i = 0; i < n.length && i < t.length; i++) {
            if (t[i].equalsIgnoreCase("AppInstance")) {
                return n[i];
            }
        }
        return null;
    }

    private static String appOfJson(String text) {
        try {
            return appOf(JsonRecords.MAPPER.readTree(text));
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    @Override
    public boolean recognizes(JsonNode record) {
        return record.has("eventType") && record.has("actor");
    }

    @Override
    public void record(int line, JsonNode r, UsageSink sink) {
        if (!SSO.equals(Fields.text(r, "eventType"))) {
            sink.ignored(line, UsageSink.Ignored.OTHER_EVENT);
            return;
        }
        sso(sink, line, Fields.text(r, "actor", "alternateId"), Fields.text(r, "actor", "type"),
            Fields.text(r, "outcome", "result"), appOf(r.path("target")), Fields.text(r, "published"), "published");
    }

    /** The display name of the AppInstance among an event's targets. */
    private static String appOf(JsonNode targets) {
        for (JsonNode t : targets) {
            if ("AppInstance".equalsIgnoreCase(Fields.text(t, "type"))) {
                String name = Fields.text(t, "displayName");
                return name != null ? name : Fields.text(t, "alternateId");
            }
        }
        return null;
    }

    private static void sso(UsageSink sink, int line, String actor, String actorType, String outcome, String app,
                            String published, String publishedField) {
        if (outcome == null || !outcome.equalsIgnoreCase("SUCCESS")) {
            sink.ignored(line, UsageSink.Ignored.FAILED_SIGN_IN);
            return;
        }
        if (actor == null) {
            sink.problem(line, ACTOR[0], Messages.get("usage.noAccount"));
            return;
        }
        if (actorType != null && !actorType.equalsIgnoreCase("User")) {
            sink.account(line, actor, UsageSink.AccountKind.SERVICE, true, null);
            return;
        }
        if (app == null) {
            sink.problem(line, "target", Messages.get("usage.noApplication"));
            return;
        }
        Timestamps.Stamp at = Fields.stamp(sink, line, publishedField, published);
        if (at != null) {
            sink.use(line, actor, app, at.at(), at.day());
        } else if (published == null) {
            sink.problem(line, publishedField, Messages.get("usage.noDate"));
        }
    }
}
