package dev.seatledger.core.common;

/**
 * Neutralises spreadsheet formula injection: a cell that starts with = + - @ (or a tab or carriage
 * return) is prefixed with an apostrophe so spreadsheet programs show it as text.
 */
public final class CsvSafe {
    private CsvSafe() {
    }

    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            return "'" + s;
        }
        return s;
    }

    /**
     * Undoes {@link #cell} on import: a leading apostrophe before = + - @ (or a tab or carriage return) is the
     * neutralising prefix, so a file exported by SeatLedger imports with its original text.
     */
    public static String unescape(String value) {
        if (value != null && value.length() > 1 && value.charAt(0) == '\'' && "=+-@\t\r".indexOf(value.charAt(1)) >= 0) {
            return value.substring(1);
        }
        return value;
    }
}
