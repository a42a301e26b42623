package dev.seatledger.core.sample;

import dev.seatledger.core.catalog.Product;
import dev.seatledger.core.common.Transactions;
import dev.seatledger.core.grade.Answer;
import dev.seatledger.core.grade.EvaluationSource;
import dev.seatledger.core.grade.FactAnswer;
import dev.seatledger.core.grade.GradeService;
import dev.seatledger.core.grade.PostureFact;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Security questionnaires for some sample products, so a first look shows graded and ungraded products side by
 * side. The answers are illustrative, not statements about the real vendors.
 */
final class SampleGrades {
    /** Facts answered "no" (or "yes" for the breach question) per product; every other fact is answered well. */
    private static final Map<String, List<PostureFact>> WEAK_SPOTS = new LinkedHashMap<>();

    static {
        WEAK_SPOTS.put("Microsoft 365", List.of());
        WEAK_SPOTS.put("1Password Business", List.of(PostureFact.DATA_RESIDENCY));
        WEAK_SPOTS.put("Slack", List.of(PostureFact.DATA_RESIDENCY, PostureFact.PEN_TEST_12_MONTHS));
        WEAK_SPOTS.put("Figma", List.of(PostureFact.SCIM_PROVISIONING, PostureFact.DATA_RESIDENCY,
            PostureFact.ISO_27001));
        WEAK_SPOTS.put("Zoom Workplace", List.of(PostureFact.BREACH_LAST_3_YEARS));
        WEAK_SPOTS.put("Miro", List.of(PostureFact.SCIM_PROVISIONING, PostureFact.AUDIT_LOGS,
            PostureFact.SOC2_TYPE2, PostureFact.DATA_RESIDENCY));
        WEAK_SPOTS.put("AutoCAD", List.of(PostureFact.SSO_SAML, PostureFact.SCIM_PROVISIONING,
            PostureFact.MFA_ENFORCEMENT, PostureFact.AUDIT_LOGS, PostureFact.DATA_RESIDENCY));
    }

    private SampleGrades() {
    }

    static Map<PostureFact, FactAnswer> answers(List<PostureFact> weak) {
        Map<PostureFact, FactAnswer> answers = new EnumMap<>(PostureFact.class);
        for (PostureFact f : PostureFact.values()) {
            Answer good = f.goodAnswer();
            Answer bad = good == Answer.YES ? Answer.NO : Answer.YES;
            answers.put(f, new FactAnswer(weak.contains(f) ? bad : good, "Vendor trust centre (sample)"));
        }
        return answers;
    }

    /** Evaluates the sample products that exist and are not graded yet; returns how many were graded. */
    static int load(Transactions tx, GradeService grades) {
        int graded = 0;
        for (Map.Entry<String, List<PostureFact>> e : WEAK_SPOTS.entrySet()) {
            Long id = tx.read(s -> s.createSelectionQuery(
                    "select p.id from Product p where p.nameKey = :k and p.gradeLetter is null", Long.class)
                .setParameter("k", Product.normalize(e.getKey())).getResultList().stream().findFirst().orElse(null));
            if (id != null) {
                grades.save(id, answers(e.getValue()), EvaluationSource.MANUAL);
                graded++;
            }
        }
        return graded;
    }
}
