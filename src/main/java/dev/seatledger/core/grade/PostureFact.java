package dev.seatledger.core.grade;

import dev.seatledger.core.common.Messages;
import java.util.Arrays;
import java.util.Optional;

/**
 * One question of the security questionnaire with its weight (the weights add up to 100). Most facts are good
 * when answered yes; a breach in the last three years is good when answered no. See docs/adr/0015.
 */
public enum PostureFact {
    SSO_SAML("sso_saml", 12, Answer.YES),
    MFA_ENFORCEMENT("mfa_enforcement", 12, Answer.YES),
    ENCRYPTION_IN_TRANSIT("encryption_in_transit", 10, Answer.YES),
    ENCRYPTION_AT_REST("encryption_at_rest", 10, Answer.YES),
    SOC2_TYPE2("soc2_type2", 10, Answer.YES),
    BREACH_LAST_3_YEARS("breach_last_3_years", 10, Answer.NO),
    ISO_27001("iso_27001", 7, Answer.YES),
    GDPR_DPA("gdpr_dpa", 5, Answer.YES),
    SCIM_PROVISIONING("scim_provisioning", 5, Answer.YES),
    AUDIT_LOGS("audit_logs", 5, Answer.YES),
    PEN_TEST_12_MONTHS("pen_test_12_months", 5, Answer.YES),
    DATA_RESIDENCY("data_residency", 3, Answer.YES),
    SUBPROCESSOR_LIST("subprocessor_list", 3, Answer.YES),
    DATA_EXPORT_DELETION("data_export_deletion", 3, Answer.YES);

    private final String id;
    private final int weight;
    private final Answer good;

    PostureFact(String id, int weight, Answer good) {
        this.id = id;
        this.weight = weight;
        this.good = good;
    }

    /** Stable identifier used in stored answers and in AI proposals. */
    public String id() { return id; }
    public int weight() { return weight; }
    /** The answer that earns the weight. */
    public Answer goodAnswer() { return good; }

    /** The question as the questionnaire asks it. */
    public String question() { return Messages.get("grade.fact." + id); }

    /** Short name used in reasons, e.g. "SSO/SAML". */
    public String label() { return Messages.get("grade.fact." + id + ".short"); }

    public static Optional<PostureFact> byId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }
}
