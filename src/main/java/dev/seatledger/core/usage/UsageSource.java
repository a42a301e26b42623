package dev.seatledger.core.usage;

import java.util.List;

/**
 * Where a seat's last use comes from (PRODUCT.md section 13): real evidence from the endpoint agent, an SSO sign-in or
 * a vendor's activity report, else the holder's last sign-in to the directory (the login proxy). The names of the
 * first three are what the seat's {@code used_source} column holds (V21).
 */
public enum UsageSource {
    /** The endpoint agent's telemetry reports the product used (or installed and never used). */
    AGENT,
    /** A successful sign-in to the application in an SSO log (Entra ID, Okta, Google Workspace). */
    SSO,
    /** A vendor's admin-console user export with last activity (or an account never used). */
    VENDOR,
    /** No real evidence: the holder's last sign-in to the directory, a weak signal. */
    LOGIN_PROXY;

    /** The sources of real evidence, in their order of precedence on equal dates. */
    public static final List<UsageSource> REAL = List.of(AGENT, SSO, VENDOR);

    /** The source a seat's {@code used_source} column names; null reads as the login proxy. */
    public static UsageSource ofColumn(String value) {
        return value == null ? LOGIN_PROXY : valueOf(value);
    }
}
