package dev.seatledger.core.document.extract;

import dev.seatledger.core.document.layout.Segment;
import dev.seatledger.core.document.layout.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Term start, expiry and renewal date. Every date is given a role by the words closest before it or by its label
 * ({@link DateRole}); ranges are a term unless a trap word names them; quote validity, document, due and signature
 * dates are never terms. An expiry before the chosen start (the current term of a renewal quote) is dropped. With no
 * stated expiry, the start plus a stated term length ("36 months", "24 Monate", "trois ans") gives one, marked
 * derived.
 */
final class TermRecogniser {
    static final double LABELLED = 0.9;
    static final double WORDED = 0.86;
    static final double RANGE = 0.92;
    static final double BARE_RANGE = 0.86;
    /** Ceiling for a day/month-ambiguous date whose order only the currency or language suggests. */
    static final double HINTED = 0.82;
    static final double UNDECIDED = 0.6;

    private record Dated(LocalDate date, double confidence, String snippet, int line, boolean inRange,
                         LocalDate rangeStart) {
    }

    private TermRecogniser() {
    }

    static void recognise(ContractDoc doc, Candidates out) {
        List<Dated> starts = new ArrayList<>();
        List<Dated> ends = new ArrayList<>();
        List<Dated> renewals = new ArrayList<>();
        List<Durations.Length> lengths = new ArrayList<>();
        for (Segment seg : doc.segments()) {
            read(doc, seg, starts, ends, renewals, lengths);
            lengths.addAll(Durations.in(seg));
        }
        headed(doc, starts, ends, renewals);
        starts.forEach(d -> out.add(ContractField.START_DATE, d.date(), d.confidence(), d.snippet(), false, d.line()));
        Optional<Candidate> start = out.best(ContractField.START_DATE);
        LocalDate from = start.map(c -> (LocalDate) c.value()).orElse(null);
        for (Dated d : ends) {
            if (from == null || d.date().isAfter(from) && d.date().isBefore(from.plusYears(10))) {
                double bonus = d.inRange() && from != null && from.equals(d.rangeStart()) ? 0.03 : 0;
                out.add(ContractField.END_DATE, d.date(), Math.min(0.97, d.confidence() + bonus), d.snippet(), false,
                    d.line());
            }
        }
        if (start.isPresent() && !lengths.isEmpty()) {
            Durations.Length len = lengths.get(0);
            LocalDate end = from.plusMonths(len.months()).minusDays(1);
            double conf = Math.min(start.get().confidence(), len.confidence()) - 0.01;
            boolean stated = out.of(ContractField.END_DATE).stream().anyMatch(c -> c.value().equals(end));
            if (stated) {
                out.add(ContractField.END_DATE, end, Math.min(0.97, conf + 0.05), len.snippet(), false, len.line());
            } else if (!out.has(ContractField.END_DATE)) {
                String snippet = start.get().snippet().equals(len.snippet()) ? len.snippet()
                    : start.get().snippet() + " " + len.snippet();
                out.add(ContractField.END_DATE, end, conf, snippet, true, len.line());
            }
        }
        for (Dated d : renewals) {
            if (from == null || !d.date().isBefore(from)) {
                out.add(ContractField.RENEWAL_DATE, d.date(), d.confidence(), d.snippet(), false, d.line());
            }
        }
    }

    /** Dates under a table column headed "Term Start Date", "Laufzeitende", "Anniversary Date". */
    private static void headed(ContractDoc doc, List<Dated> starts, List<Dated> ends, List<Dated> renewals) {
        for (Table table : doc.layout.tables()) {
            for (Table.Row row : table.rows()) {
                row.cells().forEach((col, text) -> {
                    DateRole role = DateRole.ofLabel(table.header().get(col));
                    List<DateMentions.Found> dates = DateMentions.dates(text, doc.order);
                    if (dates.size() != 1) {
                        return;
                    }
                    DateMentions.Found f = dates.get(0);
                    double conf = cap(doc, LABELLED - 0.02, f, f);
                    String snippet = table.header().get(col) + ": " + text + " (" + row.source() + ")";
                    switch (role) {
                        case START -> starts.add(new Dated(f.date(), conf, snippet, row.line(), false, null));
                        case END -> ends.add(new Dated(f.date(), conf, snippet, row.line(), false, null));
                        case RENEWAL -> renewals.add(new Dated(f.date(), conf, snippet, row.line(), false, null));
                        default -> { }
                    }
                });
            }
        }
    }

    /** "renews on March 1, 2027 for another 12 months": the renewal starts a term of that length. */
    private static final java.util.regex.Pattern RENEWED_FOR = java.util.regex.Pattern.compile(
        "^\\s*,?\\s*(?:for|für|pour|voor)\\s+(?:another|a further|an additional|a new|one more|weitere|un nouveau"
            + "|une nouvelle|nog)\\s+(\\d{1,2}|" + NumberWords.PATTERN + ")?\\s*(months?|years?|monate|jahre?|mois|ans?|maanden"
            + "|jaar)\\b", java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    private static void read(ContractDoc doc, Segment seg, List<Dated> starts, List<Dated> ends,
                             List<Dated> renewals, List<Durations.Length> lengths) {
        String t = seg.text();
        List<DateMentions.Found> dates = DateMentions.dates(t, doc.order);
        List<DateMentions.Range> ranges = DateMentions.ranges(t, dates);
        if (dates.isEmpty() && ranges.isEmpty()) {
            return;
        }
        int valueFrom = 0;
        DateRole labelRole = DateRole.NONE;
        Labelled pair = Labelled.of(seg).orElse(null);
        if (pair != null) {
            labelRole = DateRole.ofLabel(pair.label());
            valueFrom = pair.valueStart();
        }
        for (DateMentions.Range r : ranges) {
            DateRole role = role(t, r.from().start(), valueFrom, labelRole);
            if (role.trap() || role == DateRole.RENEWAL) {
                continue;
            }
            boolean named = role == DateRole.TERM || role == DateRole.START || labelRole == DateRole.TERM;
            double conf = cap(doc, named ? RANGE : BARE_RANGE, r.from(), r.to());
            starts.add(new Dated(r.from().date(), conf, t, seg.line(), true, r.from().date()));
            ends.add(new Dated(r.to().date(), conf, t, seg.line(), true, r.from().date()));
        }
        for (DateMentions.Found f : dates) {
            if (DateMentions.inRange(f, ranges) || ranges.stream().anyMatch(r -> f.start() >= r.from().start()
                && f.end() <= r.to().end())) {
                continue;
            }
            DateRole role = role(t, f.start(), valueFrom, labelRole);
            boolean labelled = labelRole == role && valueFrom > 0;
            double conf = cap(doc, labelled ? LABELLED : WORDED, f, f);
            switch (role) {
                case START -> starts.add(new Dated(f.date(), conf, t, seg.line(), false, null));
                case END -> ends.add(new Dated(f.date(), conf, t, seg.line(), false, null));
                case RENEWAL -> {
                    renewals.add(new Dated(f.date(), conf, t, seg.line(), false, null));
                    java.util.regex.Matcher term = RENEWED_FOR.matcher(t.substring(f.end()));
                    if (term.find()) {
                        Integer n = term.group(1) == null ? Integer.valueOf(1) : term.group(1).chars()
                            .allMatch(Character::isDigit) ? Integer.valueOf(term.group(1)) : NumberWords.value(term.group(1));
                        if (n != null) {
                            int months = term.group(2).toLowerCase(java.util.Locale.ROOT).matches("mo.*|maand.*") ? n : n * 12;
                            starts.add(new Dated(f.date(), Math.min(conf, 0.84), t, seg.line(), false, null));
                            lengths.add(0, new Durations.Length(months, 0.84, t, seg.line()));
                        }
                    }
                }
                default -> { }
            }
        }
    }

    /** The role of a date at {@code at}: the nearest words before it in the value, else its label's; a trap label rules. */
    private static DateRole role(String t, int at, int valueFrom, DateRole labelRole) {
        if (labelRole.trap()) {
            return labelRole;
        }
        int from = at < valueFrom ? Math.max(0, at - 90) : Math.max(valueFrom, at - 90);
        DateRole near = DateRole.before(t.substring(from, at), 40);
        return near != DateRole.NONE ? near : labelRole;
    }

    private static double cap(ContractDoc doc, double conf, DateMentions.Found a, DateMentions.Found b) {
        if (!a.ambiguous() && !b.ambiguous() || doc.orderSettled) {
            return conf;
        }
        return Math.min(conf, doc.order == DateOrder.UNKNOWN ? UNDECIDED : HINTED);
    }
}
