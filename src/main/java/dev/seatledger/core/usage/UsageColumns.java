package dev.seatledger.core.usage;

import dev.seatledger.core.common.HeaderKeys;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which header of a plain usage CSV feeds which field: the person's e-mail (or user name), the application or
 * product, the last active date, and optionally whether the account is billable and its status. {@link #guess}
 * matches common header names; the mapping preview lets the user change them, as the license CSV import does.
 */
public record UsageColumns(Map<String, String> byField) {
    public static final String ACCOUNT = "account";
    public static final String APPLICATION = "application";
    public static final String LAST_ACTIVE = "lastActive";
    public static final String BILLABLE = "billable";
    public static final String STATUS = "status";
    public static final List<String> FIELDS = List.of(ACCOUNT, APPLICATION, LAST_ACTIVE, BILLABLE, STATUS);

    private static final Map<String, List<String>> SYNONYMS = Map.of(
        ACCOUNT, List.of("Email", "E-mail", "Email address", "User email", "User principal name", "UPN", "User",
            "Username", "Login", "Account"),
        APPLICATION, List.of("Application", "App", "Product", "Software", "Service", "Application name", "App name"),
        LAST_ACTIVE, List.of("Last active", "Last active date", "Last activity", "Last activity date", "Last used",
            "Last use", "Last login", "Last sign-in", "Last sign in", "Last seen", "Date"),
        BILLABLE, List.of("Billable", "Billing active", "Licensed", "Paid"),
        STATUS, List.of("Status", "Account status", "User status"));

    public UsageColumns {
        byField = Map.copyOf(byField);
    }

    /** Matches headers to fields by common names; a header feeds one field at most. */
    public static UsageColumns guess(List<String> headers) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String field : FIELDS) {
            for (String candidate : SYNONYMS.get(field)) {
                headers.stream().filter(h -> HeaderKeys.key(h).equals(HeaderKeys.key(candidate)) && !m.containsValue(h))
                    .findFirst().ifPresent(h -> m.putIfAbsent(field, h));
            }
        }
        return new UsageColumns(m);
    }

    /** The header feeding a field, or null. */
    public String header(String field) {
        return byField.get(field);
    }

    /** Whether the account and last active date are mapped (the application may come from the import's product). */
    public boolean complete() {
        return byField.containsKey(ACCOUNT) && byField.containsKey(LAST_ACTIVE);
    }
}
