package dev.seatledger.core.document.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a document writes numeric dates with slashes. A date such as 31/03/2026 or 03/31/2026 settles it; when every
 * slash date could be read both ways, the rest of the document decides: German, French or Dutch text and currencies
 * other than the US dollar mean day first; English text in US dollars, or with "April 1, 2026" style dates, means
 * month first. An English document with neither leaves the order UNKNOWN, and its ambiguous dates are proposed with
 * low confidence.
 */
public enum DateOrder {
    DAY_FIRST, MONTH_FIRST, UNKNOWN;

    private static final Pattern SLASHED = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/\\d{4}(?![\\d/])");
    private static final Pattern US_TEXT = Pattern.compile("(?i)\\b(?:" + ContractDates.MONTHS
        + ")\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,\\s+\\d{4}");
    private static final Pattern EU_TEXT = Pattern.compile("(?i)\\b\\d{1,2}(?:st|nd|rd|th|er|\\.)?\\s+(?:"
        + ContractDates.MONTHS + ")\\.?\\s+\\d{4}");

    /** True when a slash date in the text can only be read one way (31/03/2026 or 03/31/2026), and none the other. */
    static boolean settled(String text) {
        DateOrder order = bySlashes(text);
        return order == DAY_FIRST || order == MONTH_FIRST;
    }

    /**
     * DAY_FIRST or MONTH_FIRST when the slash dates can only be read that way, UNKNOWN when some read only one way
     * and others only the other, null when none tells.
     */
    private static DateOrder bySlashes(String text) {
        boolean dayFirst = false;
        boolean monthFirst = false;
        Matcher m = SLASHED.matcher(text);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            dayFirst |= a > 12 && b <= 12;
            monthFirst |= b > 12 && a <= 12;
        }
        if (dayFirst != monthFirst) {
            return dayFirst ? DAY_FIRST : MONTH_FIRST;
        }
        return dayFirst ? UNKNOWN : null;
    }

    static DateOrder decide(String text, Language language, String currency) {
        DateOrder slashes = bySlashes(text);
        if (slashes != null) {
            return slashes;
        }
        if (language != Language.EN || currency != null && !currency.equals("USD")) {
            return DAY_FIRST;
        }
        boolean usText = US_TEXT.matcher(text).find();
        boolean euText = EU_TEXT.matcher(text).find();
        if ("USD".equals(currency) && !euText || usText && !euText) {
            return MONTH_FIRST;
        }
        return euText && !usText ? DAY_FIRST : UNKNOWN;
    }
}
