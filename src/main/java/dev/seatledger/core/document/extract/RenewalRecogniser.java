package dev.seatledger.core.document.extract;

import dev.seatledger.core.document.layout.Segment;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the contract renews by itself: "renews automatically", "renews for successive one-year terms", "verlängert
 * sich stillschweigend", "tacite reconduction", "stilzwijgend verlengd"; and the negative wordings, read first in each
 * sentence: "shall not renew automatically", "keine automatische Verlängerung", "pas soumise à reconduction tacite",
 * "niet stilzwijgend verlengd", "Auto-renewal: no".
 */
final class RenewalRecogniser {
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern NO = Vocabulary.of(
        "(?:shall|will|does|do|is|are)\\s+not\\s+(?:be\\s+)?(?:automatically\\s+)?(?:auto-?)?renew(?:ed)?(?:\\s+automatically)?"
            + "|no\\s+automatic\\s+renewal|not\\s+subject\\s+to\\s+(?:automatic\\s+)?renewal|non-?renewing"
            + "|without\\s+(?:automatic\\s+)?renewal|not\\s+(?:be\\s+)?automatically\\s+renewed|will\\s+not\\s+renew",
        "keine\\s+automatische\\s+verlängerung|verlängert\\s+sich\\s+nicht|ohne\\s+automatische\\s+verlängerung"
            + "|nicht\\s+(?:automatisch|stillschweigend)\\s+verlängert|endet\\s+automatisch"
            + "|ohne\\s+dass\\s+es\\s+einer\\s+kündigung\\s+bedarf",
        "pas\\s+(?:soumise?\\s+)?(?:à|a|de)\\s+(?:la\\s+)?(?:tacite\\s+)?reconduction(?:\\s+tacite)?|sans\\s+(?:tacite\\s+)?reconduction"
            + "|n['’](?:est|sera)\\s+pas\\s+(?:renouvelée?|reconduite?)|ne\\s+sera\\s+pas\\s+(?:renouvelée?|reconduite?)"
            + "|non\\s+renouvelable|pas\\s+de\\s+renouvellement\\s+automatique|prend\\s+fin\\s+de\\s+plein\\s+droit"
            + "|sans\\s+qu['’]il\\s+soit\\s+besoin\\s+de\\s+(?:le\\s+)?(?:résilier|dénoncer)",
        "niet\\s+(?:stilzwijgend|automatisch)\\s+(?:wordt\\s+)?verlengd|wordt\\s+niet\\s+(?:automatisch\\s+|stilzwijgend\\s+)?verlengd"
            + "|geen\\s+(?:automatische|stilzwijgende)\\s+verlenging|eindigt\\s+van\\s+rechtswege").find();
    private static final Pattern YES = Vocabulary.of(
        "renew(?:s|ed)?\\s+automatically|automatic(?:ally)?\\s+renew(?:s|ed|al)?|auto-?\\s?renew(?:s|al|ing)?"
            + "|renew(?:s|ed)?\\s+for\\s+(?:successive|additional|further|subsequent|consecutive)"
            + "|renews?\\s+(?:monthly|annually|yearly|each\\s+(?:month|year))|extended\\s+automatically|automatically\\s+extended"
            + "|evergreen|successive\\s+renewal\\s+terms|month-to-month|will\\s+(?:automatically\\s+)?renew",
        "verlängert\\s+sich(?:\\s+[\\p{L}]+){0,4}?\\s+(?:automatisch|stillschweigend|jeweils|um)"
            + "|(?:automatisch|stillschweigend)\\s+verlängert|automatische\\s+verlängerung",
        "tacite\\s+reconduction|reconduction\\s+tacite|reconduite?s?\\s+(?:tacitement|automatiquement)"
            + "|renouvel(?:é|ée|és|able)?\\s+(?:par\\s+tacite\\s+reconduction|automatiquement|tacitement)"
            + "|renouvellement\\s+automatique|se\\s+renouvelle\\s+(?:automatiquement|tacitement)|se\\s+reconduit",
        "stilzwijgend\\s+verlengd|automatisch\\s+verlengd|automatische\\s+verlenging|wordt(?:\\s+\\p{L}+){0,4}\\s+verlengd\\s+met"
            + "|verlengt\\s+(?:zich\\s+)?automatisch").find();
    private static final Pattern LABEL = Vocabulary.of("auto-?\\s?renew(?:al)?|automatic renewal|renewal|renews",
        "automatische verlängerung|verlängerung|autom\\. verlängerung", "reconduction(?: tacite)?|renouvellement(?: automatique)?",
        "(?:automatische )?verlenging").label();
    private static final Pattern YES_VALUE = Pattern.compile("^(?:yes|ja|oui|y|true|automatic\\p{L}*|automatisch\\p{L}*"
        + "|automatique\\p{L}*)\\b", CI);
    private static final Pattern NO_VALUE = Pattern.compile("^(?:no|none|nein|non|nee|n|false|off|disabled|keine|geen|aucune?)\\b", CI);

    private RenewalRecogniser() {
    }

    static void recognise(ContractDoc doc, Candidates out) {
        for (Segment seg : doc.segments()) {
            String t = seg.text();
            Labelled pair = Labelled.of(seg).orElse(null);
            if (pair != null) {
                if (LABEL.matcher(pair.label()).matches()) {
                    String value = pair.value();
                    if (NO_VALUE.matcher(value).find()) {
                        out.add(ContractField.AUTO_RENEW, Boolean.FALSE, 0.9, t, false, seg.line());
                        continue;
                    }
                    if (YES_VALUE.matcher(value).find()) {
                        out.add(ContractField.AUTO_RENEW, Boolean.TRUE, 0.9, t, false, seg.line());
                        continue;
                    }
                }
            }
            Matcher no = NO.matcher(t);
            if (no.find()) {
                out.add(ContractField.AUTO_RENEW, Boolean.FALSE, 0.88, t, false, seg.line());
            } else if (YES.matcher(t).find()) {
                out.add(ContractField.AUTO_RENEW, Boolean.TRUE, 0.88, t, false, seg.line());
            }
        }
    }
}
