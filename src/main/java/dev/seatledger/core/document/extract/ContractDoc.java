package dev.seatledger.core.document.extract;

import dev.seatledger.core.document.layout.DocumentLayout;
import dev.seatledger.core.document.layout.LabelValue;
import dev.seatledger.core.document.layout.Segment;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every recogniser needs to know about one document: its layout, segments and pairs, its language, its
 * currency (stated, or the one most amounts are in), and how it orders the day and month of slash dates.
 */
final class ContractDoc {
    private static final Pattern CURRENCY_LABEL = Pattern.compile(
        "(?i)\\b(?:currency|währung|devise|monnaie|valuta)\\s*[:：]\\s*(" + ContractMoney.CODES + ")\\b");
    /** A currency code on its own ("Total USD", "Amount (EUR)"), read when no amount carries a currency. */
    private static final Pattern CODE_WORD = Pattern.compile("\\b(" + ContractMoney.CODES + ")\\b");
    private static final Pattern US_DOLLARS = Pattern.compile("(?i)\\b(?:in|en) (?:US dollars|U\\.S\\. dollars)\\b");

    final DocumentLayout layout;
    final String text;
    final Language language;
    final String currency;
    /** The dollar a document means by a bare "$": AUD, CAD, NZD, SGD or HKD when its amounts say so, else USD. */
    final String dollar;
    /** True when a label states the currency ("Currency: CHF"). */
    final boolean currencyStated;
    final DateOrder order;
    /** True when the document's own slash dates settle the order (not the currency or language). */
    final boolean orderSettled;

    ContractDoc(DocumentLayout layout) {
        this.layout = layout;
        this.text = layout.text();
        this.language = Language.detect(text);
        this.dollar = dollar(text);
        this.currencyStated = CURRENCY_LABEL.matcher(text).find();
        String c = currency(text);
        this.currency = "USD".equals(c) ? dollar : c;
        this.order = DateOrder.decide(text, language, currency);
        this.orderSettled = DateOrder.settled(text);
    }

    private List<Charge> charges;

    /** Every price the document states, read once. */
    List<Charge> charges() {
        if (charges == null) {
            charges = Charges.of(this);
        }
        return charges;
    }

    List<Segment> segments() {
        return layout.segments();
    }

    List<LabelValue> pairs() {
        return layout.pairs();
    }

    static String dollar(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (ContractMoney.Amount a : ContractMoney.all(text)) {
            if (!a.symbol() && a.currency().matches("AUD|CAD|NZD|SGD|HKD")) {
                counts.merge(a.currency(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("USD");
    }

    /** The stated currency, else the one most amounts are written in (null when there are no amounts). */
    static String currency(String text) {
        Matcher label = CURRENCY_LABEL.matcher(text);
        if (label.find()) {
            return label.group(1).toUpperCase(java.util.Locale.ROOT);
        }
        if (US_DOLLARS.matcher(text).find()) {
            return "USD";
        }
        Map<String, Integer> counts = new HashMap<>();
        for (ContractMoney.Amount a : ContractMoney.all(text)) {
            counts.merge(a.currency(), 1, Integer::sum);
        }
        if (counts.isEmpty()) {
            Matcher code = CODE_WORD.matcher(text);
            while (code.find()) {
                counts.merge(code.group(1), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
}
