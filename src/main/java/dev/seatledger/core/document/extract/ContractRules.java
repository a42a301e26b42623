package dev.seatledger.core.document.extract;

import static dev.seatledger.core.document.extract.ContractDates.DATE;

import dev.seatledger.core.document.extract.Proposal.Source;
import dev.seatledger.core.license.BillingCycle;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built-in, offline extraction: regular expressions over the contract text, each with a fixed confidence
 * that reflects how specific its wording is. The first (most specific) rule that yields a valid value wins.
 */
public final class ContractRules {
    private static final int CI = Pattern.CASE_INSENSITIVE;
    private static final String GAP = "[^.;\\n]{0,60}?";

    /** Characters read at most (about 500 pages): terms sit in the body, and the cost grows with the length. */
    public static final int MAX_CHARS = 1_000_000;

    private ContractRules() {
    }

    public static List<Proposal> propose(String text) {
        ContractText t = new ContractText(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text);
        Map<ContractField, Proposal> out = new EnumMap<>(ContractField.class);
        vendor(t, out);
        product(t, out);
        seats(t, out);
        dates(t, out);
        notice(t, out);
        autoRenew(t, out);
        prices(t, out);
        cycle(t, out);
        reference(t, out, ContractField.PO_NUMBER,
            "(?:purchase\\s+order|\\bP\\.?\\s?O\\.?)\\s*(?:number|no\\.?|num\\.?|#|ref(?:erence)?)?\\s*[:#]?\\s*");
        reference(t, out, ContractField.INVOICE_NUMBER,
            "\\binvoice\\s*(?:number|no\\.?|num\\.?|#|ref(?:erence)?)\\s*[:#]?\\s*");
        return new ArrayList<>(out.values());
    }

    private static void put(Map<ContractField, Proposal> out, ContractField f, Object value, String snippet,
                            double confidence) {
        if (value != null && !out.containsKey(f)) {
            out.put(f, new Proposal(f, value, snippet, confidence, Source.RULES));
        }
    }

    // ---- parties and product ----

    private static final Pattern PARTY_LABEL = Pattern.compile(
        "^\\s*(?:vendor|supplier|licensor|provider|publisher|seller|software\\s+vendor)\\s*(?:name)?\\s*:\\s*(.{2,80})$",
        CI | Pattern.MULTILINE);
    private static final Pattern BETWEEN = Pattern.compile(
        "\\bbetween\\s+(.{2,80}?)\\s*(?:,\\s*)?\\((?:the\\s+)?[\"“]?(?:vendor|supplier|licensor|provider|publisher)[\"”]?\\)",
        CI);
    private static final Pattern PRODUCT_LABEL = Pattern.compile(
        "^\\s*(?:product|software|service|subscription|platform|product\\s+name|software\\s+product)\\s*:\\s*(.{2,80})$",
        CI | Pattern.MULTILINE);
    private static final Pattern PRODUCT_USE = Pattern.compile(
        "\\b(?i:subscription\\s+to|licen[cs]e\\s+to\\s+use|access\\s+to)\\s+(?:the\\s+)?([A-Z][\\w+&.-]*(?:\\s+[A-Z0-9][\\w+&.-]*){0,4})");

    private static void vendor(ContractText t, Map<ContractField, Proposal> out) {
        Matcher m = PARTY_LABEL.matcher(t.raw());
        if (m.find()) {
            put(out, ContractField.VENDOR, cleanName(m.group(1)), m.group().strip(), 0.85);
        }
        m = BETWEEN.matcher(t.flat());
        if (m.find()) {
            put(out, ContractField.VENDOR, cleanName(m.group(1)), t.snippet(m.start(), m.end()), 0.75);
        }
    }

    private static void product(ContractText t, Map<ContractField, Proposal> out) {
        Matcher m = PRODUCT_LABEL.matcher(t.raw());
        if (m.find()) {
            put(out, ContractField.PRODUCT, cleanName(m.group(1)), m.group().strip(), 0.8);
        }
        m = PRODUCT_USE.matcher(t.flat());
        if (m.find()) {
            put(out, ContractField.PRODUCT, cleanName(m.group(1)), t.snippet(m.start(), m.end()), 0.55);
        }
    }

    static String cleanName(String s) {
        String v = s.replaceAll("\\s*\\((?:the\\s+)?[\"“][^)]*\\)", "").replaceAll("[\"“”]", "")
            .replaceAll("[,;:]+$", "").strip();
        if (v.length() > 120) {
            v = v.substring(0, 120).strip();
        }
        return v.length() < 2 ? null : v;
    }

    // ---- seats ----

    private static final Pattern SEAT_LABEL = Pattern.compile(
        "\\b(?:number\\s+of\\s+(?:seats|users|licen[cs]es)|seats|users|licen[cs]es|quantity|seat\\s+count|qty)"
            + "\\s*:\\s*(\\d[\\d,.' ]{0,12}\\d|\\d)\\b", CI);
    private static final Pattern SEAT_INLINE = Pattern.compile(
        "\\b(\\d{1,3}(?:[,.']\\d{3})+|\\d+)\\s*(?:\\(\\s*[a-z -]+\\s*\\)\\s*)?(?:named\\s+|concurrent\\s+|licensed\\s+|"
            + "user\\s+|authori[sz]ed\\s+|enterprise\\s+|standard\\s+|professional\\s+)?"
            + "(?:seats|users|user\\s+licen[cs]es|licen[cs]es|subscriptions|named\\s+users|accounts)\\b", CI);

    private static void seats(ContractText t, Map<ContractField, Proposal> out) {
        for (Pattern p : List.of(SEAT_LABEL, SEAT_INLINE)) {
            Matcher m = p.matcher(t.flat());
            while (m.find()) {
                Optional<BigDecimal> n = ContractMoney.number(m.group(1).replace(" ", ""));
                if (n.isPresent() && n.get().scale() <= 0 && n.get().signum() > 0
                    && n.get().compareTo(BigDecimal.valueOf(10_000_000)) < 0) {
                    put(out, ContractField.SEATS, n.get().intValueExact(), t.snippet(m.start(), m.end()),
                        p == SEAT_LABEL ? 0.85 : 0.75);
                    return;
                }
            }
        }
    }

    // ---- dates ----

    private static final Pattern RANGE = Pattern.compile(
        "\\b(?:from|commencing(?:\\s+on)?|beginning(?:\\s+on)?|starting(?:\\s+on)?)\\s+(" + DATE + ")\\s*"
            + "(?:to|through|until|till|and\\s+ending(?:\\s+on)?|–|-)\\s+(?:and\\s+including\\s+)?(" + DATE + ")", CI);
    private static final Pattern START = Pattern.compile(
        "\\b(?:start\\s+date|term\\s+start|effective\\s+date|commencement\\s+date|subscription\\s+start(?:\\s+date)?"
            + "|service\\s+start(?:\\s+date)?|start(?:s|ing)?\\s+on|commenc(?:e|es|ing)\\s+on|effective\\s+(?:as\\s+of|from|on))"
            + GAP + "(" + DATE + ")", CI);
    private static final Pattern END = Pattern.compile(
        "\\b(?:end\\s+date|term\\s+end|expiry\\s+date|expiration\\s+date|subscription\\s+end(?:\\s+date)?"
            + "|expir(?:e|es|ing)\\s+on|end(?:s|ing)?\\s+on|terminat(?:e|es)\\s+on|valid\\s+(?:until|through|thru))"
            + GAP + "(" + DATE + ")", CI);
    private static final Pattern RENEWAL = Pattern.compile(
        "\\b(?:renewal\\s+date|renews\\s+on|renew\\s+on|next\\s+renewal|will\\s+renew\\s+on|renewal\\s+is\\s+due(?:\\s+on)?)"
            + GAP + "(" + DATE + ")", CI);

    private static void dates(ContractText t, Map<ContractField, Proposal> out) {
        date(t, out, ContractField.START_DATE, START, 1, 0.85);
        date(t, out, ContractField.END_DATE, END, 1, 0.85);
        date(t, out, ContractField.RENEWAL_DATE, RENEWAL, 1, 0.85);
        date(t, out, ContractField.START_DATE, RANGE, 1, 0.75);
        date(t, out, ContractField.END_DATE, RANGE, 2, 0.75);
    }

    private static void date(ContractText t, Map<ContractField, Proposal> out, ContractField f, Pattern p, int group,
                             double confidence) {
        Matcher m = p.matcher(t.flat());
        while (m.find()) {
            Optional<LocalDate> d = ContractDates.parse(m.group(group));
            if (d.isPresent()) {
                put(out, f, d.get(), t.snippet(m.start(), m.end()), confidence);
                return;
            }
        }
    }

    // ---- notice ----

    private static final String COUNT = "(\\d{1,3}|" + NumberWords.PATTERN + ")(?:\\s*\\(\\s*(\\d{1,3})\\s*\\))?";
    private static final Pattern NOTICE_BEFORE = Pattern.compile("\\b" + COUNT
        + "\\s*(?:calendar\\s+|business\\s+)?(days?|months?|weeks?)(?:'s|')?\\s*(?:of\\s+)?(?:prior\\s+|advance\\s+)?"
        + "(?:written\\s+)?(?:prior\\s+)?notice", CI);
    private static final Pattern NOTICE_AFTER = Pattern.compile(
        "\\bnotice\\s+(?:period\\s+)?(?:of\\s+)?(?:at\\s+least\\s+|no\\s+less\\s+than\\s+|not\\s+less\\s+than\\s+)?"
            + COUNT + "\\s*(?:calendar\\s+|business\\s+)?(days?|months?|weeks?)", CI);
    private static final Pattern NOTICE_PERIOD_LABEL = Pattern.compile(
        "\\bnotice\\s+period\\s*:\\s*" + COUNT + "\\s*(days?|months?|weeks?)", CI);
    private static final Pattern BEFORE_RENEWAL = Pattern.compile("\\b(?:at\\s+least\\s+|no\\s+later\\s+than\\s+)"
        + COUNT + "\\s*(?:calendar\\s+)?(days?|months?|weeks?)\\s+(?:before|prior\\s+to)\\s+(?:the\\s+)?"
        + "(?:end|expir|renewal|termination)", CI);

    private static void notice(ContractText t, Map<ContractField, Proposal> out) {
        for (Pattern p : List.of(NOTICE_PERIOD_LABEL, NOTICE_BEFORE, NOTICE_AFTER, BEFORE_RENEWAL)) {
            Matcher m = p.matcher(t.flat());
            while (m.find()) {
                Integer days = days(m.group(2) != null ? m.group(2) : m.group(1), m.group(3));
                if (days != null && days <= 365) {
                    put(out, ContractField.NOTICE_DAYS, days, t.snippet(m.start(), m.end()),
                        p == BEFORE_RENEWAL ? 0.7 : 0.9);
                    return;
                }
            }
        }
    }

    private static Integer days(String count, String unit) {
        Integer n = count.chars().allMatch(Character::isDigit) ? Integer.valueOf(count) : NumberWords.value(count);
        if (n == null) {
            return null;
        }
        String u = unit.toLowerCase(Locale.ROOT);
        return u.startsWith("month") ? n * 30 : u.startsWith("week") ? n * 7 : n;
    }

    // ---- auto-renew ----

    private static final Pattern NO_RENEW = Pattern.compile(
        "\\b(?:(?:shall|will|does|do)\\s+not\\s+(?:be\\s+)?(?:automatically\\s+)?(?:auto-?\\s?)?renew(?:ed)?(?:\\s+automatically)?"
            + "|no\\s+automatic\\s+renewal|not\\s+subject\\s+to\\s+automatic\\s+renewal|non-?renewing"
            + "|expires?\\s+without\\s+(?:automatic\\s+)?renewal|without\\s+automatic\\s+renewal"
            + "|auto-?renewal\\s*:\\s*(?:no|none|off|disabled))", CI);
    private static final Pattern RENEW = Pattern.compile(
        "\\b(?:automatically\\s+renew(?:s|ed)?|renew(?:s|ed)?\\s+automatically|auto-?\\s?renew(?:s|al|ing)?"
            + "|automatic(?:ally)?\\s+renewal|successive\\s+renewal\\s+terms|evergreen)", CI);

    private static void autoRenew(ContractText t, Map<ContractField, Proposal> out) {
        Matcher m = NO_RENEW.matcher(t.flat());
        if (m.find()) {
            put(out, ContractField.AUTO_RENEW, Boolean.FALSE, t.snippet(m.start(), m.end()), 0.85);
            return;
        }
        m = RENEW.matcher(t.flat());
        if (m.find()) {
            put(out, ContractField.AUTO_RENEW, Boolean.TRUE, t.snippet(m.start(), m.end()), 0.85);
        }
    }

    // ---- prices, currency, cycle ----

    private static final Pattern TOTAL_LABEL = Pattern.compile(
        "\\b(?:grand\\s+total|total\\s+(?:contract\\s+)?(?:value|price|amount|fees?|cost|due)|total|amount\\s+due"
            + "|annual\\s+(?:subscription\\s+)?fee|subscription\\s+fees?|license\\s+fees?)\\b", CI);
    private static final Pattern PER_SEAT_AFTER = Pattern.compile(
        "\\s*(?:per|/|a|each)\\s*(?:named\\s+)?(?:seat|user|licen[cs]e|subscription)\\b", CI);
    private static final Pattern PER_SEAT_LABEL = Pattern.compile(
        "\\b(?:unit\\s+price|price\\s+per\\s+(?:seat|user|licen[cs]e)|per[-\\s](?:seat|user)\\s+(?:price|fee|cost))"
            + "\\b", CI);
    /** What may stand between a price label and its amount: "(USD):", " of ", " in advance: ". */
    private static final Pattern LABEL_GAP = Pattern.compile("[^.;\\d$€£¥]*");
    private static final Pattern CURRENCY_LABEL = Pattern.compile(
        "\\bcurrency\\s*:\\s*(" + ContractMoney.CODES + ")\\b", CI);

    private static void prices(ContractText t, Map<ContractField, Proposal> out) {
        String flat = t.flat();
        Matcher money = ContractMoney.MONEY.matcher(flat);
        List<ContractMoney.Amount> amounts = new ArrayList<>();
        while (money.find()) {
            ContractMoney.at(money).filter(a -> a.value().signum() > 0).ifPresent(amounts::add);
        }
        for (ContractMoney.Amount a : amounts) {
            Matcher after = PER_SEAT_AFTER.matcher(flat).region(a.end(), Math.min(flat.length(), a.end() + 30));
            if (after.lookingAt()) {
                put(out, ContractField.PER_SEAT_PRICE, a.value(), t.snippet(a.start(), after.end()), 0.85);
                currency(t, out, a, 0.8);
            }
        }
        labelled(t, out, amounts, PER_SEAT_LABEL, ContractField.PER_SEAT_PRICE, 0.8);
        labelled(t, out, amounts, TOTAL_LABEL, ContractField.TOTAL_PRICE, 0.8);
        Matcher c = CURRENCY_LABEL.matcher(flat);
        if (c.find()) {
            put(out, ContractField.CURRENCY, c.group(1).toUpperCase(Locale.ROOT), t.snippet(c.start(), c.end()), 0.9);
        }
        if (!amounts.isEmpty()) {
            currency(t, out, amounts.get(0), 0.7);
        }
    }

    private static void labelled(ContractText t, Map<ContractField, Proposal> out, List<ContractMoney.Amount> amounts,
                                 Pattern label, ContractField field, double confidence) {
        Matcher m = label.matcher(t.flat());
        while (m.find() && !out.containsKey(field)) {
            for (ContractMoney.Amount a : amounts) {
                if (a.start() >= m.end() && a.start() - m.end() <= 40
                    && LABEL_GAP.matcher(t.flat().substring(m.end(), a.start())).matches()) {
                    put(out, field, a.value(), t.snippet(m.start(), a.end()), confidence);
                    currency(t, out, a, 0.8);
                    break;
                }
            }
        }
    }

    private static void currency(ContractText t, Map<ContractField, Proposal> out, ContractMoney.Amount a,
                                 double confidence) {
        put(out, ContractField.CURRENCY, a.currency(), t.snippet(a.start(), a.end()),
            a.symbol() && "USD".equals(a.currency()) ? confidence - 0.1 : confidence);
    }

    private static final Pattern CYCLE_LABELLED = Pattern.compile(
        "\\b(?:billed|billing(?:\\s+(?:cycle|frequency|period))?|invoiced|payable|paid|payment\\s+terms?)\\s*:?\\s*"
            + "(?:in\\s+advance\\s+)?(annually|yearly|annual|monthly|quarterly|every\\s+two\\s+years|biennially|biennial"
            + "|once|one-?time|upfront)\\b", CI);
    private static final Pattern CYCLE_LOOSE = Pattern.compile(
        "\\b(per\\s+annum|per\\s+year|a\\s+year|annual\\s+subscription|per\\s+month|monthly\\s+subscription"
            + "|per\\s+quarter|perpetual\\s+licen[cs]e|one-?time\\s+(?:fee|purchase|payment))\\b", CI);

    private static void cycle(ContractText t, Map<ContractField, Proposal> out) {
        Matcher m = CYCLE_LABELLED.matcher(t.flat());
        if (m.find()) {
            put(out, ContractField.BILLING_CYCLE, cycleOf(m.group(1)), t.snippet(m.start(), m.end()), 0.85);
        }
        m = CYCLE_LOOSE.matcher(t.flat());
        if (m.find()) {
            put(out, ContractField.BILLING_CYCLE, cycleOf(m.group(1)), t.snippet(m.start(), m.end()), 0.6);
        }
    }

    static BillingCycle cycleOf(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.contains("two") || w.startsWith("bienn")) {
            return BillingCycle.BIENNIAL;
        }
        if (w.contains("month")) {
            return BillingCycle.MONTHLY;
        }
        if (w.contains("quarter")) {
            return BillingCycle.QUARTERLY;
        }
        if (w.contains("once") || w.contains("one") || w.contains("upfront") || w.contains("perpetual")) {
            return BillingCycle.ONE_TIME;
        }
        return BillingCycle.ANNUAL;
    }

    // ---- references ----

    private static void reference(ContractText t, Map<ContractField, Proposal> out, ContractField f, String label) {
        Matcher m = Pattern.compile(label + "([A-Z0-9][A-Z0-9\\-/_.]{1,40}[A-Z0-9])", CI).matcher(t.flat());
        while (m.find()) {
            String v = m.group(1);
            if (v.chars().anyMatch(Character::isDigit) && v.length() <= 64) {
                put(out, f, v, t.snippet(m.start(), m.end()), 0.85);
                return;
            }
        }
    }
}
