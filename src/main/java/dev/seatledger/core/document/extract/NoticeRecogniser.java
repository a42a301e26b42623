package dev.seatledger.core.document.extract;

import dev.seatledger.core.document.layout.Segment;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The notice needed to cancel or stop a renewal, in days (a month counts 30, a week 7): "ninety (90) days' prior
 * written notice", "Notice period: 2 months", "cancelled 3 months before expiry", "Kündigungsfrist: 6 Monate", "mit
 * einer Frist von drei Monaten", "préavis de trois mois", "opzegtermijn van 2 maanden". Periods to pay, to cure a
 * breach, or to send a quote are not notice periods.
 */
final class NoticeRecogniser {
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String COUNT = "(\\d{1,3}|" + NumberWords.PATTERN + ")(?:\\s*\\(\\s*(\\d{1,3})\\s*\\))?";
    private static final String UNIT = "[\\s-]*(?:calendar\\s+|business\\s+|working\\s+)?(days?|months?|weeks?|tagen?|monaten?"
        + "|monate|monat|wochen|woche|jours?|mois|semaines?|dagen|dag|maanden|maand|weken|week)(?![\\p{L}])";
    private static final Vocabulary LABEL_WORDS = Vocabulary.of("notice(?: period)?|cancellation notice|termination notice",
        "kündigungsfrist|kündigung", "préavis|délai de préavis|délai de résiliation", "opzegtermijn|opzegging");
    private static final Pattern LABEL = LABEL_WORDS.label();
    private static final List<Pattern> STRONG = List.of(
        Pattern.compile("(?<![\\p{L}\\d])" + COUNT + UNIT
            + "(?:['’]s?)?\\s*(?:of\\s+)?(?:prior\\s+|advance\\s+)?(?:written\\s+)?(?:prior\\s+)?notice", CI),
        Pattern.compile("\\bnotice\\s+(?:period\\s+)?(?:of\\s+)?(?:at\\s+least\\s+|not\\s+less\\s+than\\s+|no\\s+less\\s+than\\s+)?"
            + COUNT + UNIT, CI),
        Pattern.compile("(?:kündigungsfrist|frist)\\s*(?:von|beträgt|:)?\\s*(?:mindestens\\s+)?" + COUNT + UNIT, CI),
        Pattern.compile("préavis\\s*(?:de|d['’]|:)?\\s*(?:au moins\\s+)?" + COUNT + UNIT, CI),
        Pattern.compile("opzegtermijn\\s*(?:van|is|:)?\\s*(?:minimaal\\s+|ten minste\\s+)?" + COUNT + UNIT, CI));
    private static final Pattern BEFORE_END = Pattern.compile("(?:at\\s+least\\s+|no\\s+later\\s+than\\s+|not\\s+later\\s+than\\s+"
        + "|spätestens\\s+|au\\s+moins\\s+|au\\s+plus\\s+tard\\s+|uiterlijk\\s+|tot\\s+|in\\s+writing\\s+)?(?<![\\p{L}\\d])"
        + COUNT + UNIT + "\\s+(?:before|prior\\s+to|vor|avant|voor|ahead\\s+of)\\b", CI);
    private static final Pattern CANCEL = Pattern.compile("(?i)cancel|terminat|non-renewal|notif|opt out|kündig|resili"
        + "|résili|dénonc|denonc|op(?:ge)?zeg|beëindig|préavis");
    /** A cheap test before the number-word patterns: notice, a deadline or cancellation is mentioned at all. */
    private static final Pattern HINT = Pattern.compile("(?iu)notice|frist|kündig|préavis|opzeg|before|prior|\\bvor\\b"
        + "|avant|voor|dénonc|résili|cancel|terminat|notif");
    private static final Pattern EXTEND = Pattern.compile("(?iu)\\b(?:extend|extension|verlänger(?:n|ung)|prolonger"
        + "|prolongation|verlengen)\\b");
    private static final Pattern NOT_NOTICE = Pattern.compile("(?i)(?:within|innerhalb(?: von)?|binnen|dans un délai de"
        + "|payable|zahlbar|net|netto|innert)\\s*$");

    private NoticeRecogniser() {
    }

    static void recognise(ContractDoc doc, Candidates out) {
        for (Segment seg : doc.segments()) {
            String t = seg.text();
            Labelled pair = Labelled.of(seg).orElse(null);
            if (pair != null) {
                if (LABEL.matcher(pair.label()).matches()) {
                    Matcher m = Pattern.compile("^\\s*" + COUNT + UNIT, CI).matcher(pair.value());
                    if (m.find()) {
                        add(m, 1, 2, 3, 0.92, t, seg, out);
                        continue;
                    }
                }
            }
            if (EXTEND.matcher(t).find() && !CANCEL.matcher(t).find() || !HINT.matcher(t).find()) {
                continue;
            }
            boolean found = false;
            for (Pattern p : STRONG) {
                Matcher m = p.matcher(t);
                while (m.find()) {
                    if (!NOT_NOTICE.matcher(t.substring(Math.max(0, m.start() - 25), m.start())).find()) {
                        found |= add(m, 1, 2, 3, 0.9, t, seg, out);
                    }
                }
            }
            Matcher m = BEFORE_END.matcher(t);
            while (!found && m.find()) {
                if (CANCEL.matcher(t.substring(Math.max(0, m.start() - 140), m.end())).find()
                    || CANCEL.matcher(t.substring(m.end(), Math.min(t.length(), m.end() + 60))).find()) {
                    add(m, 1, 2, 3, 0.86, t, seg, out);
                }
            }
        }
    }

    private static boolean add(Matcher m, int count, int digits, int unit, double conf, String t, Segment seg,
                               Candidates out) {
        String c = m.group(digits) != null ? m.group(digits) : m.group(count);
        Integer n = c.chars().allMatch(Character::isDigit) ? Integer.valueOf(c) : NumberWords.value(c);
        if (n == null) {
            return false;
        }
        String u = m.group(unit).toLowerCase(Locale.ROOT);
        int days = u.startsWith("mo") || u.startsWith("maand") ? n * 30
            : u.startsWith("we") || u.startsWith("wo") || u.startsWith("sem") ? n * 7 : n;
        if (days <= 0 || days > 365) {
            return false;
        }
        out.add(ContractField.NOTICE_DAYS, days, conf, t, false, seg.line());
        return true;
    }
}
