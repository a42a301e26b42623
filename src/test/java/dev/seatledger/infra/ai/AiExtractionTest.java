package dev.seatledger.infra.ai;

import static dev.seatledger.core.document.extract.ContractField.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.seatledger.services.AppServices;
import dev.seatledger.core.ai.AiSettings;
import dev.seatledger.core.ai.AiUnavailableException;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.document.DocumentKind;
import dev.seatledger.core.document.DocumentRow;
import dev.seatledger.core.document.TestFiles;
import dev.seatledger.core.document.extract.ContractExtractor;
import dev.seatledger.core.document.extract.Extraction;
import dev.seatledger.core.document.extract.Proposal;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.testing.TestDatabase;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AiExtractionTest {
    private static final String KEY = "ALPS-9F3K-22QX-71ZD";
    private FakeChatServer server;
    private String contract;
    @TempDir Path dir;

    @BeforeEach
    void setUp() throws Exception {
        server = new FakeChatServer();
        contract = String.join("\n", TestFiles.lines("alpen-secure-agreement.txt"));
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private ContractExtractor extractor(Duration timeout, String apiKey) {
        return new ContractExtractor(new OpenAiChatClient(
            () -> new AiSettings(server.baseUrl(), "llama3.1", apiKey), timeout));
    }

    private static final String VALID = """
        {"fields": {
          "vendor": {"value": "Alpen Secure AG", "snippet": "between Alpen Secure AG (the \\"Provider\\")", "confidence": 0.95},
          "product": {"value": "Alpen Secure Vault Enterprise", "snippet": "Subscription to Alpen Secure Vault for 120 seats.", "confidence": 0.8},
          "seats": {"value": 125, "snippet": "for 120 seats", "confidence": 0.9},
          "term_end": {"value": "2026-12-31", "snippet": "Subscription end date: 2026-12-31", "confidence": 0.97},
          "total_price": {"value": 18000, "snippet": "Annual fee: CHF 18'000.00, billed monthly.", "confidence": 0.9},
          "currency": {"value": "CHF", "snippet": "Currency: CHF", "confidence": 0.99},
          "auto_renew": {"value": false, "snippet": "Auto-renewal: no.", "confidence": 0.9}
        }}""";

    @Test
    void validAnswerIsComparedWithTheRulesAndTheRulesFillTheFieldsItLeftOut() {
        server.answer(VALID);
        Extraction ex = extractor(Duration.ofSeconds(5), "").extract(contract, List.of(KEY));

        assertThat(ex.aiUsed()).isTrue();
        Proposal seats = ex.get(SEATS).orElseThrow();
        assertThat(seats.value()).isEqualTo(125);
        assertThat(seats.source()).isEqualTo(Proposal.Source.AI);
        assertThat(seats.snippet()).isEqualTo("for 120 seats");
        assertThat(seats.alternative().value()).as("the rules read 120: both are shown").isEqualTo(120);
        assertThat(ex.get(VENDOR).orElseThrow().source()).isEqualTo(Proposal.Source.BOTH);
        assertThat(ex.get(END_DATE).orElseThrow().source()).isEqualTo(Proposal.Source.BOTH);
        assertThat(ex.get(START_DATE).orElseThrow().source()).isEqualTo(Proposal.Source.RULES);
        assertThat(ex.value(START_DATE)).contains(LocalDate.of(2026, 1, 1));
        assertThat(ex.value(NOTICE_DAYS)).contains(30);
        assertThat(ex.value(BILLING_CYCLE)).contains(dev.seatledger.core.license.BillingCycle.MONTHLY);
    }

    @Test
    void invalidFieldsFallBackToTheRulesFieldByField() {
        server.answer("""
            {"fields": {
              "seats": {"value": -3, "snippet": "x", "confidence": 0.9},
              "term_start": {"value": "01/01/2026", "snippet": "x", "confidence": 0.9},
              "term_end": {"value": "2026-02-30", "snippet": "x", "confidence": 0.9},
              "currency": {"value": "Swiss francs", "snippet": "x", "confidence": 0.9},
              "billing_cycle": {"value": "sometimes", "snippet": "x", "confidence": 0.9},
              "notice_days": {"value": "thirty", "snippet": "x", "confidence": 0.9},
              "total_price": {"value": 0, "snippet": "x", "confidence": 0.9},
              "vendor": {"value": "Alpen Secure AG", "snippet": "not in the text", "confidence": 0.99}
            }}""");
        Extraction ex = extractor(Duration.ofSeconds(5), "").extract(contract, List.of());

        assertThat(ex.value(SEATS)).contains(120);
        assertThat(ex.get(SEATS).orElseThrow().source()).isEqualTo(Proposal.Source.RULES);
        assertThat(ex.value(START_DATE)).contains(LocalDate.of(2026, 1, 1));
        assertThat(ex.value(END_DATE)).contains(LocalDate.of(2026, 12, 31));
        assertThat(ex.value(CURRENCY)).contains("CHF");
        assertThat(ex.value(BILLING_CYCLE)).contains(dev.seatledger.core.license.BillingCycle.MONTHLY);
        assertThat(ex.value(NOTICE_DAYS)).contains(30);
        assertThat(ex.value(TOTAL_PRICE)).contains(new BigDecimal("1500.00"));
        Proposal vendor = ex.get(VENDOR).orElseThrow();
        assertThat(vendor.source()).as("same value as the rules").isEqualTo(Proposal.Source.BOTH);
        assertThat(vendor.confidence()).as("an AI snippet not in the text adds little").isLessThan(0.97);
    }

    @Test
    void malformedJsonFallsBackToTheRules() {
        server.answer("Sure! Here are the terms: {vendor: Alpen");
        Extraction ex = extractor(Duration.ofSeconds(5), "").extract(contract, List.of());
        assertThat(ex.aiUsed()).isFalse();
        assertThat(ex.aiProblem()).isEqualTo("The AI answer is not valid JSON");
        assertThat(ex.proposals()).allSatisfy(p -> assertThat(p.source()).isEqualTo(Proposal.Source.RULES));
        assertThat(ex.value(SEATS)).contains(120);

        server.rawBody("<html>Bad gateway</html>");
        assertThat(extractor(Duration.ofSeconds(5), "").extract(contract, List.of()).aiUsed()).isFalse();
        server.rawBody(null).status(500);
        Extraction failed = extractor(Duration.ofSeconds(5), "").extract(contract, List.of());
        assertThat(failed.aiProblem()).isEqualTo("The AI endpoint answered HTTP 500");
        assertThat(failed.value(SEATS)).contains(120);
    }

    @Test
    void timeoutFallsBackToTheRulesWithoutWaitingForTheAnswer() {
        server.answer(VALID).holdAnswers();
        long start = System.nanoTime();
        Extraction ex = extractor(Duration.ofMillis(600), "").extract(contract, List.of());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(ex.aiUsed()).isFalse();
        assertThat(ex.aiProblem()).startsWith("The AI endpoint did not answer within");
        assertThat(ex.value(SEATS)).contains(120);
        assertThat(millis).isLessThan(3500);
    }

    @Test
    void requestIsChatCompletionsJsonWithTheBearerKeyAndNoPersonalDataOrLicenseKey() throws Exception {
        server.answer(VALID);
        extractor(Duration.ofSeconds(5), "sk-test-123").extract(contract, List.of(KEY));

        FakeChatServer.Request r = server.requests().get(0);
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.path()).isEqualTo("/v1/chat/completions");
        assertThat(r.authorization()).isEqualTo("Bearer sk-test-123");
        JsonNode body = new ObjectMapper().readTree(r.body());
        assertThat(body.path("model").asText()).isEqualTo("llama3.1");
        assertThat(body.path("response_format").path("type").asText()).isEqualTo("json_object");
        assertThat(body.path("messages").get(0).path("role").asText()).isEqualTo("system");
        String sent = body.path("messages").get(1).path("content").asText();
        assertThat(sent).contains("Alpen Secure Vault", "120 seats", "[email]", "[phone]", "[redacted]")
            .doesNotContain(KEY, "9F3K22QX", "jana.keller@customer.example", "+41 44 555 12 34", "555 12 34");
        assertThat(r.body()).doesNotContain(KEY).doesNotContainPattern("[\\w.]+@[\\w.]+\\.\\w+");
    }

    @Test
    void urlEndingInChatCompletionsIsUsedAsGiven() throws Exception {
        server.answer(VALID);
        OpenAiChatClient client = new OpenAiChatClient(
            () -> new AiSettings(server.baseUrl() + "/chat/completions/", "m", ""), Duration.ofSeconds(5));
        assertThat(client.completeJson("s", "u")).contains("Alpen");
        assertThat(server.requests().get(0).path()).isEqualTo("/v1/chat/completions");
        assertThat(server.requests().get(0).authorization()).isNull();
    }

    @Test
    void unconfiguredOrUnreachableEndpointIsUnavailable() {
        OpenAiChatClient none = new OpenAiChatClient(() -> AiSettings.NONE);
        assertThat(none.configured()).isFalse();
        assertThatThrownBy(() -> none.completeJson("s", "u")).isInstanceOf(AiUnavailableException.class);
        Extraction ex = new ContractExtractor(none).extract(contract, List.of());
        assertThat(ex.aiProblem()).isEmpty();
        assertThat(ex.value(SEATS)).contains(120);

        int before = server.requests().size();
        server.close();
        OpenAiChatClient gone = new OpenAiChatClient(() -> new AiSettings("http://127.0.0.1:9/v1", "m", ""),
            Duration.ofSeconds(2));
        assertThatThrownBy(() -> gone.completeJson("s", "u")).isInstanceOf(AiUnavailableException.class)
            .hasMessageStartingWith("The AI endpoint could not be reached");
        assertThat(before).isZero();
    }

    @Test
    void appServicesReadTheSettingsAtEachCallAndRedactTheStoredLicenseKey() throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            AppServices s = db.services();
            long product = s.products().create(ProductDraft.of("Alpen Secure Vault", "Alpen Secure AG", "Security"));
            long license = s.licenses().create(LicenseDraft.defaults(product).withKey(KEY)).id();
            Path pdf = TestFiles.pdf(dir.resolve("alpen.pdf"), TestFiles.lines("alpen-secure-agreement.txt"));
            DocumentRow doc = s.documents().attach(license, pdf, DocumentKind.CONTRACT);

            assertThat(s.ai().configured()).isFalse();
            assertThat(s.contractTerms().fromDocument(doc.id()).aiUsed()).isFalse();
            assertThat(server.requests()).isEmpty();

            new AiSettings(server.baseUrl(), "llama3.1", "sk-secret").write(db.preferences(),
                dev.seatledger.infra.crypto.AesGcmCipher.forDataFolder(db.folder()));
            db.preferences().save();
            assertThat(Files.readString(db.folder().resolve("settings.properties"))).doesNotContain("sk-secret")
                .contains("ai.key=");
            server.answer(VALID);
            Extraction ex = s.contractTerms().fromDocument(doc.id());

            assertThat(ex.aiUsed()).isTrue();
            assertThat(ex.value(SEATS)).contains(125);
            assertThat(server.requests()).hasSize(1);
            assertThat(server.requests().get(0).authorization()).isEqualTo("Bearer sk-secret");
            assertThat(server.requests().get(0).body()).doesNotContain(KEY)
                .doesNotContain("jana.keller@customer.example");
        }
    }
}
