package dev.seatledger.core.usage.files;

import dev.seatledger.core.common.Timestamps;
import com.fasterxml.jackson.databind.JsonNode;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.usage.UsageSink;
import java.util.Locale;

/** Small helpers the readers share: JSON texts, yes/no values, required columns and dates. */
final class Fields {
    private Fields() {
    }

    /** The text at a path of a JSON record, trimmed; null when missing, null or blank. */
    static String text(JsonNode node, String... path) {
        JsonNode n = node;
        for (String p : path) {
            n = n.path(p);
        }
        if (n.isMissingNode() || n.isNull() || n.isContainerNode()) {
            return null;
        }
        String t = n.asText().strip();
        return t.isEmpty() ? null : t;
    }

    /** Yes or no from the words consoles write (True/False, Yes/No, Active/Inactive, 1/0); null when unknown. */
    static Boolean yesNo(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1", "active", "billable", "enabled", "licensed" -> true;
            case "false", "no", "n", "0", "inactive", "non-billable", "not billable", "disabled" -> false;
            default -> null;
        };
    }

    /**
     * Whether a column is present; a missing one is reported on line 1 under the header the export names it by.
     */
    static boolean required(UsageSink sink, String what, int column, String header) {
        if (column >= 0) {
            return true;
        }
        sink.problem(1, header, Messages.get("usage.column.missing", what));
        return false;
    }

    /** A date or time value, reported as a problem of the line when it is not one; null when blank or refused. */
    static Timestamps.Stamp stamp(UsageSink sink, int line, String field, String value) {
        try {
            return Timestamps.parse(value);
        } catch (IllegalArgumentException e) {
            sink.problem(line, field, e.getMessage());
            return null;
        }
    }
}
