package dev.seatledger.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A Microsoft Entra sign-in log as the admin centre downloads it (all its columns, UTF-8 with BOM, CRLF), generated
 * deterministically: each line a sign-in of one of the given people to one of the products they hold (70 %) or a
 * Microsoft first-party application (30 %), over the last 180 days; 8 % failures and 2 % interrupted sign-ins, 1 %
 * guests and 1 % people the database does not know.
 */
final class SignInLog {
    static final List<String> HEADER = List.of("Date (UTC)", "Request ID", "User agent", "Correlation ID", "User ID", "User",
        "Username", "User type", "Cross tenant access type", "Incoming token type", "Authentication Protocol",
        "Unique token identifier", "Client credential type", "Application", "Application ID", "Resource", "Resource ID ",
        "Resource tenant ID", "Home tenant ID", "Home tenant name", "IP address", "Location", "Status", "Sign-in error code",
        "Failure reason", "Client app", "Device ID", "Browser", "Operating System", "Compliant", "Managed", "Join Type",
        "Multifactor authentication result", "Multifactor authentication auth method",
        "Multifactor authentication auth detail", "Authentication requirement", "Sign-in identifier", "Session ID",
        "IP address (seen by resource)", "Through Global Secure Access", "Flagged for review", "Token issuer type",
        "Token issuer name", "Latency", "Conditional Access");
    private static final List<String> FIRST_PARTY = List.of("Microsoft Office", "Azure Portal", "Office 365 Exchange Online",
        "Microsoft Teams Web Client", "My Apps");
    private static final String UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
        + " Chrome/122.0.0.0 Safari/537.36";

    private SignInLog() {
    }

    /** Writes {@code lines} sign-ins of these people (e-mail → products they hold) to the file. */
    static void write(Path file, int lines, List<String> people, Map<String, List<String>> products, LocalDate today,
                      long seed) throws IOException {
        Random r = new Random(seed);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            w.write('\uFEFF');
            csv.printRecord(HEADER);
            for (int i = 0; i < lines; i++) {
                String user = people.get(r.nextInt(people.size()));
                int kind = r.nextInt(100);
                String type = "Member";
                if (kind == 0) {
                    user = user.replace('@', '_') + "#EXT#@contoso.onmicrosoft.com";
                    type = "Guest";
                } else if (kind == 1) {
                    user = "former." + i + "@example.com";
                }
                List<String> held = products.getOrDefault(user, List.of());
                String app = held.isEmpty() || r.nextInt(10) < 3 ? FIRST_PARTY.get(r.nextInt(FIRST_PARTY.size()))
                    : held.get(r.nextInt(held.size()));
                int outcome = r.nextInt(100);
                String status = outcome < 8 ? "Failure" : outcome < 10 ? "Interrupted" : "Success";
                String code = outcome < 8 ? "50126" : outcome < 10 ? "50074" : "0";
                String reason = outcome < 8 ? "Error validating credentials due to invalid username or password."
                    : outcome < 10 ? "Strong Authentication is required." : "Other.";
                String date = today.minusDays(r.nextInt(180)) + "T" + two(r.nextInt(24)) + ":" + two(r.nextInt(60)) + ":"
                    + two(r.nextInt(60)) + "Z";
                String id = Long.toHexString(seed) + "-" + Integer.toHexString(i);
                csv.printRecord(date, id, UA, "c7a1e5d0-" + id, "3f6d7a10-" + user.hashCode(), user, user, type, "none", "none",
                    "none", "", "none", app, "00000000-" + app.hashCode(), app, "00000003-" + app.hashCode(),
                    "72f988bf-86f1-41af-91ab-2d7cd011db47", "72f988bf-86f1-41af-91ab-2d7cd011db47", "Contoso",
                    "203.0.113." + r.nextInt(255), "Berlin, Berlin, DE", status, code, reason, "Browser", "", "Chrome 122.0.0",
                    "Windows10", "false", "false", "", "", "", "", "singleFactorAuthentication", user,
                    "0f9a7c2d-" + (i % 5000), "203.0.113.24", "false", "false", "AzureAD", "", String.valueOf(40 + r.nextInt(200)),
                    "notApplied");
            }
        }
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }
}
