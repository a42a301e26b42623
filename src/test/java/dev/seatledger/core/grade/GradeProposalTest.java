package dev.seatledger.core.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seatledger.core.ai.AiUnavailableException;
import dev.seatledger.core.ai.ChatClient;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.common.Operator;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GradeProposalTest {
    private static final String KEY = "ZX9Q-SECRET-7781-KEYTEXT";

    private TestDatabase db;
    private long productId;
    private final List<String> sent = new ArrayList<>();

    @BeforeEach
    void open() {
        db = TestDatabase.create();
        productId = db.services().products().create(
            new ProductDraft("Figma", "Figma Inc.", "Design", "https://figma.com", null));
        db.services().licenses().create(LicenseDraft.defaults(productId).withKey(KEY)
            .withOwner("Jane Doe").withReferences("PO-4471", "INV-9912"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private GradeService serviceAnswering(String json) {
        return new GradeService(db.services().tx(), db.clock(), Operator.fixed("tester"), new ChatClient() {
            @Override public boolean configured() { return true; }
            @Override public String completeJson(String system, String user) {
                sent.add(system);
                sent.add(user);
                return json;
            }
        });
    }

    private Map<PostureFact, FactAnswer> propose(GradeService service) throws AiUnavailableException {
        return service.propose(db.services().gradeQuery().subject(productId));
    }

    @Test
    void validProposalsAreParsedWithTheirSources() throws Exception {
        Map<PostureFact, FactAnswer> p = propose(serviceAnswering("""
            {"facts": {
              "sso_saml": {"answer": "yes", "source": "https://help.figma.com/saml"},
              "soc2_type2": {"answer": "Yes", "source": "Figma trust center"},
              "breach_last_3_years": {"answer": "no"},
              "data_residency": {"answer": "unknown", "source": "not stated"}
            }}"""));

        assertThat(p).containsOnly(
            Map.entry(PostureFact.SSO_SAML, new FactAnswer(Answer.YES, "https://help.figma.com/saml")),
            Map.entry(PostureFact.SOC2_TYPE2, new FactAnswer(Answer.YES, "Figma trust center")),
            Map.entry(PostureFact.BREACH_LAST_3_YEARS, new FactAnswer(Answer.NO, null)),
            Map.entry(PostureFact.DATA_RESIDENCY, new FactAnswer(Answer.UNKNOWN, "not stated")));
    }

    @Test
    void unknownFactIdsAndBadAnswersAreIgnored() throws Exception {
        Map<PostureFact, FactAnswer> p = propose(serviceAnswering("""
            ```json
            {"facts": {
              "sso_saml": {"answer": "probably", "source": "x"},
              "quantum_safe": {"answer": "yes"},
              "mfa_enforcement": "yes",
              "audit_logs": {"answer": 1},
              "scim_provisioning": {"answer": "no", "source": "enterprise plan only"}
            }}
            ```"""));

        assertThat(p).containsOnly(
            Map.entry(PostureFact.SCIM_PROVISIONING, new FactAnswer(Answer.NO, "enterprise plan only")));
    }

    @Test
    void malformedAnswersFailWithAClearMessage() {
        assertThatThrownBy(() -> propose(serviceAnswering("Sure! Figma is very secure.")))
            .isInstanceOf(AiUnavailableException.class)
            .hasMessage("The AI answer was not the expected JSON; the questionnaire is unchanged.");
        assertThatThrownBy(() -> propose(serviceAnswering("{\"answers\": []}")))
            .isInstanceOf(AiUnavailableException.class)
            .hasMessage("The AI answer was not the expected JSON; the questionnaire is unchanged.");
        assertThatThrownBy(() -> propose(serviceAnswering("{\"facts\": {\"nope\": {\"answer\": \"yes\"}}}")))
            .isInstanceOf(AiUnavailableException.class)
            .hasMessage("The AI answer held no usable proposals; the questionnaire is unchanged.");
    }

    @Test
    void anUnavailableEndpointIsPassedOn() {
        GradeService service = new GradeService(db.services().tx(), db.clock(), Operator.fixed("tester"),
            new ChatClient() {
                @Override public boolean configured() { return true; }
                @Override public String completeJson(String system, String user) throws AiUnavailableException {
                    throw new AiUnavailableException("The AI endpoint did not answer within 30 seconds");
                }
            });

        assertThatThrownBy(() -> propose(service)).isInstanceOf(AiUnavailableException.class)
            .hasMessage("The AI endpoint did not answer within 30 seconds");
        assertThat(db.services().grades().aiConfigured()).isFalse();
    }

    @Test
    void thePromptNamesTheProductButNeverTheLicenseKeyOrPeople() throws Exception {
        propose(serviceAnswering("{\"facts\": {\"sso_saml\": {\"answer\": \"yes\"}}}"));

        String prompt = String.join("\n", sent);
        assertThat(prompt).contains("Figma", "Figma Inc.", "https://figma.com", "sso_saml", "breach_last_3_years");
        assertThat(prompt).doesNotContain(KEY, "ZX9Q", "KEYTEXT", "Jane Doe", "PO-4471", "INV-9912", "tester");
    }
}
