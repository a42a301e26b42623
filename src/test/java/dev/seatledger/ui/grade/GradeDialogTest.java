package dev.seatledger.ui.grade;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.ai.AiUnavailableException;
import dev.seatledger.core.ai.ChatClient;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.catalog.ProductRow;
import dev.seatledger.core.common.Operator;
import dev.seatledger.core.grade.Answer;
import dev.seatledger.core.grade.EvaluationRow;
import dev.seatledger.core.grade.EvaluationSource;
import dev.seatledger.core.grade.GradeService;
import dev.seatledger.core.grade.PostureFact;
import dev.seatledger.testing.TestDatabase;
import dev.seatledger.ui.catalog.CatalogView;
import dev.seatledger.ui.catalog.CatalogViewModel;
import dev.seatledger.ui.common.FxTaskExecutor;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class GradeDialogTest {
    private static final String PROPOSALS = """
        {"facts": {
          "sso_saml": {"answer": "yes", "source": "https://slack.com/help/saml"},
          "mfa_enforcement": {"answer": "yes", "source": "Slack admin guide"},
          "breach_last_3_years": {"answer": "yes", "source": "2022 token theft disclosure"},
          "made_up": {"answer": "yes"}
        }}""";

    private TestDatabase db;
    private FxTaskExecutor executor;
    private long slack;
    /** What the fake AI endpoint answers: JSON text, or null to fail. */
    private volatile String aiAnswer = PROPOSALS;

    @Start
    void start(Stage stage) {
        db = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            TestDatabase t = TestDatabase.create();
            slack = t.services().products().create(ProductDraft.of("Slack", "Slack Technologies", "Communication"));
            return t;
        }).join();
        AppServices s = db.services();
        executor = new FxTaskExecutor();
        GradeService grades = new GradeService(s.tx(), db.clock(), Operator.fixed("tester"), new ChatClient() {
            @Override public boolean configured() { return true; }
            @Override public String completeJson(String system, String user) throws AiUnavailableException {
                if (aiAnswer == null) {
                    throw new AiUnavailableException("The AI endpoint did not answer within 30 seconds");
                }
                return aiAnswer;
            }
        });
        CatalogView view = new CatalogView(new CatalogViewModel(s.catalog(), s.products(), s.sampleData(), executor));
        view.root();
        view.setGradeDialogs(new GradeDialogs(grades, s.gradeQuery(), executor));
        dev.seatledger.testing.TestScenes.show(stage, view.root(), 1100, 700);
    }

    @AfterEach
    void close() throws Exception {
        // a failed test may leave its dialog open: close it so the next test starts clean
        WaitForAsyncUtils.asyncFx(() -> List.copyOf(javafx.stage.Window.getWindows()).stream()
            .filter(w -> w instanceof Stage st && st.getOwner() != null).forEach(javafx.stage.Window::hide)).get();
        executor.close();
        db.close();
    }

    @Test
    void answeringFactsChangesTheLiveLetterAndSavingShowsItInTheCatalog(FxRobot robot) throws Exception {
        waitFor(() -> rows(robot).size() == 1 && shown(robot, "Grade…") != null);
        robot.clickOn(shown(robot, "Grade…"));
        waitFor(() -> robot.lookup("#gradeResultPill").tryQuery().isPresent());
        waitFor(() -> !robot.lookup("#saveGradeButton").queryButton().isDisabled());
        assertThat(pillText(robot)).isEqualTo("F · critical");

        for (PostureFact f : PostureFact.values()) {
            answer(robot, f, f.goodAnswer());
        }
        assertThat(pillText(robot)).isEqualTo("A · low");
        assertThat(robot.lookup("#gradeScoreLabel").queryAs(Label.class).getText()).isEqualTo("Score 100/100 · Low risk");

        answer(robot, PostureFact.BREACH_LAST_3_YEARS, Answer.YES);
        assertThat(pillText(robot)).isEqualTo("C · medium");
        assertThat(reasons(robot)).containsExactly("• Capped at C: breach in the last 3 years",
            "• Breach in the last 3 years (−10)");

        answer(robot, PostureFact.SSO_SAML, Answer.NO);
        robot.clickOn("#source-sso_saml").write("Enterprise Grid only");
        assertThat(pillText(robot)).isEqualTo("C · medium");
        assertThat(reasons(robot)).containsExactly("• No SSO/SAML (−12)", "• Breach in the last 3 years (−10)");

        robot.clickOn("#saveGradeButton");

        waitFor(() -> robot.lookup("#gradeResultPill").tryQuery().isEmpty());
        waitFor(() -> "C".equals(firstGrade(robot)) && shown(robot, ".table-view .grade-pill") != null);
        assertThat(rows(robot).get(0).riskLevel()).isEqualTo("MEDIUM");
        Label pill = (Label) shown(robot, ".table-view .grade-pill");
        assertThat(pill.getText()).isEqualTo("C · medium");
        assertThat(pill.getTooltip().getText()).contains("Medium risk (score 78/100)",
            "No SSO/SAML (−12)", "Breach in the last 3 years (−10)");
        assertThat(robot.lookup(".notice-banner").queryAs(Label.class).getText())
            .isEqualTo("Security grade saved: Slack");
        List<EvaluationRow> history = db.services().gradeQuery().history(slack);
        assertThat(history).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo(EvaluationSource.MANUAL);
            assertThat(e.score()).isEqualTo(78);
        });
        assertThat(db.services().gradeQuery().subject(slack).latestAnswers().get(PostureFact.SSO_SAML).source())
            .isEqualTo("Enterprise Grid only");
    }

    @Test
    void closingWithChangedAnswersAsksBeforeDiscardingThem(FxRobot robot) throws Exception {
        waitFor(() -> rows(robot).size() == 1);
        openFromMenu(robot);
        waitFor(() -> !robot.lookup("#saveGradeButton").queryButton().isDisabled());
        robot.clickOn("#closeGradeButton");
        waitFor(() -> robot.lookup("#gradeResultPill").tryQuery().isEmpty());
        assertThat(robot.lookup("#discardGradeAlert").tryQuery()).as("nothing changed: no question").isEmpty();

        openFromMenu(robot);
        waitFor(() -> !robot.lookup("#saveGradeButton").queryButton().isDisabled());
        answer(robot, PostureFact.SSO_SAML, Answer.YES);
        robot.clickOn("#closeGradeButton");
        waitFor(() -> robot.lookup("#discardGradeAlert").tryQuery().isPresent());
        assertThat(robot.lookup("#discardGradeAlert .header-panel .label").queryAs(Label.class).getText())
            .isEqualTo("Discard the changed answers?");
        robot.clickOn("Keep editing");
        waitFor(() -> robot.lookup("#discardGradeAlert").tryQuery().isEmpty());
        assertThat(robot.lookup("#answer-sso_saml-yes").queryAs(RadioButton.class).isSelected()).isTrue();

        robot.clickOn("#closeGradeButton");
        waitFor(() -> robot.lookup("#discardGradeAlert").tryQuery().isPresent());
        robot.clickOn("Discard");
        waitFor(() -> robot.lookup("#gradeResultPill").tryQuery().isEmpty());
        assertThat(db.services().gradeQuery().history(slack)).as("discarded answers are not saved").isEmpty();
    }

    @Test
    void reopeningShowsTheLastAnswersAndTheHistory(FxRobot robot) throws Exception {
        waitFor(() -> rows(robot).size() == 1);
        openFromMenu(robot);
        answer(robot, PostureFact.ENCRYPTION_IN_TRANSIT, Answer.NO);
        robot.clickOn("#saveGradeButton");
        waitFor(() -> "F".equals(firstGrade(robot)) && shown(robot, ".table-view .grade-pill") != null);

        robot.clickOn(shown(robot, ".table-view .grade-pill"));
        waitFor(() -> robot.lookup("#gradeHistory").tryQuery().isPresent()
            && robot.lookup("#gradeHistory").queryTableView().getItems().size() == 1);

        RadioButton no = robot.lookup("#answer-encryption_in_transit-no").queryAs(RadioButton.class);
        assertThat(no.isSelected()).isTrue();
        assertThat(pillText(robot)).isEqualTo("F · critical");
        TableView<EvaluationRow> table = robot.lookup("#gradeHistory").queryTableView();
        assertThat(table.getItems().get(0).evaluatedBy()).isEqualTo("tester");
        assertThat(table.getItems().get(0).letter()).isEqualTo("F");
    }

    @Test
    void aiProposalsAreReviewedOneByOneOrAllAndSavedAsReviewed(FxRobot robot) throws Exception {
        waitFor(() -> rows(robot).size() == 1);
        openFromMenu(robot);
        answer(robot, PostureFact.AUDIT_LOGS, Answer.YES);

        robot.clickOn("#askAiButton");
        waitFor(() -> onScreen(robot.lookup("#proposal-sso_saml").query()));

        assertThat(robot.lookup("#proposal-sso_saml").queryAs(Label.class).getText())
            .isEqualTo("AI proposes: Yes — https://slack.com/help/saml");
        assertThat(onScreen(robot.lookup("#proposal-audit_logs").query())).isFalse();
        assertThat(robot.lookup("#answer-sso_saml-unknown").queryAs(RadioButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#aiMessage").queryAs(Label.class).getText()).startsWith("The AI proposed 3 answers");

        robot.clickOn("#accept-sso_saml");
        assertThat(robot.lookup("#answer-sso_saml-yes").queryAs(RadioButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#source-sso_saml").queryAs(TextField.class).getText())
            .isEqualTo("https://slack.com/help/saml");
        assertThat(onScreen(robot.lookup("#proposal-sso_saml").query())).isFalse();
        assertThat(robot.lookup("#answer-mfa_enforcement-unknown").queryAs(RadioButton.class).isSelected()).isTrue();

        robot.clickOn("#acceptAllButton");
        assertThat(robot.lookup("#answer-mfa_enforcement-yes").queryAs(RadioButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#answer-breach_last_3_years-yes").queryAs(RadioButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#answer-audit_logs-yes").queryAs(RadioButton.class).isSelected()).isTrue();

        robot.clickOn("#saveGradeButton");
        waitFor(() -> firstGrade(robot) != null);
        assertThat(db.services().gradeQuery().history(slack)).singleElement()
            .extracting(EvaluationRow::source).isEqualTo(EvaluationSource.AI_REVIEWED);
    }

    @Test
    void anUnavailableEndpointSaysSoAndLeavesTheAnswers(FxRobot robot) throws Exception {
        aiAnswer = null;
        waitFor(() -> rows(robot).size() == 1);
        openFromMenu(robot);
        answer(robot, PostureFact.SSO_SAML, Answer.NO);

        robot.clickOn("#askAiButton");
        waitFor(() -> robot.lookup("#aiMessage").queryAs(Label.class).getText().startsWith("AI proposals unavailable"));

        assertThat(robot.lookup("#aiMessage").queryAs(Label.class).getText())
            .isEqualTo("AI proposals unavailable: The AI endpoint did not answer within 30 seconds");
        assertThat(robot.lookup("#answer-sso_saml-no").queryAs(RadioButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#acceptAllButton").queryAs(Button.class).isVisible()).isFalse();

        aiAnswer = "I think Slack is secure.";
        robot.clickOn("#askAiButton");
        waitFor(() -> robot.lookup("#aiMessage").queryAs(Label.class).getText()
            .equals("AI proposals unavailable: The AI answer was not the expected JSON; the questionnaire is unchanged."));
        assertThat(robot.lookup("#answer-sso_saml-no").queryAs(RadioButton.class).isSelected()).isTrue();
    }

    private void openFromMenu(FxRobot robot) throws Exception {
        waitFor(() -> shown(robot, ".table-view .product-name") != null);
        Node row = robot.lookup(".table-view .table-row-cell").queryAll().stream()
            .filter(n -> ((javafx.scene.control.TableRow<?>) n).getItem() != null).filter(GradeDialogTest::onScreen)
            .findFirst().orElseThrow();
        javafx.scene.control.MenuItem item = ((javafx.scene.control.TableRow<?>) row).getContextMenu().getItems()
            .stream().filter(i -> "Security grade…".equals(i.getText())).findFirst().orElseThrow();
        robot.interact(item::fire);
        waitFor(() -> robot.lookup("#saveGradeButton").tryQuery().isPresent()
            && !robot.lookup("#saveGradeButton").queryButton().isDisabled());
    }

    private static void answer(FxRobot robot, PostureFact fact, Answer a) {
        String id = "#answer-" + fact.id() + "-" + a.name().toLowerCase(Locale.ROOT);
        Node node = robot.lookup(id).query();
        robot.interact(() -> node.localToScene(0, 0));
        robot.interact(() -> scrollTo(node));
        robot.clickOn(id);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void scrollTo(Node node) {
        javafx.scene.Parent p = node.getParent();
        while (p != null && !(p instanceof javafx.scene.control.ScrollPane)) {
            p = p.getParent();
        }
        if (p instanceof javafx.scene.control.ScrollPane sp) {
            double contentHeight = sp.getContent().getBoundsInLocal().getHeight();
            double viewport = sp.getViewportBounds().getHeight();
            double y = sp.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
            sp.setVvalue(Math.max(0, Math.min(1, (y - viewport / 3) / Math.max(1, contentHeight - viewport))));
            sp.layout();
        }
    }

    /** The first match that is really on screen (table views keep hidden measuring cells too). */
    private static Node shown(FxRobot robot, String query) {
        return robot.lookup(query).queryAll().stream().filter(GradeDialogTest::onScreen).findFirst().orElse(null);
    }

    private static boolean onScreen(Node n) {
        if (n.getScene() == null) {
            return false;
        }
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static String pillText(FxRobot robot) {
        return robot.lookup("#gradeResultPill").queryAs(Label.class).getText();
    }

    private static List<String> reasons(FxRobot robot) {
        return robot.lookup("#gradeReasons").queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
            .map(n -> ((Label) n).getText()).toList();
    }

    /** The first product's grade letter; none while the catalog is re-read (its rows are briefly replaced). */
    private static String firstGrade(FxRobot robot) {
        List<ProductRow> rows = rows(robot);
        return rows.isEmpty() ? null : rows.get(0).gradeLetter();
    }

    private static List<ProductRow> rows(FxRobot robot) {
        TableView<ProductRow> table = robot.lookup(".table-view").queryTableView();
        return table.getItems();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }
}
