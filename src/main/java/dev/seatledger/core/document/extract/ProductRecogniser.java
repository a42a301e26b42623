package dev.seatledger.core.document.extract;

import dev.seatledger.core.document.layout.Segment;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The product: a labelled name ("Licensed Product:", "Produkt:", "Logiciel :", "Pakket:"), the description of the
 * subscription's line item, a quoted name after "software"/"logiciel" ("die Software „Quellwerk ERP Plus“"), or the
 * name after "subscription to", "licence to use", "Ihr Abonnement für", "Votre abonnement", "abonnement op",
 * "licentie op". Names lose what describes the purchase rather than the product ("– annual subscription",
 * ", Jahreslizenz je Nutzer", "(renewal)", "Kauflizenz (unbefristet)").
 */
final class ProductRecogniser {
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern STRONG_LABEL = Pattern.compile("^(?:the\\s+)?(?:product(?:\\s+name)?|licen[cs]ed\\s+"
        + "(?:product|software|application)|software(?:\\s+product|\\s+name)?|application|produkt(?:name)?"
        + "|lizenzprodukt|produit|logiciel|pakket|softwarepakket)$", CI);
    private static final Pattern WEAK_LABEL = Pattern.compile("^(?:the\\s+)?(?:subscription|subscribed\\s+service"
        + "|service|plan|platform|solution|edition|leistung|abonnement|paket|lösung|offre|objet|solution|dienst"
        + "|oplossing|product\\s*/\\s*service)$", CI);
    /** The subject line of a letter: a product only when what is left reads as a name. */
    private static final Pattern SUBJECT_LABEL = Pattern.compile("^(?:subject|re|betreff|betr\\.|objet|onderwerp|betreft)$",
        CI);
    private static final Pattern NOT_A_NAME = Pattern.compile("(?iu)^(?:your|our|the|a|an|ihr|ihre|unser|unsere|der|die"
        + "|das|ein|eine|votre|notre|le|la|les|un|une|uw|onze|de|het|een|order|offer|quote|angebot|offre|devis|offerte"
        + "|invoice|rechnung|facture|factuur|renewal|contract|vertrag|contrat|overeenkomst)\\b");
    private static final String NAME = "(\\p{Lu}[\\p{L}\\d+&.'’-]*(?:\\s+(?:[\\p{Lu}\\d][\\p{L}\\d+&.'’-]*)){0,5})";
    private static final Pattern QUOTED = Pattern.compile("(?:software|logiciel|produit|product|programm\\p{L}*"
        + "|applicatie|application|lösung|solution)\\s*[„\"“«‹]\\s*([^\"”“»›]{2,60}?)\\s*[“\"”»›]", CI);
    private static final Pattern AFTER_WORDS = Pattern.compile("(?:subscription\\s+to|licen[cs]e\\s+to\\s+use"
        + "|abonnement\\s+für|abonnement\\s+(?:op|voor)|licentie\\s+(?:op|voor)|votre\\s+abonnement|ihr\\s+abonnement(?:\\s+für)?"
        + "|licence\\s+d['’]utilisation\\s+(?:du|de)|lizenz\\s+für|licen[cs]e\\s+for|licence\\s+pour"
        + "|(?:licen[cs]es|seats|subscriptions|users)\\s+of|abonnement(?:\\s+\\p{L}+)?\\s+(?:à|au)"
        + "|(?:cloud-)?(?:lösung|plattform|plateforme|applicatie|anwendung)"
        + "|(?:die|der|den)\\s+(?:software|dienst)|(?:le|du)\\s+(?:service|logiciel)|la\\s+(?:solution|plateforme)"
        + "|(?:de|het)\\s+(?:dienst|software|pakket|applicatie))\\s+(?:use\\s+)?"
        + "(?:the\\s+|das\\s+|die\\s+|le\\s+|la\\s+)?(?-i)" + NAME, CI);
    /** A title naming what it quotes or confirms: "Angebot Nordwind Teams Business", "Order confirmation – X". */
    private static final Pattern TITLE = Pattern.compile("^(?iu:angebot|auftragsbestätigung|bestellbestätigung|order"
        + "\\s+confirmation|quote|quotation|proposal|offre|devis|offerte|bevestiging|confirmation\\s+de\\s+commande"
        + "|nutzungsvereinbarung|nutzungsvertrag|lizenzvertrag|softwarevertrag|subscription\\s+agreement|contrat"
        + "|licentieovereenkomst|overeenkomst)"
        + "(?:\\s+(?iu:für|for|pour|voor))?\\s*[–—:-]?\\s*" + NAME);
    private static final Pattern DESCRIPTOR = Pattern.compile("(?iu)subscri|licen[cs]|lizenz|licenti|abonnement|abo\\b"
        + "|annual|yearly|monthly|renewal|\\buser|\\bseat|named|\\bper\\b|\\bje\\b|\\bpro\\b|\\bpar\\b|\\byear|\\bjahr"
        + "|\\bjaar|maand|month|\\bmois|monat|perpetu|unbefrist|perpétu|eeuwigdurend|\\bpostes?\\b|utilisateur|nutzer"
        + "|gebruiker|leerkracht|apparaat|\\d|\\bplan\\b|edition|pack|bundle|\\(|\\bmaintenance|\\bsupport");
    private static final Pattern SEAT_WORD = Pattern.compile("(?iu)(?<![\\p{L}])(?:users?|seats?|nutzer|benutzer"
        + "|utilisateurs?|postes|gebruikers?|licenties|licen[cs]es|lizenzen|agents|hosts|devices)(?![\\p{L}])");
    private static final Pattern CUT = Pattern.compile("\\s+[–—-]\\s+|,\\s+|\\s+\\(|:\\s+");
    private static final Pattern LEADING = Pattern.compile("(?iu)^(?:(?:renewal(?:\\s+of)?|renouvellement(?:\\s+de)?"
        + "|verlängerung|verlenging|\\p{L}*abonnement|subscription(?:\\s+to)?|\\p{L}*licen[cs]e|\\p{L}*lizenz"
        + "|\\p{L}*licentie|offre|angebot)"
        + "(?:\\s+(?:annuelle?|annual|mensuelle?|monthly|jährliche?|jaarlijkse?|perpétuelle|perpetual|for|to|pour|de|du"
        + "|op|für|à|au))*)\\s+");
    private static final Pattern TRAILING = Pattern.compile("(?iu)\\s+(?:kauflizenz|jahreslizenz|subscription|renewal"
        + "|abonnement|licen[cs]e|lizenz|licentie|plan|abo|monatsabo)$");
    private static final Pattern GENERIC = Pattern.compile("(?iu)^(?:subscription|licen[cs]e|software|logiciel|users?|seats?|year"
        + "\\s*\\d*|jahr|plan|product|service|services|total|abonnement|\\d+\\.?\\s*jahr.*|year\\s+\\d.*|jaar\\s+\\d.*"
        + "|année\\s+\\d.*)$");

    private ProductRecogniser() {
    }

    static void recognise(ContractDoc doc, Candidates out) {
        for (Segment seg : doc.segments()) {
            String t = seg.text();
            Labelled pair = Labelled.of(seg).orElse(null);
            if (pair != null && SUBJECT_LABEL.matcher(pair.label()).matches()) {
                String name = clean(pair.value());
                if (name != null && !NOT_A_NAME.matcher(name).find()
                    && java.util.Arrays.stream(name.split("\\s+")).allMatch(w -> !Character.isLowerCase(w.codePointAt(0)))) {
                    out.add(ContractField.PRODUCT, name, 0.8, t, false, seg.line());
                }
            }
            if (pair != null) {
                boolean strong = STRONG_LABEL.matcher(pair.label()).matches();
                if (strong || WEAK_LABEL.matcher(pair.label()).matches()) {
                    String name = clean(pair.value());
                    if (name != null) {
                        out.add(ContractField.PRODUCT, name, strong ? 0.9 : 0.85, t, false, seg.line());
                        continue;
                    }
                }
            }
            Matcher title = TITLE.matcher(t);
            if (doc.layout.line(seg.line()).heading() && title.find()) {
                String name = clean(t.substring(title.start(1)));
                if (name != null) {
                    out.add(ContractField.PRODUCT, name, 0.8, t, false, seg.line());
                }
            }
            Matcher q = QUOTED.matcher(t);
            while (q.find()) {
                String name = clean(q.group(1));
                if (name != null) {
                    out.add(ContractField.PRODUCT, name, 0.9, t, false, seg.line());
                }
            }
            Matcher a = AFTER_WORDS.matcher(t);
            while (a.find()) {
                String name = clean(a.group(1));
                boolean software = t.substring(a.end()).matches("(?is)^\\s*\\((?:the\\s+)?[\"“](?:software|product).*");
                if (name != null) {
                    out.add(ContractField.PRODUCT, name, software ? 0.9 : 0.84, t, false, seg.line());
                }
            }
        }
        List<Charge> rows = doc.charges().stream().filter(c -> c.source() == Charge.Source.ROW).toList();
        boolean priced = rows.stream().anyMatch(c -> c.kind() == Charge.Kind.SUBSCRIPTION || c.kind() == Charge.Kind.LICENCE);
        for (Charge c : rows) {
            if (c.kind() == Charge.Kind.SUBSCRIPTION || c.kind() == Charge.Kind.LICENCE
                || !priced && c.kind() == Charge.Kind.MAINTENANCE) {
                String name = clean(c.description());
                if (name != null) {
                    out.add(ContractField.PRODUCT, name, 0.84, c.snippet(), false, c.line());
                }
                break;
            }
        }
    }

    /** The product name in a text, without what describes the purchase; null when nothing name-like is left. */
    static String clean(String value) {
        String v = value.replaceAll("\\s+", " ").strip().replaceAll("^[\"“„«]|[\"”“»]$", "");
        v = LEADING.matcher(v).replaceFirst("");
        Matcher m = CUT.matcher(v);
        while (m.find()) {
            if (m.start() > 0 && DESCRIPTOR.matcher(v.substring(m.start())).find()) {
                v = v.substring(0, m.start());
                break;
            }
        }
        String previous;
        do {
            previous = v;
            v = TRAILING.matcher(v.strip()).replaceFirst("").strip();
        } while (!v.equals(previous));
        v = v.replaceAll("[.,;:]+$", "").strip();
        String firstWord = v.split("\\s+")[0];
        if (firstWord.matches("(?iu).*(?:lizenz|licen[cs]|licenti|abonnement|subscri|pflege|maintenance|wartung|onderhoud)\\p{L}*")
            || firstWord.matches("(?iu)nr\\.?|no\\.?|n°|nummer|number|#.*")) {
            return null;
        }
        if (SEAT_WORD.matcher(v).find()) {
            return null;
        }
        if (v.length() < 2 || v.length() > 70 || v.chars().noneMatch(Character::isLetter) || GENERIC.matcher(v).matches()
            || !Character.isUpperCase(v.codePointAt(0)) && !Character.isDigit(v.codePointAt(0))
            || v.length() > 4 && v.equals(v.toUpperCase(java.util.Locale.ROOT)) && v.chars().anyMatch(Character::isLetter)
            || v.matches(".*[$€£¥].*|.*\\d[.,]\\d{2}\\b.*") || v.split("\\s+").length > 7) {
            return null;
        }
        return v;
    }
}
