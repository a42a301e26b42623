package dev.seatledger.core.document.extract;

import dev.seatledger.core.document.layout.Segment;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The customer's purchase order number and the invoice number, from their labels in the four languages ("Customer
 * PO", "Ihre Bestellnummer", "N° de commande", "Inkoopordernummer"; "Invoice No", "Rechnungsnummer", "Facture n°",
 * "Factuurnummer") or a reference written "PO …" under a generic "Your reference". Quote, offer and order-form
 * numbers are the vendor's and never a PO, however they look; blanks and "to be provided" are no number.
 */
final class ReferenceRecogniser {
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String VALUE = "([A-Z0-9][A-Z0-9\\-/_.]{0,40}[A-Z0-9])";
    private static final Vocabulary PO_WORDS = Vocabulary.of(
        "(?:customer\\s+|client\\s+|your\\s+|buyer\\s+)?(?:purchase\\s+order|p\\.?\\s?o\\.?)(?:\\s*(?:number|no\\.?|num\\.?|#"
            + "|ref(?:erence)?))?|order\\s+ref(?:erence)?\\s*/\\s*po|po#",
        "(?:ihre\\s+)?bestell(?:nummer|-nr\\.?|nr\\.?|ung\\s+nr\\.?|ung)(?:\\s+des\\s+kunden)?",
        "n°\\s+de\\s+commande|numéro\\s+de\\s+commande|bon\\s+de\\s+commande(?:\\s+n°)?|référence\\s+(?:de\\s+)?commande"
            + "|commande\\s+n°|votre\\s+commande(?:\\s+n°)?",
        "(?:uw\\s+)?inkoop(?:order)?(?:nummer|nr\\.?)|uw\\s+ordernummer|po-nummer|bestelnummer|uw\\s+bestelling"
            + "|bestelbon(?:nummer|nr\\.?)?");
    private static final Vocabulary INVOICE_WORDS = Vocabulary.of(
        "(?:tax\\s+)?invoice(?:\\s*(?:number|no\\.?|num\\.?|#|ref(?:erence)?))?|inv\\s*#",
        "rechnungs(?:nummer|-nr\\.?|nr\\.?)|rechnung(?:\\s+nr\\.?)?|re\\.?-?\\s?nr\\.?|rg\\.?-?\\s?nr\\.?",
        "(?:n°|numéro)\\s+de\\s+facture|facture(?:\\s+n[°o]\\.?)?",
        "factuur(?:nummer|nr\\.?)|factuur(?:\\s+nr\\.?)?");
    private static final Pattern PO_LABEL = exact(PO_WORDS);
    /** A document title alone on its line, whose number follows under a bare "N°" / "No." label. */
    private static final Pattern INVOICE_TITLE = Pattern.compile("^(?:tax\\s+)?(?:invoice|facture|rechnung|factuur)$", CI);
    private static final Pattern PO_TITLE = Pattern.compile("^(?:purchase\\s+order|bon\\s+de\\s+commande|bestellung"
        + "|inkooporder|bestelbon)$", CI);
    private static final Pattern NUMBER_LABEL = Pattern.compile("^(?:n°|no\\.?|nr\\.?|number|nummer|numéro|#)$", CI);
    private static final Pattern INVOICE_LABEL = exact(INVOICE_WORDS);
    private static final Pattern REFERENCE_LABEL = Pattern.compile(
        "^(?:your\\s+reference|your\\s+ref\\.?|uw\\s+referentie|ihr\\s+zeichen|ihre\\s+referenz|votre\\s+référence)$", CI);
    private static final Pattern PO_PREFIXED = Pattern.compile("^P\\.?O\\.?\\s*[#:]?\\s+" + VALUE + "$|^(P\\.?O\\.?-" + VALUE.substring(1), CI);
    private static final Pattern PO_PROSE = Pattern.compile("(?<![\\p{L}])" + PO_WORDS.any() + "\\s*[:#]?\\s*" + VALUE
        + "(?![\\p{L}\\d])", CI);
    private static final Pattern INVOICE_PROSE = Pattern.compile("(?<![\\p{L}])" + INVOICE_WORDS.any() + "\\s*[:#]?\\s*"
        + VALUE + "(?![\\p{L}\\d])", CI);

    private ReferenceRecogniser() {
    }

    private static Pattern exact(Vocabulary v) {
        return Pattern.compile("^" + v.any() + "$", CI);
    }

    static void recognise(ContractDoc doc, Candidates out) {
        ContractField titled = null;
        int titleLine = -10;
        for (Segment seg : doc.segments()) {
            String t = seg.text();
            for (var cell : doc.layout.line(seg.line()).cells()) {
                if (INVOICE_TITLE.matcher(cell.text()).matches() || PO_TITLE.matcher(cell.text()).matches()) {
                    titled = INVOICE_TITLE.matcher(cell.text()).matches() ? ContractField.INVOICE_NUMBER
                        : ContractField.PO_NUMBER;
                    titleLine = seg.line();
                }
            }
            Labelled pair = Labelled.of(seg).orElse(null);
            if (pair != null && titled != null && seg.line() - titleLine <= 2 && NUMBER_LABEL.matcher(pair.label()).matches()) {
                add(titled, pair.value(), 0.86, t, seg, out);
                continue;
            }
            if (pair != null) {
                String label = pair.label().replaceAll("\\s+", " ").strip();
                String value = pair.value().replaceAll("\\s+(?:vom|du|of|van|dated)\\s.*$", "").strip();
                if (PO_LABEL.matcher(label).matches()) {
                    add(ContractField.PO_NUMBER, value.replaceFirst("(?i)^(?:no\\.?|nr\\.?|n°|#)\\s*", ""), 0.9, t, seg, out);
                    continue;
                }
                if (INVOICE_LABEL.matcher(label).matches()) {
                    add(ContractField.INVOICE_NUMBER, value.replaceFirst("(?i)^(?:no\\.?|nr\\.?|n°|#)\\s*", ""), 0.9, t,
                        seg, out);
                    continue;
                }
                Matcher prefixed = PO_PREFIXED.matcher(value);
                if (REFERENCE_LABEL.matcher(label).matches() && prefixed.matches()) {
                    String v = prefixed.group(1) != null ? prefixed.group(1) : prefixed.group(2);
                    add(ContractField.PO_NUMBER, v, 0.88, t, seg, out);
                    continue;
                }
            }
            prose(PO_PROSE, ContractField.PO_NUMBER, t, seg, out);
            prose(INVOICE_PROSE, ContractField.INVOICE_NUMBER, t, seg, out);
        }
    }

    private static void prose(Pattern p, ContractField field, String t, Segment seg, Candidates out) {
        Matcher m = p.matcher(t);
        while (m.find()) {
            add(field, m.group(1), 0.86, t, seg, out);
        }
    }

    private static void add(ContractField field, String value, double conf, String t, Segment seg, Candidates out) {
        Matcher m = Pattern.compile("^" + VALUE + "(?![\\p{L}\\d])", CI).matcher(value.strip());
        if (!m.find()) {
            return;
        }
        String v = m.group(1);
        boolean date = ContractDates.parse(v).isPresent() || v.matches("\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}");
        if (v.chars().anyMatch(Character::isDigit) && !date && v.length() <= 64) {
            out.add(field, v, conf, t, false, seg.line());
        }
    }
}
