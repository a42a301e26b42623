package dev.seatledger.core.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.catalog.CatalogFilter;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.catalog.ProductRow;
import dev.seatledger.core.common.ValidationException;
import dev.seatledger.core.history.HistoryAction;
import dev.seatledger.core.history.HistoryRow;
import dev.seatledger.core.history.SubjectType;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.license.LicenseListRequest;
import dev.seatledger.core.license.LicenseRow;
import dev.seatledger.testing.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GradeServiceTest {
    private TestDatabase db;
    private AppServices s;
    private long slack;

    @BeforeEach
    void open() {
        db = TestDatabase.create();
        s = db.services();
        slack = s.products().create(ProductDraft.of("Slack", "Slack Technologies", "Communication"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void twoEvaluationsKeepTwoHistoryRowsAndTheProductShowsTheLatest() {
        Map<PostureFact, FactAnswer> first = GradeScoringTest.answersScoring(75);
        s.grades().save(slack, first, EvaluationSource.MANUAL);
        db.clock().advance(Duration.ofDays(30));
        Map<PostureFact, FactAnswer> second = GradeScoringTest.allGood();
        second.put(PostureFact.SSO_SAML, new FactAnswer(Answer.YES, "https://slack.com/trust"));
        s.grades().save(slack, second, EvaluationSource.AI_REVIEWED);

        List<EvaluationRow> history = s.gradeQuery().history(slack);
        assertThat(history).extracting(EvaluationRow::letter, EvaluationRow::riskLevel, EvaluationRow::score,
                EvaluationRow::source, EvaluationRow::evaluatedBy)
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple("A", "LOW", 100, EvaluationSource.AI_REVIEWED, "tester"),
                org.assertj.core.groups.Tuple.tuple("C", "MEDIUM", 75, EvaluationSource.MANUAL, "tester"));
        assertThat(history.get(0).evaluatedAt()).isAfter(history.get(1).evaluatedAt());
        assertThat(history.get(1).reasons()).isNotEmpty();

        ProductRow row = s.catalog().list(new CatalogFilter(null, null, null, false)).get(0);
        assertThat(row.gradeLetter()).isEqualTo("A");
        assertThat(row.riskLevel()).isEqualTo("LOW");
        assertThat(row.gradeSummary()).startsWith("Low risk (score 100/100)");

        GradeSubject subject = s.gradeQuery().subject(slack);
        assertThat(subject.latestAnswers()).isEqualTo(second);
        assertThat(subject.gradeLetter()).isEqualTo("A");
    }

    @Test
    void savingWritesAProductHistoryEntry() {
        s.grades().save(slack, GradeScoringTest.answersScoring(85), EvaluationSource.MANUAL);
        s.grades().save(slack, GradeScoringTest.answersScoring(40), EvaluationSource.MANUAL);

        List<HistoryRow> entries = s.history().of(SubjectType.PRODUCT, slack, 10).stream()
            .filter(h -> h.action() == HistoryAction.GRADE).toList();
        assertThat(entries).extracting(HistoryRow::summary).containsExactlyInAnyOrder(
            "Security grade B (score 85, Low risk)",
            "Security grade B → F (score 40, Critical risk)");
    }

    @Test
    void licensesListAndLicensePageShowTheGradeWithRiskAndReasons() {
        long license = s.licenses().create(LicenseDraft.defaults(slack)).id();
        Map<PostureFact, FactAnswer> answers = GradeScoringTest.allGood();
        answers.put(PostureFact.MFA_ENFORCEMENT, FactAnswer.of(Answer.NO));
        s.grades().save(slack, answers, EvaluationSource.MANUAL);

        LicenseRow row = s.licenseQuery().list(LicenseListRequest.all()).get(0);
        assertThat(row.gradeLetter()).isEqualTo("B");
        assertThat(row.riskLevel()).isEqualTo("LOW");
        assertThat(row.gradeSummary()).contains("No MFA enforcement (−12)");
        assertThat(s.licenses().detail(license).gradeSummary()).contains("No MFA enforcement (−12)");
    }

    @Test
    void anOverlongNoteIsRefusedNamingTheFactAndNothingIsSaved() {
        Map<PostureFact, FactAnswer> answers = GradeScoringTest.allGood();
        answers.put(PostureFact.GDPR_DPA, new FactAnswer(Answer.YES, "x".repeat(FactAnswer.SOURCE_MAX + 1)));

        assertThatThrownBy(() -> s.grades().save(slack, answers, EvaluationSource.MANUAL))
            .isInstanceOf(ValidationException.class)
            .hasMessage("The note for GDPR DPA is longer than 300 characters");
        assertThat(s.gradeQuery().history(slack)).isEmpty();
        assertThat(s.gradeQuery().subject(slack).gradeLetter()).isNull();
    }
}
