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
}
