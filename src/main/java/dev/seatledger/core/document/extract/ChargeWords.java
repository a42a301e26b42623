package dev.seatledger.core.document.extract;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of prices in four languages: what a line or an amount is (tax, shipping, a one-off service, maintenance,
 * a perpetual licence, a subtotal, a grand total, the contract value), the period a price is for, a price per seat,
 * and the column headers of line-item tables.
 */
final class ChargeWords {
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** Kinds in the order they are tested: the first that matches a description or label wins. */
    static final Map<Charge.Kind, Pattern> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put(Charge.Kind.CONTRACT_VALUE, Vocabulary.of("total contract value|contract value|tcv|total commitment"
                + "|total (?:for|over) (?:the )?(?:term|\\d+ years)", "gesamtvolumen|gesamtwert|vertragswert|gesamtvertragswert",
            "valeur totale(?: du contrat)?|montant total du contrat", "totale contractwaarde|contractwaarde").find());
        KINDS.put(Charge.Kind.GROSS_TOTAL, Vocabulary.of("grand total|total due|amount due|balance due|total incl\\.?"
                + "(?:uding)?(?: vat| tax| gst)?|invoice total|total paid|total charged|total \\(incl\\.?[^)]*\\)|total payable",
            "gesamtbetrag(?: brutto)?|rechnungsbetrag|bruttobetrag|summe brutto|gesamt brutto|zu zahlen|endbetrag"
                + "|gesamtsumme|rechnungssumme",
            "total ttc|net à payer|montant ttc|montant total ttc|total toutes taxes|total tvac",
            "totaal incl\\.?(?:usief)?(?: btw)?|te betalen|totaalbedrag|totaal te betalen").find());
        KINDS.put(Charge.Kind.NET_TOTAL, Vocabulary.of("sub-?total|subscription subtotal|services subtotal|net total"
                + "|total net|total excl\\.?(?:uding)?(?: vat| tax)?|net amount|total \\(excl\\.?[^)]*\\)"
                + "|total before tax(?:es)?|pre-tax total",
            "zwischensumme|nettobetrag|summe netto|netto(?:betrag|summe)|gesamt netto|gesamtbetrag netto"
                + "|gesamtpreis netto",
            "total ht|sous-total|montant ht|total hors taxes|montant total ht|total avant taxes|total htva|montant htva",
            "subtotaal|totaal excl\\.?(?:usief)?(?: btw)?|netto(?:bedrag)?").find());
        KINDS.put(Charge.Kind.TAX, Vocabulary.of("vat|tax|sales tax|gst|hst|use tax|estimated tax",
            "mwst\\.?|ust\\.?|umsatzsteuer|mehrwertsteuer|vorsteuer|mwst|mehrwertst\\.", "tva|taxes?", "btw|omzetbelasting").find());
        KINDS.put(Charge.Kind.SHIPPING, Vocabulary.of("shipping|delivery|freight|postage|handling",
            "versand|lieferung|fracht|porto", "livraison|frais de port|frais d'envoi", "verzending|verzendkosten|levering")
            .find());
        KINDS.put(Charge.Kind.DISCOUNT, Vocabulary.of("discount|credit|rebate", "rabatt|nachlass|gutschrift",
            "remise|réduction|avoir", "korting|creditnota").find());
        KINDS.put(Charge.Kind.SERVICE, Vocabulary.of("implementation|onboarding|on-boarding|set-?up|installation"
                + "|configuration|training|consulting|professional services|migration|workshop|one-time|one-off"
                + "|fixed fee|services|service fee|hardware|travel|expenses|day rate|per session",
            "einrichtung|datenübernahme|schulung|installation|beratung|einmalig\\p{L}*|inbetriebnahme|implementierung"
                + "|projekt\\p{L}*|tagessatz|anwenderschulung|dienstleistung\\p{L}*|reisekosten",
            "mise en service|paramétrage|formation|installation|déploiement|conseil|forfait|frais de mise en service"
                + "|prestations?|frais d'installation",
            "installatie|implementatie|opleiding|training|configuratie|eenmalig\\p{L}*|inrichting|migratie"
                + "|advies|dienstverlening").find());
        KINDS.put(Charge.Kind.MAINTENANCE, Vocabulary.of("maintenance|support|software assurance|upgrade protection",
            "softwarepflege|pflege|wartung|support", "maintenance|support|assistance", "onderhoud|support").find());
        KINDS.put(Charge.Kind.TOTAL, Vocabulary.of("order total|total \\(\\p{Lu}{3}\\)|total|totals", "summe|total|gesamt",
            "total", "totaal").find());
        KINDS.put(Charge.Kind.LICENCE, Vocabulary.of("perpetual|lifetime", "kauflizenz|unbefristet\\p{L}*|dauerlizenz",
            "perpétuelle?|perpetuelle?", "eeuwigdurend\\p{L}*|perpetu\\p{L}*").find());
    }

    static final Pattern OTHER = Pattern.compile("(?iu)(?<![\\p{L}])(?:capital|kapital|stammkapital|late (?:fee|payment)s?"
        + "|interest|zinsen|intérêts?|rente|penalt\\p{L}*|pénalit\\p{L}*|indemnit\\p{L}*|overages?|mehrverbrauch|dépassements?"
        + "|refunds?|deposit|kaution|strafe|boete|recouvrement|list price|listenpreis|prix catalogue|catalogusprijs"
        + "|service credits?)(?![\\p{L}])");

    static final Map<Charge.Period, Pattern> PERIODS = new LinkedHashMap<>();

    static {
        PERIODS.put(Charge.Period.TWO_YEARS, Vocabulary.of("every two years|every 2 years|biennial(?:ly)?|per two years"
                + "|2[- ]year|two-year", "alle zwei jahre|alle 2 jahre|zweijährlich", "tous les deux ans|biennal\\p{L}*",
            "om de twee jaar|tweejaarlijks").find());
        PERIODS.put(Charge.Period.QUARTER, Vocabulary.of("per quarter|quarterly|a quarter|/\\s?quarter|each quarter",
            "pro quartal|vierteljährlich|quartalsweise|je quartal|im quartal|quartal", "par trimestre|trimestriel\\p{L}*",
            "per kwartaal|driemaandelijks|kwartaal").find());
        PERIODS.put(Charge.Period.MONTH, Vocabulary.of("per month|a month|/\\s?mo(?:nth)?|monthly|each month",
            "pro monat|im monat|je monat|/\\s?monat|monatlich\\p{L}*|und monat|monatliche?\\p{L}*|monatsabo",
            "par mois|/\\s?mois|mensuel\\p{L}*|chaque mois|et par mois", "per maand|p/m|maandelijks|/\\s?maand").find());
        PERIODS.put(Charge.Period.YEAR, Vocabulary.of("per year|per annum|p\\.\\s?a\\.|a year|/\\s?y(?:ea)?r|annual\\p{L}*"
                + "|yearly|each year|1[- ]year|12[- ]months?|twelve months",
            "pro jahr|im jahr|je jahr|jährlich\\p{L}*|p\\.\\s?a\\.|jahres\\p{L}*|und jahr|12 monate",
            "par an|/\\s?an|annuel\\p{L}*|annuellement|par année|l'an|12 mois", "per jaar|jaarlijks|jaar\\p{L}*|p\\.j\\.")
            .find());
    }

    /** After an amount: "per user", "/seat", "je Nutzer", "pro Lizenz", "par utilisateur", "per gebruiker". */
    static final Pattern PER_SEAT = Pattern.compile("^\\s*(?:\\(?(?:HT|net|netto|excl\\.?\\s*(?:vat|btw|mwst)\\.?)\\)?\\s*)?"
        + "(?:per|/|a|each|je|pro|par|pour|x|×)\\s*(?:named\\s+|licensed\\s+|concurrent\\s+|benanntem\\s+)?(?:users?|seats?"
        + "|licen[cs]es?|agents?|hosts?|devices?|endpoints?|employees?|nutzer|benutzer|lizenz(?:en)?|anwender|arbeitsplatz"
        + "|kassenplatz|utilisateurs?|postes?|sièges?|gebruikers?|licenties?|apparaat|medewerkers?|leerkrachten?|einheit"
        + "|unit|postfach)(?![\\p{L}])", CI);
    /** A label naming a price per seat. */
    static final Pattern PER_SEAT_LABEL = Pattern.compile("(?:unit price|price per|price/|per[- ](?:seat|user)|rate"
        + "|einzelpreis|preis (?:pro|je)|preis/|stückpreis|prix unitaire|p\\.u\\.|tarif par|prix par|stukprijs"
        + "|eenheidsprijs|prijs per|prijs/|tarief per|rate per|\\p{L}*preis je|kosten per|tarif (?:pro|je))", CI);
    /** A label or words naming the price of the subscription itself. */
    static final Pattern FEE = Vocabulary.of("fees?|charges?|price|pricing|subscription(?: fee)?|licen[cs]e fee|annual fee"
            + "|amount|cost|rate|monthly total|monthly fee|plan price|renewal price|invoiced|billed|payable|paid",
        "\\p{L}*gebühr\\p{L}*|\\p{L}*entgelt|\\p{L}*vergütung|\\p{L}*preis|\\p{L}*betrag|\\p{L}*kosten|abo\\p{L}*"
            + "|insgesamt|monatliche gebühr|monatlicher gesamtpreis|zahlbar|berechnet|netto",
        "redevance\\p{L}*|prix|tarif|montant\\p{L}*|abonnement|coût|soit|au tarif de|payable|factur\\p{L}*|ht",
        "\\p{L}*prijs|\\p{L}*tarief|\\p{L}*bedrag|\\p{L}*vergoeding|kosten|abonnement|totaal per maand|te voldoen"
            + "|gefactureerd|excl\\.? btw").find();

    private ChargeWords() {
    }

    /** The kind a description or label names; SUBSCRIPTION when none. */
    static Charge.Kind kind(String text) {
        if (OTHER.matcher(text).find()) {
            return Charge.Kind.OTHER;
        }
        for (Map.Entry<Charge.Kind, Pattern> e : KINDS.entrySet()) {
            if (e.getValue().matcher(text).find()) {
                return e.getKey();
            }
        }
        return Charge.Kind.SUBSCRIPTION;
    }

    /** The period named first in the text, or null. */
    static Charge.Period period(String text) {
        Charge.Period best = null;
        int at = Integer.MAX_VALUE;
        for (Map.Entry<Charge.Period, Pattern> e : PERIODS.entrySet()) {
            Matcher m = e.getValue().matcher(text);
            if (m.find() && m.start() < at) {
                best = e.getKey();
                at = m.start();
            }
        }
        return best;
    }
}
