package dev.seatledger.core.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.Set;
import java.util.regex.Pattern;

/** Failures in words for people: never an exception class name. */
public final class ErrorWords {
    /** {@code org.apache.commons.csv.CSVException: }, {@code java.io.IOException}, and the like. */
    private static final Pattern CLASS_NAME = Pattern.compile(
        "\\b(?:[a-z_][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error|Throwable)\\b:?\\s*");
    /** H2: connection broken, database closed, database closing; exclusive mode (a closing window compacting). */
    private static final Set<Integer> CONNECTION_LOST = Set.of(90067, 90098, 90121, 90135);
    /** H2's lock timeout; PostgreSQL's lock not available and deadlock. */
    private static final Set<String> BUSY = Set.of("HYT00", "55P03", "40P01");

    private ErrorWords() {
    }

    /** The text without any fully qualified exception class name in it. */
    public static String clean(String text) {
        return text == null ? null : CLASS_NAME.matcher(text).replaceAll("").strip();
    }

    /** Whether the text names an exception class. */
    public static boolean namesAClass(String text) {
        return text != null && CLASS_NAME.matcher(text).find();
    }

    /**
     * One line for a failure that carries no message of SeatLedger's own: a file problem, a lost or busy database,
     * else the innermost cause's text without class names.
     */
    public static String describe(Throwable failure) {
        Throwable t = failure instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : failure;
        if (t instanceof FileProblem) {
            return t.getMessage();
        }
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLException sql) {
                String state = String.valueOf(sql.getSQLState());
                if (CONNECTION_LOST.contains(sql.getErrorCode()) || state.startsWith("08")) {
                    return Messages.get("db.error.lost");
                }
                if (BUSY.contains(state)) {
                    return Messages.get("db.error.busy");
                }
            }
        }
        if (t instanceof java.nio.file.FileSystemException fs && fs.getFile() != null) {
            return FileProblem.reading(java.nio.file.Path.of(fs.getFile()), fs).getMessage();
        }
        if (t instanceof IOException io) {
            return Messages.get("file.error.io", FileProblem.reason(io));
        }
        String text = null;
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            String m = clean(c.getMessage());
            if (m != null && !m.isBlank()) {
                text = m;
            }
        }
        return text == null ? Messages.get("error.noDetail") : text.lines().findFirst().orElse(text);
    }

    /** Whether the failure is the database going away (the process serving it ended): worth exit code 2. */
    public static boolean databaseLost(Throwable failure) {
        return Messages.get("db.error.lost").equals(describe(failure));
    }
}
