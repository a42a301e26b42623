package dev.seatledger.core.usage.files;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.TextFiles;
import dev.seatledger.core.usage.UsageColumns;
import dev.seatledger.core.usage.UsageFormat;
import dev.seatledger.core.usage.UsageProblem;
import dev.seatledger.core.usage.UsageSink;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Usage files as {@code import usage} and "Import usage…" read them: the format recognised from the header or the
 * first JSON record (or forced), then every line read into a {@link UsageSink} as it is parsed. A file that is not
 * text, not valid CSV or JSON, or has a line too long for any console is a problem naming the line; nothing is
 * thrown for bad content.
 */
public final class UsageFiles {
    private static final Map<UsageFormat, CsvFormatReader> CSV = new LinkedHashMap<>();
    private static final Map<UsageFormat, JsonFormatReader> JSON = new LinkedHashMap<>();

    static {
        EntraSignIns entra = new EntraSignIns();
        OktaSystemLog okta = new OktaSystemLog();
        GoogleAudit google = new GoogleAudit();
        CSV.put(UsageFormat.ENTRA_SIGN_INS, entra);
        CSV.put(UsageFormat.OKTA_SYSTEM_LOG, okta);
        CSV.put(UsageFormat.GOOGLE_AUDIT, google);
        CSV.put(UsageFormat.M365_ACTIVE_USERS, new M365ActiveUsers());
        CSV.put(UsageFormat.SLACK_MEMBERS, new SlackMembers());
        CSV.put(UsageFormat.ZOOM_USERS, new ZoomUsers());
        CSV.put(UsageFormat.ATLASSIAN_USERS, new AtlassianUsers());
        CSV.put(UsageFormat.GOOGLE_USERS, new GoogleUsers());
        JSON.put(UsageFormat.ENTRA_SIGN_INS, entra);
        JSON.put(UsageFormat.OKTA_SYSTEM_LOG, okta);
        JSON.put(UsageFormat.GOOGLE_AUDIT, google);
    }

    /** How to read a file: a forced format (else recognised), the generic CSV's columns, the product of a plain list. */
    public record Options(UsageFormat format, UsageColumns columns, String application) {
        public static final Options RECOGNISE = new Options(null, null, null);
    }

    /** The format of a file, or the problem that kept it from being recognised. */
    public record Detected(UsageFormat format, String problem) {
    }

    /** The first rows of a CSV file with its headers, for the mapping preview. */
    public record Preview(List<String> headers, List<List<String>> rows) {
    }

    private UsageFiles() {
    }

    /** Recognises the file's format from its first line or first JSON record (or takes the forced one). */
    public static Detected detect(Path file, Options options) throws IOException {
        int binaryLine = binaryLine(file);
        if (binaryLine > 0) {
            return new Detected(null, new UsageProblem(binaryLine, null, Messages.get("usage.notText")).toString());
        }
        try (BufferedReader in = TextFiles.open(file)) {
            int first = peekNonBlank(in);
            if (first == '[' || first == '{') {
                return detectJson(in, options);
            }
            if (options.format() != null) {
                return JSON.containsKey(options.format()) || CSV.containsKey(options.format())
                    || options.format() == UsageFormat.EMAIL_LIST || options.format() == UsageFormat.USAGE_CSV
                    ? new Detected(options.format(), null) : unknown();
            }
            String firstLine = TextFiles.firstLine(in);
            if (EmailList.recognizes(firstLine)) {
                return new Detected(UsageFormat.EMAIL_LIST, null);
            }
            try (CsvSource csv = CsvSource.open(in)) {
                for (Map.Entry<UsageFormat, CsvFormatReader> e : CSV.entrySet()) {
                    if (e.getValue().recognizes(csv)) {
                        return new Detected(e.getKey(), null);
                    }
                }
                return new GenericUsage(options.columns(), options.application()).recognizes(csv)
                    ? new Detected(UsageFormat.USAGE_CSV, null) : unknown();
            } catch (LongLineGuard.LineTooLong | CsvSource.BadCsv e) {
                return unknown();
            }
        }
    }

    private static Detected detectJson(BufferedReader in, Options options) throws IOException {
        UsageFormat[] found = new UsageFormat[1];
        try {
            JsonRecords.forEach(in, (line, record) -> {
                found[0] = options.format() != null ? options.format() : jsonFormat(record);
                throw new Stop();
            });
        } catch (Stop stop) {
            // the first record decides
        } catch (JsonProcessingException e) {
            return new Detected(null, json(e).toString());
        }
        if (found[0] == null || !JSON.containsKey(found[0])) {
            return options.format() != null ? new Detected(null, Messages.get("usage.notJsonFormat",
                options.format().displayName())) : unknown();
        }
        return new Detected(found[0], null);
    }

    private static UsageFormat jsonFormat(JsonNode record) {
        return JSON.entrySet().stream().filter(e -> e.getValue().recognizes(record)).map(Map.Entry::getKey).findFirst()
            .orElse(null);
    }

    private static Detected unknown() {
        List<UsageFormat> all = new ArrayList<>(List.of(UsageFormat.values()));
        return new Detected(null, Messages.get("usage.unknownFile", UsageFormat.words(all)));
    }

    /** Reads every line of a file of a known format into the sink. */
    public static void read(Path file, UsageFormat format, Options options, UsageSink sink) throws IOException {
        try (BufferedReader in = TextFiles.open(file)) {
            int first = peekNonBlank(in);
            if (first == '[' || first == '{') {
                JsonFormatReader reader = JSON.get(format);
                if (reader == null) {
                    sink.problem(0, null, Messages.get("usage.notJsonFormat", format.displayName()));
                    return;
                }
                try {
                    JsonRecords.forEach(in, (line, record) -> reader.record(line, record, sink));
                } catch (JsonProcessingException e) {
                    UsageProblem p = json(e);
                    sink.problem(p.line(), null, p.message());
                }
                return;
            }
            if (format == UsageFormat.EMAIL_LIST) {
                EmailList.read(in, sink);
                return;
            }
            try (CsvSource csv = CsvSource.open(in)) {
                CsvFormatReader reader = format == UsageFormat.USAGE_CSV
                    ? new GenericUsage(options.columns(), options.application()) : CSV.get(format);
                reader.read(csv, sink);
            }
        } catch (LongLineGuard.LineTooLong e) {
            sink.problem(e.line, null, Messages.get("usage.lineTooLong", LongLineGuard.MAX_LINE));
        } catch (CsvSource.BadCsv e) {
            sink.problem(e.line, null, Messages.get("usage.badCsv"));
        }
    }

    /** The headers and first rows of a CSV file (the mapping preview of a plain usage CSV). */
    public static Preview preview(Path file, int rows) throws IOException {
        try (BufferedReader in = TextFiles.open(file); CsvSource csv = CsvSource.open(in)) {
            List<List<String>> out = new ArrayList<>();
            while (out.size() < rows && csv.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 0; i < csv.headers().size(); i++) {
                    row.add(csv.get(i) == null ? "" : csv.get(i));
                }
                out.add(row);
            }
            return new Preview(csv.headers(), out);
        }
    }

    private static UsageProblem json(JsonProcessingException e) {
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        return new UsageProblem(line, null, original.contains("end-of-input") || original.contains("not closed")
            ? Messages.get("usage.json.truncated") : Messages.get("usage.badJson", firstSentence(original)));
    }

    private static String firstSentence(String message) {
        String m = message.split("\n", 2)[0];
        return m.length() > 160 ? m.substring(0, 160) + "…" : m;
    }

    /** The line of the first NUL character in the file's first 64 KB (binary data, not text), or 0 when there is none. */
    private static int binaryLine(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(1 << 16);
            int line = 1;
            for (byte b : head) {
                if (b == 0) {
                    return line;
                }
                line += b == '\n' ? 1 : 0;
            }
            return 0;
        }
    }

    private static int peekNonBlank(BufferedReader r) throws IOException {
        r.mark(TextFiles.LOOK_AHEAD);
        int c;
        int n = 0;
        do {
            c = r.read();
        } while (c >= 0 && Character.isWhitespace(c) && ++n < TextFiles.LOOK_AHEAD - 1);
        r.reset();
        return c;
    }

    /** Ends the look at a JSON file after its first record. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }
}
