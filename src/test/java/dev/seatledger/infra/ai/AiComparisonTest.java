package dev.seatledger.infra.ai;

import static dev.seatledger.core.document.extract.ContractField.*;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.seatledger.core.ai.AiSettings;
import dev.seatledger.core.document.TestFiles;
import dev.seatledger.core.document.extract.ContractExtractor;
import dev.seatledger.core.document.extract.ContractRules;
import dev.seatledger.core.document.extract.Extraction;
import dev.seatledger.core.document.extract.Proposal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

/**
 * The rules and a real local chat-completions server (the JDK's HttpServer) compared field by field: agreement raises
 * the confidence, disagreement keeps both values for the person; slow, malformed and refusing answers fall back to
 * the rules with the reason logged and shown, and the API key is never logged.
 */
class AiComparisonTest {
    private static final String API_KEY = "sk-live-7f3a9c21e0";
    private FakeChatServer server;
    private String contract;
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(ContractExtractor.class);
    private ch.qos.logback.classic.Level level;

    @BeforeEach
    void setUp() throws Exception {
        server = new FakeChatServer();
        contract = String.join("\n", TestFiles.lines("alpen-secure-agreement.txt"));
        logs.start();
        level = logger.getLevel();
        logger.setLevel(ch.qos.logback.classic.Level.INFO);
        logger.addAppender(logs);
    }

    @AfterEach
    void tearDown() {
        logger.detachAppender(logs);
        logger.setLevel(level);
        server.close();
    }

    private Extraction extract(Duration timeout) {
        return new ContractExtractor(new OpenAiChatClient(() -> new AiSettings(server.baseUrl(), "llama3.1", API_KEY),
            timeout)).extract(contract, List.of());
    }

    private static double rules(dev.seatledger.core.document.extract.ContractField f, String text) {
        return ContractRules.propose(text).stream().filter(p -> p.field() == f).findFirst().orElseThrow().confidence();
    }

    @Test
    void agreementRaisesTheConfidenceAboveEitherSide() {
        server.answer("""
            {"fields": {
              "seats": {"value": 120, "snippet": "Subscription to Alpen Secure Vault for 120 seats.", "confidence": 0.7},
              "term_end": {"value": "2026-12-31", "snippet": "Subscription end date: 2026-12-31", "confidence": 0.75},
              "currency": {"value": "CHF", "snippet": "Currency: CHF", "confidence": 0.6}
            }}""");
        Extraction ex = extract(Duration.ofSeconds(5));
        assertThat(ex.aiUsed()).isTrue();
        Proposal seats = ex.get(SEATS).orElseThrow();
        assertThat(seats.source()).isEqualTo(Proposal.Source.BOTH);
        assertThat(seats.value()).isEqualTo(120);
        assertThat(seats.confidence()).isGreaterThan(Math.max(0.7, rules(SEATS, contract)));
        assertThat(ex.get(END_DATE).orElseThrow().source()).isEqualTo(Proposal.Source.BOTH);
        assertThat(ex.get(END_DATE).orElseThrow().confidence()).isGreaterThan(rules(END_DATE, contract));
        assertThat(ex.get(START_DATE).orElseThrow().source()).as("only the rules read it").isEqualTo(Proposal.Source.RULES);
    }

    @Test
    void disagreementKeepsBothValuesAndLeavesTheChoiceToThePerson() {
        server.answer("""
            {"fields": {
              "seats": {"value": 125, "snippet": "for 120 seats", "confidence": 0.95},
              "term_start": {"value": "2026-02-01", "snippet": "Effective date: 2026-01-01", "confidence": 0.6},
              "po_number": {"value": "PO-7781", "snippet": "Subscription Agreement", "confidence": 0.7}
            }}""");
        Extraction ex = extract(Duration.ofSeconds(5));
        Proposal seats = ex.get(SEATS).orElseThrow();
        assertThat(seats.value()).as("the surer side first").isEqualTo(125);
        assertThat(seats.source()).isEqualTo(Proposal.Source.AI);
        assertThat(seats.confidence()).isLessThan(Proposal.SURE);
        assertThat(seats.alternative()).isNotNull();
        assertThat(seats.alternative().value()).isEqualTo(120);
        assertThat(seats.alternative().source()).isEqualTo(Proposal.Source.RULES);
        Proposal start = ex.get(START_DATE).orElseThrow();
        assertThat(start.value()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(start.source()).isEqualTo(Proposal.Source.RULES);
        assertThat(start.alternative().value()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(start.confidence()).isLessThan(Proposal.SURE);
        assertThat(ex.get(PO_NUMBER).orElseThrow().source()).as("only the AI read it").isEqualTo(Proposal.Source.AI);
    }

    @Test
    void aSlowEndpointFallsBackToTheRulesWithTheReasonLogged() {
        server.answer("{\"fields\": {}}").holdAnswers();
        Extraction ex = extract(Duration.ofMillis(500));
        assertThat(ex.aiUsed()).isFalse();
        assertThat(ex.aiProblem()).startsWith("The AI endpoint did not answer within");
        assertThat(ex.proposals()).allSatisfy(p -> assertThat(p.source()).isEqualTo(Proposal.Source.RULES));
        assertThat(ex.value(SEATS)).contains(120);
        assertLoggedWithoutKey("did not answer within");
    }

    @Test
    void aMalformedAnswerFallsBackToTheRules() {
        server.answer("Sure! The seats are {120");
        Extraction ex = extract(Duration.ofSeconds(5));
        assertThat(ex.aiUsed()).isFalse();
        assertThat(ex.aiProblem()).isEqualTo("The AI answer is not valid JSON");
        assertThat(ex.value(SEATS)).contains(120);
        assertLoggedWithoutKey("not valid JSON");

        server.answer("[1, 2, 3]");
        assertThat(extract(Duration.ofSeconds(5)).aiProblem()).isEqualTo("The AI answer is not a JSON object");
        server.rawBody("<html>502 Bad Gateway</html>");
        assertThat(extract(Duration.ofSeconds(5)).aiProblem())
            .isEqualTo("The AI endpoint answered something that is not chat-completions JSON");
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 429, 500, 503})
    void aRefusingEndpointFallsBackToTheRules(int status) {
        server.status(status).answer("{\"error\": \"nope\"}");
        Extraction ex = extract(Duration.ofSeconds(5));
        assertThat(ex.aiUsed()).isFalse();
        assertThat(ex.aiProblem()).isEqualTo("The AI endpoint answered HTTP " + status);
        assertThat(ex.value(END_DATE)).contains(LocalDate.of(2026, 12, 31));
        assertThat(server.requests().get(0).authorization()).isEqualTo("Bearer " + API_KEY);
        assertLoggedWithoutKey("HTTP " + status);
    }

    private void assertLoggedWithoutKey(String reason) {
        assertThat(logs.list).extracting(ILoggingEvent::getFormattedMessage)
            .anySatisfy(m -> assertThat(m).contains("using the built-in rules").contains(reason))
            .allSatisfy(m -> assertThat(m).doesNotContain(API_KEY));
    }
}
