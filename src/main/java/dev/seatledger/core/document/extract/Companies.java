package dev.seatledger.core.document.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Company names as documents write them: up to six capitalised words ending in a legal form (Inc., Ltd, LLC, plc,
 * Pty Ltd, GmbH, AG, KG, UG (haftungsbeschränkt), SAS, SARL, SA, B.V., NV, …).
 */
final class Companies {
    static final String LEGAL = "(?:Inc\\.?|Incorporated|Corp\\.?|Corporation|LLC|L\\.L\\.C\\.|LLP|Ltd\\.?|Limited|plc|PLC"
        + "|Pty\\.? Ltd\\.?|Pte\\.? Ltd\\.?|Pvt\\.? Ltd\\.?|Sdn\\.? Bhd\\.?|Co\\.(?! KG)|GmbH(?: & Co\\.? KG)?|Gesellschaft mbH|AG|KG|KGaA|OHG|UG \\(haftungsbeschränkt\\)|UG"
        + "|e\\.K\\.|SE|SAS|SASU|SARL|S\\.A\\.R\\.L\\.|SA|S\\.A\\.|EURL|SNC|B\\.V\\.|BV|N\\.V\\.|NV|V\\.O\\.F\\.|Oy|AB|A/S|ApS"
        + "|S\\.p\\.A\\.|S\\.r\\.l\\.|BVBA|SPRL|SRL|GesmbH|Ges\\.m\\.b\\.H\\.|INC\\.?|LTD\\.?|CORP\\.?|GMBH|Sàrl|SÀRL"
        + "|Sagl|SAGL|e\\.U\\.|inc\\.|ltée|S\\.L\\.U?\\.?|K\\.K\\.)";
    private static final String WORD = "(?=[\\p{L}\\d&'’.+-]*\\p{L})[\\p{Lu}\\d][\\p{L}\\d&'’.+-]*";
    private static final Pattern NAME = Pattern.compile("(?<![\\p{L}\\d])((?:" + WORD + "(?:\\s+|\\s*&\\s*))"
        + "{0,5}?" + WORD + ",?\\s+" + LEGAL + ")(?![\\p{L}])");
    private static final Pattern LEADING = Pattern.compile("^(?:(?:The|Der|Die|Das|La|Le|Les|De|Het|Between|Zwischen"
        + "|Entre|Tussen|From|Von|Remit|To|Payment|By|Bank|Signed|For|Dear|Mit|Grüßen|Regards|Cordialement|Groet"
        + "|Receipt|Invoice|Quote|Angebot|Rechnung|Facture|Devis|Factuur|Offerte|Auftragsbestätigung|Bestellformular"
        + "|Service|Client|Team|Cheers|Thank|Thanks|Fournisseur|Anbieter|Vendor|Supplier|Leverancier|Licensor|Provider"
        + "|Société|Society|Company|Firma|Kind|Freundliche|Grüsse|Best|Sincerely|Sender|Émetteur|Issuer|Seller|Bill"
        + "|Customer|Sold|Ship|Hersteller|Manufacturer|Publisher|Éditeur|Via|Per|Attn|An|Aan|À|A|Au|Herr|Frau|Mr|Ms"
        + "|Mrs|Dr|Prof|Vertrieb|Sales)\\s+)+");

    private Companies() {
    }

    /** The company names in the text, in order. */
    static List<String> in(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            String name = clean(m.group(1));
            if (name != null) {
                out.add(name);
            }
        }
        return out;
    }

    static String clean(String name) {
        String n = name.replaceAll("\\s+", " ").strip();
        String previous;
        do {
            previous = n;
            n = LEADING.matcher(n).replaceFirst("");
        } while (!n.equals(previous));
        if (!n.matches(".*\\p{L}.*\\s.*") || n.matches("^" + LEGAL + "$") || n.length() > 90) {
            return null;
        }
        return n;
    }

    /** True when the whole text is a company name (the value of a "Vendor:" label). */
    static boolean isName(String text) {
        Matcher m = NAME.matcher(text.strip());
        return m.matches();
    }
}
