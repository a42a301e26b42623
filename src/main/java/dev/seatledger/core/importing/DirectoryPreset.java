package dev.seatledger.core.importing;

import dev.seatledger.core.people.PersonStatus;
import java.util.List;
import java.util.Locale;

/** Header names of user exports from directory services, and how each writes status and sign-in. */
public enum DirectoryPreset {
    /**
     * Microsoft Entra ID "Download users" CSV; the cost centre and division of Graph's {@code employeeOrgData} as the
     * portal labels them ("Cost center", "Division"), as Graph names them, or flattened by an export script.
     */
    ENTRA(List.of("displayName"), List.of("mail", "userPrincipalName"), List.of("department"), List.of("jobTitle"),
        List.of("manager"), List.of("employeeId"), List.of("accountEnabled"), List.of("lastSignInDateTime", "signInActivity"),
        List.of(), List.of("proxyAddresses", "otherMails", "alternateEmailAddress", "userPrincipalName", "mail"),
        List.of("Cost center", "costCenter", "employeeOrgData.costCenter", "employeeOrgData/costCenter"),
        List.of("Division", "division", "employeeOrgData.division", "employeeOrgData/division")),
    /**
     * Google Workspace admin console users export ("Cost Center"; GAM writes {@code organizations.0.costCenter}).
     * Google's organization entries have no division.
     */
    GOOGLE(List.of("First Name [Required]|Last Name [Required]"), List.of("Email Address [Required]"),
        List.of("Department", "organizations.0.department"), List.of("Employee Title"), List.of("Manager Email"),
        List.of("Employee ID"), List.of("Status [READ ONLY]"), List.of("Last Sign In [READ ONLY]"), List.of(),
        List.of("Email Aliases [READ ONLY]", "Email Aliases", "Aliases", "Secondary Email"),
        List.of("Cost Center", "organizations.0.costCenter"), List.of()),
    /** Okta users report; the profile's costCenter and division under their labels or attribute names. */
    OKTA(List.of("First name|Last name", "Display name"), List.of("Primary email", "Email", "Username"),
        List.of("Department"), List.of("Title"), List.of("Manager"), List.of("Employee number"), List.of("Status"),
        List.of("Last login"), List.of(), List.of("Secondary email", "Username", "Login"),
        List.of("Cost center", "costCenter", "profile.costCenter"), List.of("Division", "division", "profile.division")),
    /**
     * SeatLedger's own people CSV (name, email, department, title, manager, employee_id, status, last_sign_in,
     * end_date, cost_centre, division), as {@code export people} writes it.
     */
    CSV(List.of("name", "display name", "full name"), List.of("email", "e-mail", "mail"), List.of("department"),
        List.of("title", "job title"), List.of("manager"), List.of("employee_id", "employee id"), List.of("status"),
        List.of("last_sign_in", "last sign-in", "last login"), List.of("end_date", "end date"),
        List.of("aliases", "other emails", "alternate emails"),
        List.of("cost_centre", "cost centre", "cost center", "costcenter"), List.of("division"));

    /** SCIM's enterprise user extension (RFC 7643 §4.3), whose attributes any export may carry as columns. */
    static final String SCIM_ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    final List<String> name;
    final List<String> email;
    final List<String> department;
    final List<String> title;
    final List<String> manager;
    final List<String> employeeId;
    final List<String> status;
    final List<String> lastSignIn;
    final List<String> endDate;
    /** Columns of the person's other addresses (kept as aliases that files may name them by). */
    final List<String> aliases;
    final List<String> costCentre;
    final List<String> division;

    DirectoryPreset(List<String> name, List<String> email, List<String> department, List<String> title,
                    List<String> manager, List<String> employeeId, List<String> status, List<String> lastSignIn,
                    List<String> endDate, List<String> aliases, List<String> costCentre, List<String> division) {
        this.name = name;
        this.email = email;
        this.department = withScim(department, "department");
        this.costCentre = withScim(costCentre, "costCenter");
        this.division = withScim(division, "division");
        this.title = title;
        this.manager = manager;
        this.employeeId = employeeId;
        this.status = status;
        this.lastSignIn = lastSignIn;
        this.endDate = endDate;
        this.aliases = aliases;
    }

    /** The names plus the SCIM enterprise attribute's column names ("urn…:User:attr" and "urn…:User.attr"). */
    private static List<String> withScim(List<String> names, String attribute) {
        List<String> all = new java.util.ArrayList<>(names);
        all.add(SCIM_ENTERPRISE + ":" + attribute);
        all.add(SCIM_ENTERPRISE + "." + attribute);
        return List.copyOf(all);
    }

    /** The preset named by a command-line word (entra, google, okta, csv); an unknown word names the choices. */
    public static DirectoryPreset parse(String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown --format '" + s + "': use entra, google, okta or csv.", e);
        }
    }

    /** Active or inactive from this directory's status text; null when the file has no status. */
    PersonStatus status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "true", "active", "enabled", "yes", "1", "provisioned", "password_expired", "recovery", "locked_out" ->
                PersonStatus.ACTIVE;
            case "false", "suspended", "disabled", "deprovisioned", "inactive", "no", "0", "archived", "staged" ->
                PersonStatus.INACTIVE;
            case "offboarded" -> PersonStatus.OFFBOARDED;
            default -> throw new IllegalArgumentException("unknown status \"" + text + "\"");
        };
    }
}
