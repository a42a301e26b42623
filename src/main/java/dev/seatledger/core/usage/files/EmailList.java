package dev.seatledger.core.usage.files;

import dev.seatledger.core.common.Timestamps;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.usage.UsageSink;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * A plain list of a vendor's accounts: one e-mail address per line (the first value of a CSV line), an optional
 * header line without an address. Every address is an active, billable account.
 */
final class EmailList {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s,;\"]+@[^@\\s,;\"]+\\.[^@\\s,;\"]+");

    private EmailList() {
    }

    static void read(BufferedReader text, UsageSink sink) throws IOException {
        BufferedReader in = new BufferedReader(new LongLineGuard(text));
        int line = 0;
        for (String l = in.readLine(); l != null; l = in.readLine()) {
            line++;
            String first = l.split("[,;\\t]", 2)[0].replace("\"", "").strip();
            if (first.isEmpty() || line == 1 && !first.contains("@")) {
                continue;
            }
            if (EMAIL.matcher(first).matches()) {
                sink.account(line, first, UsageSink.AccountKind.PERSON, true, true);
            } else {
                sink.problem(line, null, Messages.get("usage.notAnEmail", Timestamps.shorten(first)));
            }
        }
    }

    /** Whether the first line of a text is an address or a one-word header over addresses. */
    static boolean recognizes(String firstLine) {
        String first = firstLine.split("[,;\\t]", 2)[0].replace("\"", "").replace("\uFEFF", "").strip();
        return EMAIL.matcher(first).matches() || !firstLine.contains(",") && first.toLowerCase().matches("e-?mails?( address(es)?)?");
    }
}
