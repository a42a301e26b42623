package dev.seatledger.core.common;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words for a file that commons-csv cannot parse: the line and what is wrong there, instead of the parser's
 * exception (e.g. {@code org.apache.commons.csv.CSVException: (startline 2) EOF reached before encapsulated token
 * finished}).
 */
public final class CsvProblem {
    private static final Pattern START_LINE = Pattern.compile("\\(startline (\\d+)\\)");
    private static final Pattern AT_LINE = Pattern.compile("at line: (\\d+), position: (\\d+)");

    private CsvProblem() {
    }

    /** The problem in words; {@code line} is where the parser stood, used when its message names none. */
    public static String describe(Throwable e, long line) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage();
            if (m == null) {
                continue;
            }
            Matcher start = START_LINE.matcher(m);
            if (m.contains("EOF reached before encapsulated token finished")) {
                return Messages.get("csv.error.unclosed", start.find() ? start.group(1) : String.valueOf(line));
            }
            Matcher at = AT_LINE.matcher(m);
            if (m.contains("Invalid character between encapsulated token and delimiter") && at.find()) {
                return Messages.get("csv.error.afterQuote", at.group(1), at.group(2));
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String detail = ErrorWords.clean(root.getMessage());
        return Messages.get("csv.error.other", String.valueOf(line),
            detail == null || detail.isBlank() ? Messages.get("file.error.unknown") : detail);
    }
}
