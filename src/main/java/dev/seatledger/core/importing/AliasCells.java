package dev.seatledger.core.importing;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person's other addresses as directory exports write them: Entra's {@code proxyAddresses}
 * ("SMTP:jane@contoso.com;smtp:j.doe@contoso.com", or a bracketed list) and {@code otherMails}, Google's aliases,
 * Okta's secondary e-mail and login. Only e-mail addresses are kept (SIP and X500 proxy addresses are not), in lower
 * case, without the person's own address.
 */
final class AliasCells {
    private static final Pattern SEPARATORS = Pattern.compile("[;,\\s\\[\\]\"']+");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private AliasCells() {
    }

    /** The addresses of the row's alias columns, or null when the file has none of them. */
    static Set<String> of(CsvTable table, CsvTable.Row row, List<String> headers, String ownEmail) {
        if (headers.stream().noneMatch(table::has)) {
            return null;
        }
        Set<String> out = new LinkedHashSet<>();
        for (String h : headers) {
            String cell = row.get(h);
            if (cell == null) {
                continue;
            }
            for (String part : SEPARATORS.split(cell)) {
                String a = part.replaceFirst("(?i)^smtp:", "").strip().toLowerCase(Locale.ROOT);
                if (EMAIL.matcher(a).matches() && a.length() <= 254 && !a.equals(ownEmail.strip().toLowerCase(Locale.ROOT))) {
                    out.add(a);
                }
            }
        }
        return out;
    }
}
