package dev.seatledger.core.document.extract;

import dev.seatledger.core.document.layout.Line;
import dev.seatledger.core.document.layout.Segment;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publisher: the company named by a "Manufacturer"/"Hersteller"/"Éditeur" label, else by a vendor label
 * ("Supplier", "Licensor", "Anbieter", "Fournisseur", "Leverancier"), else the party a contract calls the licensor or
 * vendor ("between X (the "Licensor")", "zwischen X (nachfolgend „Anbieter“)", "X (ci-après « le Fournisseur »)",
 * "X (hierna: "Licentiegever")", or X in "between X (…) and Y ("Customer")"). Failing those, the issuer of a quote,
 * invoice or letter: a company in the letterhead, the closing, or the bank and registration footer, that is not the
 * customer; sure only when two of those places name it (a long name under a greeting may start with the signer's).
 */
final class PartyRecogniser {
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern MAKER_LABEL = Vocabulary.of("manufacturer|publisher|software publisher|made by",
        "hersteller|softwarehersteller", "éditeur|editeur|fabricant", "fabrikant|uitgever").exact();
    private static final Pattern MAKER_IN_BRACKETS = Pattern.compile("\\((?iu:manufacturer|publisher|hersteller"
        + "|éditeur|fabricant|fabrikant)\\s*[:：]\\s*([^()]{3,80})\\)");
    private static final Pattern VENDOR_LABEL = Vocabulary.of(
        "vendor|supplier|licensor|licenser|provider|service provider|seller|issued by|from|contractor"
            + "|seller of record|merchant of record|licensor of record",
        "anbieter|lieferant|lizenzgeber|auftragnehmer|verkäufer|hersteller und anbieter",
        "fournisseur|prestataire|concédant|vendeur|émetteur|titulaire",
        "leverancier|licentiegever|aanbieder|opdrachtnemer|verkoper").exact();
    private static final Vocabulary CUSTOMER = Vocabulary.of(
        "customer|client|licensee|buyer|bill to|billed to|sold to|ship to|prepared for|attn",
        "kunde|lizenznehmer|auftraggeber|rechnungsempfänger|besteller|käufer",
        "client|licencié|acheteur|destinataire|à l'attention de",
        "klant|licentienemer|opdrachtgever|afnemer|aan|t\\.a\\.v\\.");
    private static final Pattern CUSTOMER_LABEL = Pattern.compile("^(?:the\\s+|your\\s+|ihr\\s+|votre\\s+|uw\\s+)?"
        + CUSTOMER.any() + "(?:\\s+(?:name|details|address|information|adresse|nom|naam|gegevens))?$",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TRAILING_COLON = Pattern.compile("[:：]\\s*$");
    private static final String ROLE = "(?:licensor|vendor|supplier|provider|seller|contractor|lessor|anbieter\\p{L}{0,2}"
        + "|lizenzgeber\\p{L}{0,2}|auftragnehmer\\p{L}{0,2}|lieferant\\p{L}{0,2}|vermieter\\p{L}{0,2}|fournisseur"
        + "|concédant|prestataire|éditeur|titulaire|bailleur|leverancier|licentiegever|opdrachtnemer|verhuurder)";
    private static final Pattern ROLE_ALIAS = Pattern.compile("\\((?:[^()]{0,20}?(?:hereinafter|hereafter|nachfolgend"
        + "|im folgenden|ci-après|ci-apres|hierna)[^()]{0,20}?)?\\s*(?:referred to as\\s+|genannt\\s+|dénommée?\\s+)?"
        + "(?:the|der|die|das|le|la|l'|de|het)?\\s*[„\"“«‹']?\\s*(?:the|der|die|das|le|la|l'|de|het)?\\s*" + ROLE
        + "\\s*[“\"”»›']?\\s*\\)", CI);
    /** The role named after a comma or dash: "X, ci-après « le Prestataire »", "X – im Folgenden „Vermieter“ –". */
    private static final Pattern ROLE_AFTER = Pattern.compile("(?:,|–|—|\\s-)\\s*(?:hereinafter|hereafter|nachfolgend|im folgenden"
        + "|ci-après|ci-apres|hierna)[:,]?\\s*(?:referred to as\\s+|genannt\\s+|dénommée?\\s+)?(?:the|der|die|das|le|la|l'|de"
        + "|het)?\\s*[„\"“«‹']?\\s*(?:the|der|die|das|le|la|l'|de|het)?\\s*" + ROLE + "\\s*[“\"”»›']?",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CUSTOMER_ALIAS = Pattern.compile("\\([^()]{0,40}?[„\"“«‹']\\s*(?:the\\s+|le\\s+|der\\s+)?"
        + "(?:customer|client|licensee|kunde|lizenznehmer|licencié|klant|licentienemer)\\s*[“\"”»›']\\s*\\)", CI);
    private static final Pattern BETWEEN = Pattern.compile("(?:between|zwischen|entre|tussen)\\s+(?:the\\s+|der\\s+|la\\s+"
        + "société\\s+|de\\s+)?(.{2,160}?)\\s*\\(", CI);
    private static final Pattern FOOTER = Pattern.compile("(?i)\\b(?:iban|bic|swift|vat|ust-?id|uid|tva|btw|kvk|rcs"
        + "|siret|hrb|hra|registered|company no|abn|ein|tax id|remit|capital|kapital|geschäftsführer|registergericht"
        + "|amtsgericht|handelsregister|mwst|sort code|routing|aba|account)\\b");
    private static final Pattern CLOSING = Pattern.compile("(?i)(?:regards|sincerely|grüßen|grüsse|gruss|cordialement"
        + "|salutations|groet|groeten|cheers|best wishes|thank you|merci|vielen dank|bedankt)");
    private static final Pattern ISSUER_TITLE = Pattern.compile("(?i)\\b(?:quot\\w*|invoice|receipt|order confirmation"
        + "|renewal|proposal|angebot\\w*|rechnung|auftragsbestätigung|offerte|verlängerung\\w*|devis|facture|proposition"
        + "|offre|renouvellement|factuur|bevestiging|verleng\\w*|bestellformular|order form|bon de commande"
        + "|soumission|confirmation|bestätigung|welcome|bienvenue|willkommen|welkom|acknowledge?ment|notice)\\b");
    private static final Pattern BANK = Pattern.compile("(?i)\\b(?:bank|sparkasse|banque|bancaire|ubs|credit suisse"
        + "|raiffeisen|ing|abn|rabobank|kbc|bnp|hsbc|barclays|lloyds|chase|wells fargo|erste|postfinance|volksbank"
        + "|commerzbank|deutsche bank)\\b");

    private PartyRecogniser() {
    }

    static void recognise(ContractDoc doc, Candidates out) {
        Set<String> customers = new HashSet<>();
        for (Segment seg : doc.segments()) {
            Labelled pair = Labelled.of(seg).orElse(null);
            if (pair != null) {
                String name = name(pair.value());
                if (name != null && MAKER_LABEL.matcher(pair.label()).matches()) {
                    out.add(ContractField.VENDOR, name, 0.92, seg.text(), false, seg.line());
                } else if (name != null && VENDOR_LABEL.matcher(pair.label()).matches()) {
                    out.add(ContractField.VENDOR, name, 0.9, seg.text(), false, seg.line());
                } else if (CUSTOMER_LABEL.matcher(pair.label()).matches()) {
                    Companies.in(pair.value()).forEach(c -> customers.add(key(c)));
                }
            }
            Matcher maker = MAKER_IN_BRACKETS.matcher(seg.text());
            while (maker.find()) {
                List<String> names = Companies.in(maker.group(1));
                if (!names.isEmpty()) {
                    out.add(ContractField.VENDOR, names.get(0), 0.9, seg.text(), false, seg.line());
                }
            }
            roles(seg, out, customers);
        }
        customersAfterLabels(doc, customers);
        if (!out.has(ContractField.VENDOR)) {
            issuer(doc, out, customers);
        }
    }

    /** The company a label's value names: its first company name, or the whole value when it looks like one. */
    private static String name(String value) {
        List<String> names = Companies.in(value);
        if (!names.isEmpty()) {
            return names.get(0);
        }
        String v = value.split("\\s+[·|•]\\s+|,\\s+\\d|\\s{2,}")[0].strip();
        return v.matches("[\\p{Lu}][\\p{L}&'’.+ -]{2,60}") && !v.contains("@") && v.split("\\s+").length <= 6
            ? v : null;
    }

    private static void roles(Segment seg, Candidates out, Set<String> customers) {
        String t = seg.text();
        for (Matcher alias : List.of(ROLE_ALIAS.matcher(t), ROLE_AFTER.matcher(t))) {
            aliases(t, alias, seg, out);
        }
        Matcher customer = CUSTOMER_ALIAS.matcher(t);
        while (customer.find()) {
            String before = t.substring(Math.max(0, customer.start() - 160), customer.start());
            int cut = Math.max(Math.max(before.lastIndexOf(" and "), before.lastIndexOf(" und ")),
                Math.max(before.lastIndexOf(" et "), before.lastIndexOf(" en ")));
            List<String> names = Companies.in(cut >= 0 ? before.substring(cut) : before);
            if (!names.isEmpty()) {
                customers.add(key(names.get(names.size() - 1)));
            }
            Matcher between = BETWEEN.matcher(t.substring(0, customer.start()));
            if (between.find()) {
                List<String> first = Companies.in(between.group(1));
                if (!first.isEmpty() && !customers.contains(key(first.get(0)))) {
                    out.add(ContractField.VENDOR, first.get(0), 0.86, t, false, seg.line());
                }
            }
        }
    }

    private static void aliases(String t, Matcher alias, Segment seg, Candidates out) {
        while (alias.find()) {
            String before = t.substring(Math.max(0, alias.start() - 320), alias.start());
            int cut = Math.max(Math.max(before.lastIndexOf(" and "), before.lastIndexOf(" und ")),
                Math.max(before.lastIndexOf(" et "), before.lastIndexOf(" en ")));
            List<String> names = Companies.in(cut >= 0 && Companies.in(before.substring(cut)).size() > 0
                ? before.substring(cut) : before);
            if (!names.isEmpty()) {
                out.add(ContractField.VENDOR, names.get(0), 0.9, t, false, seg.line());
            }
        }
    }

    /** Companies in the lines after a customer label on its own ("Bill To:", "Kunde", "Client :"). */
    private static void customersAfterLabels(ContractDoc doc, Set<String> customers) {
        List<Line> lines = doc.layout.lines();
        for (int i = 0; i < lines.size(); i++) {
            for (int c = 0; c < lines.get(i).cells().size(); c++) {
                String cell = TRAILING_COLON.matcher(lines.get(i).cells().get(c).text()).replaceAll("").strip();
                if (CUSTOMER_LABEL.matcher(cell).matches()) {
                    for (int k = i + 1; k < Math.min(lines.size(), i + 3); k++) {
                        Companies.in(lines.get(k).text()).forEach(n -> customers.add(key(n)));
                    }
                }
            }
        }
    }

    private static void issuer(ContractDoc doc, Candidates out, Set<String> customers) {
        List<Line> lines = doc.layout.lines();
        Map<String, Set<String>> signals = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Integer> first = new LinkedHashMap<>();
        boolean titled = lines.stream().limit(12).anyMatch(l -> ISSUER_TITLE.matcher(l.text()).find());
        String letterhead = null;
        for (Line l : lines) {
            String text = l.text();
            for (String n : Companies.in(text)) {
                String k = key(n);
                if (customers.contains(k) || BANK.matcher(n).find()) {
                    continue;
                }
                if (letterhead == null && l.index() < 6) {
                    letterhead = k;
                }
                names.putIfAbsent(k, n);
                first.putIfAbsent(k, l.index());
                Set<String> s = signals.computeIfAbsent(k, x -> new HashSet<>());
                if (k.equals(letterhead) && l.index() < 6
                    || text.matches("(?i).*\\b(?:receipt|invoice|quote|rechnung|angebot|facture|devis) from\\b.*")) {
                    s.add("letterhead");
                }
                if (FOOTER.matcher(text).find() || l.index() >= lines.size() - 3) {
                    s.add("footer");
                }
                if (l.index() > 0 && CLOSING.matcher(lines.get(l.index() - 1).text() + " " + text).find()) {
                    s.add("closing");
                }
            }
        }
        signals.forEach((k, s) -> {
            int n = s.size() + (titled ? 1 : 0);
            boolean onlySigned = !s.contains("letterhead") && s.contains("closing") && names.get(k).split("\\s+").length > 4;
            double conf = n >= 2 && !onlySigned ? 0.82 : 0.7;
            out.add(ContractField.VENDOR, names.get(k), conf, lines.get(first.get(k)).text(), false, first.get(k));
        });
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[,.\\s]+", " ").strip();
    }
}
