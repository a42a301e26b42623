package dev.seatledger.core.document.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Removes e-mail addresses, phone numbers and given secrets (license keys) from text before it leaves the machine. */
public final class Redactor {
    public static final String EMAIL = "[email]";
    public static final String PHONE = "[phone]";
    public static final String SECRET = "[redacted]";

    private static final Pattern EMAILS = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    /** International numbers, "(555) 123-4567", or any digit run after a phone label. */
    private static final Pattern PHONES = Pattern.compile(
        "\\+\\d[\\d\\s().-]{6,}\\d|\\(\\d{2,5}\\)\\s?\\d[\\d\\s.-]{4,}\\d"
            + "|(?i:(?:tel(?:ephone)?|phone|mobile|cell|fax|mob)\\.?\\s*(?:no\\.?|number)?\\s*[:.]?\\s*)\\d[\\d\\s().-]{5,}\\d");

    private Redactor() {
    }

    public static String redact(String text, List<String> secrets) {
        String out = EMAILS.matcher(text).replaceAll(EMAIL);
        Matcher m = PHONES.matcher(out);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String hit = m.group();
            int digitStart = firstDigitOrPlus(hit);
            m.appendReplacement(sb, Matcher.quoteReplacement(hit.substring(0, digitStart) + PHONE));
        }
        m.appendTail(sb);
        out = sb.toString();
        for (String s : secrets) {
            if (s == null || s.strip().length() < 4) {
                continue;
            }
            String secret = s.strip();
            out = Pattern.compile(Pattern.quote(secret), Pattern.CASE_INSENSITIVE).matcher(out).replaceAll(SECRET);
            String compact = secret.replaceAll("[\\s-]", "");
            if (compact.length() >= 4 && !compact.equals(secret)) {
                out = Pattern.compile(Pattern.quote(compact), Pattern.CASE_INSENSITIVE).matcher(out).replaceAll(SECRET);
            }
        }
        return out;
    }

    private static int firstDigitOrPlus(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c) || c == '+' || c == '(') {
                return i;
            }
        }
        return 0;
    }
}
