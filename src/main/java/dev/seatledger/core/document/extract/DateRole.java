package dev.seatledger.core.document.extract;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a date in a contract is for, read from the words closest before it (or its label): the term's start or end,
 * a renewal date, the term as a period, and the dates that look alike but are not terms: a quote's validity, the
 * document's date, a payment's due date, a signature's date.
 */
enum DateRole {
    START, END, RENEWAL, TERM, VALIDITY, ISSUE, DUE, SIGNATURE, NONE;

    private static final Map<DateRole, Vocabulary> WORDS = new EnumMap<>(DateRole.class);

    static {
        WORDS.put(VALIDITY, Vocabulary.of(
            "valid(?:ity)?(?:\\s+(?:until|through|thru|till|to))?|quote expires|quotation expires|offer expires"
                + "|prices? valid(?:\\s+until)?|pricing valid(?:\\s+until)?|expiry of (?:this )?(?:quote|offer)",
            "gültig(?:keit)?(?:\\s+bis)?|bindefrist|angebot gültig bis|angebotsfrist",
            "valable jusqu'au|valable jusqu’au|validité(?: de l'offre)?|offre valable jusqu'au",
            "geldig(?:heid)?(?:\\s+(?:tot|t/m))?"));
        WORDS.put(DUE, Vocabulary.of(
            "due date|payment due|due(?: on| by)?|payable (?:by|on|before)|pay by|payment date|no later than|not later than"
                + "|at the latest(?: by)?|before",
            "zahlbar (?:bis|am)|fällig(?:keit)?(?: am| bis)?|zahlungsziel|zahlungstermin|spätestens(?: bis| am| zum)?",
            "date d'échéance|date d’échéance|échéance de paiement|à payer avant|payable le|à régler avant"
                + "|au plus tard le|avant le",
            "vervaldatum|uiterste betaaldatum|te betalen (?:voor|vóór)|uiterlijk(?: op)?|vóór"));
        WORDS.put(ISSUE, Vocabulary.of(
            "date|dated|issued(?: on)?|issue date|invoice date|quote date|quotation date|order date|date of issue"
                + "|date paid|paid on|receipt date",
            "datum|vom|(?<=, )am|(?<=, )den|rechnungsdatum|angebotsdatum|bestelldatum|auftragsdatum|belegdatum"
                + "|ausstellungsdatum|leistungsdatum|lieferdatum",
            "date|(?<=, )le|en date du|daté du|date de (?:facture|commande|l'offre|la commande|émission)|émis le",
            "datum|factuurdatum|offertedatum|besteldatum|orderdatum|d\\.d\\."));
        WORDS.put(SIGNATURE, Vocabulary.of(
            "signed(?: on)?|signature|date signed|executed(?: on)?|accepted(?: on)?|made on|entered into on",
            "unterschrift|unterzeichnet(?: am)?|ort,? datum",
            "signé le|fait à [\\p{L}' -]{2,40},? le",
            "getekend(?: te [\\p{L}-]{2,30})?(?: op)?|ondertekend(?: op)?"));
        WORDS.put(RENEWAL, Vocabulary.of(
            "renewal date|renews?(?: automatically)? on|will renew on|next renewal(?: date)?(?: on)?|next billing date"
                + "|next billing|next invoice(?: date)?|next payment(?: date)?|next charge(?: date)?|renewal on|renewed on"
                + "|anniversary date",
            "verlängerungsdatum|verlängert sich am|nächste verlängerung(?: am)?|verlängerung am|nächste (?:rechnung|abbuchung)"
                + "|jahrestag",
            "date de renouvellement|renouvel(?:é|ée|lement) le|prochain renouvellement(?: le)?|prochaine facturation"
                + "|prochaine facture|prochain prélèvement",
            "verlengingsdatum|verlengd op|volgende verlenging(?: op)?|volgende factuur(?:datum)?"));
        WORDS.put(START, Vocabulary.of(
            "start(?:s|ing)?(?: date)?(?: on)?|term start(?: date)?|commencement date|commenc(?:e|es|ing)(?: on)?"
                + "|effective(?: date)?(?: (?:as of|from|on))?|with effect from|begin(?:s|ning)?(?: on)?"
                + "|service start(?: date)?|subscription start(?: date)?|from|go-live(?: date)?|active since|since"
                + "|first (?:charge|billing|invoice|payment)(?: date)?",
            "\\p{L}*beginn|beginnt(?: am)?|start|ab(?: dem)?|startdatum|mit wirkung (?:vom|zum|ab)|seit(?: dem)?"
                + "|aktiv seit|bereitstellung(?: ab)?|erste abbuchung",
            "date de début|début|à compter du|à partir du|prend effet le|date d'effet|date de prise d'effet"
                + "|prise d'effet|(?:date d['’])?entrée en vigueur(?: le)?|démarrage|commence le|débute le|depuis le"
                + "|actif depuis le|premier prélèvement",
            "ingangsdatum|startdatum|begindatum|gaat in op|gaat in per|met ingang van|vanaf|aanvang|per|sinds"));
        WORDS.put(END, Vocabulary.of(
            "end(?:s|ing)?(?: date)?(?: on)?|term end(?: date)?|expir(?:y|ation)(?: date)?|expires?(?: on)?"
                + "|terminat(?:es|ion date)(?: on)?|until|through|subscription end(?: date)?|service end(?: date)?",
            "vertragsende|laufzeitende|wartungsende|pflegeende|abonnementende|lizenzende|ende|endet(?: am)?|bis(?: zum)?|läuft(?: am| bis)?|ablauf(?: am)?|enddatum",
            "date de fin|fin|jusqu'au|jusqu’au|expire le|prend fin le|se termine le|(?:arrive|vient) à échéance le"
                + "|échéance le|date d'expiration",
            "einddatum|eindigt op|loopt (?:af op|tot)|tot en met|t/m|vervalt op|tot|afloop"));
        WORDS.put(TERM, Vocabulary.of(
            "term|subscription term|initial term|renewal term|contract term|service period|subscription period"
                + "|billing period|licen[cs]e period|maintenance period|support period|period|maintenance|coverage",
            "\\p{L}*laufzeit|\\p{L}*zeitraum|\\p{L}*periode",
            "durée|période|période couverte|période de (?:licence|maintenance|souscription|facturation)|maintenance",
            "looptijd|periode|nieuwe periode|onderhoudsperiode|contractperiode|licentieperiode|abonnementsperiode"));
    }

    private static final Map<DateRole, Pattern> FIND = new EnumMap<>(DateRole.class);
    private static final Map<DateRole, Pattern> LABEL = new EnumMap<>(DateRole.class);

    static {
        WORDS.forEach((role, words) -> {
            FIND.put(role, words.find());
            LABEL.put(role, words.label());
        });
    }

    boolean trap() {
        return this == VALIDITY || this == ISSUE || this == DUE || this == SIGNATURE;
    }

    private static final Pattern LICENCE_NOUN = Pattern.compile("(?iu)licen[cs]|lizenz|licenti|subscri|abonnement|abo\\b"
        + "|contract|vertrag|contrat|overeenkomst|wartung|pflege|maintenance|support|onderhoud|service");

    /**
     * The role named closest before the end of the context (at most {@code reach} characters before it); between
     * words ending at the same place the longer wins ("start date" over "date"), then a trap.
     */
    static DateRole before(String context, int reach) {
        DateRole best = NONE;
        int bestEnd = -1;
        int bestLength = 0;
        for (Map.Entry<DateRole, Pattern> e : FIND.entrySet()) {
            Matcher m = e.getValue().matcher(context);
            while (m.find()) {
                if (context.length() - m.end() > reach) {
                    continue;
                }
                int len = m.end() - m.start();
                boolean better = m.end() > bestEnd || m.end() == bestEnd && (len > bestLength
                    || len == bestLength && e.getKey().trap() && !best.trap());
                if (better) {
                    best = e.getKey();
                    bestEnd = m.end();
                    bestLength = len;
                }
            }
        }
        if (best == VALIDITY && bestEnd >= 0 && LICENCE_NOUN.matcher(context.substring(Math.max(0, bestEnd - bestLength - 30),
            Math.min(context.length(), bestEnd + 25))).find()) {
            return TERM;
        }
        return best;
    }

    /** The role a label names ("Start Date", "Gültig bis", "Période"), NONE when it names none. */
    static DateRole ofLabel(String label) {
        DateRole best = NONE;
        int bestLength = 0;
        if (LICENCE_NOUN.matcher(label).find() && FIND.get(VALIDITY).matcher(label).find()) {
            return TERM;
        }
        for (Map.Entry<DateRole, Pattern> e : LABEL.entrySet()) {
            Matcher m = FIND.get(e.getKey()).matcher(label);
            if (e.getValue().matcher(label).matches()) {
                while (m.find()) {
                    if (m.end() - m.start() > bestLength) {
                        best = e.getKey();
                        bestLength = m.end() - m.start();
                    }
                }
            }
        }
        return best;
    }
}
