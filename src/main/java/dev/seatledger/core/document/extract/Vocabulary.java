package dev.seatledger.core.document.extract;

import java.util.regex.Pattern;

/**
 * The words one meaning is written with in each language, as regular-expression alternatives (matched case
 * insensitively). {@link #any()} joins them: a Dutch order form may quote English labels, a German one French.
 */
record Vocabulary(String en, String de, String fr, String nl) {

    static Vocabulary of(String en, String de, String fr, String nl) {
        return new Vocabulary(en, de, fr, nl);
    }

    /** All four languages as one non-capturing group. */
    String any() {
        return "(?:" + en + "|" + de + "|" + fr + "|" + nl + ")";
    }

    /** A pattern finding any of the words, not inside a longer word. */
    Pattern find() {
        return Pattern.compile("(?:(?<![\\p{L}\\d])|(?=[/€$£]))" + any() + "(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** A pattern for a whole label ("Number of seats", "Anzahl Lizenzen"), allowing a few words around it. */
    Pattern label() {
        return Pattern.compile("^(?:[\\p{L}.'’/-]+\\s+){0,2}?" + any() + "(?:\\s+[\\p{L}().'’/%-]+){0,3}$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** A pattern for a label that is exactly one of the words, maybe followed by "name" ("Supplier", "Vendor name"). */
    Pattern exact() {
        return Pattern.compile("^(?:the\\s+|your\\s+|our\\s+)?" + any() + "(?:\\s+(?:name|details|nom|naam|name des))?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** True when the text contains one of the words. */
    boolean in(String text) {
        return find().matcher(text).find();
    }
}
