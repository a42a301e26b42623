package dev.seatledger.core.grade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class GradeScoringTest {

    @Test
    void weightsAddUpToOneHundred() {
        int sum = 0;
        for (PostureFact f : PostureFact.values()) {
            sum += f.weight();
        }
        assertThat(sum).isEqualTo(100);
    }

    @ParameterizedTest(name = "score {0} → {1}, {2}")
    @CsvSource({
        "100, A, LOW", "90, A, LOW", "89, B, LOW", "80, B, LOW", "79, C, MEDIUM", "70, C, MEDIUM",
        "69, D, HIGH", "60, D, HIGH", "59, E, HIGH", "50, E, HIGH", "49, F, CRITICAL", "0, F, CRITICAL"})
    void everyLetterBoundaryFromAnswers(int score, GradeLetter letter, RiskLevel risk) {
        GradeResult r = GradeScoring.evaluate(answersScoring(score));

        assertThat(r.score()).isEqualTo(score);
        assertThat(r.letter()).isEqualTo(letter);
        assertThat(r.risk()).isEqualTo(risk);
        assertThat(GradeLetter.forScore(score)).isEqualTo(letter);
    }

    @Test
    void riskFollowsTheLetter() {
        assertThat(GradeLetter.A.risk()).isEqualTo(RiskLevel.LOW);
        assertThat(GradeLetter.B.risk()).isEqualTo(RiskLevel.LOW);
        assertThat(GradeLetter.C.risk()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(GradeLetter.D.risk()).isEqualTo(RiskLevel.HIGH);
        assertThat(GradeLetter.E.risk()).isEqualTo(RiskLevel.HIGH);
        assertThat(GradeLetter.F.risk()).isEqualTo(RiskLevel.CRITICAL);
    }

    @Test
    void reasonsNameWhatLostPointsLargestFirst() {
        Map<PostureFact, FactAnswer> answers = allGood();
        answers.put(PostureFact.SSO_SAML, FactAnswer.of(Answer.NO));
        answers.put(PostureFact.AUDIT_LOGS, FactAnswer.of(Answer.UNKNOWN));
        answers.remove(PostureFact.DATA_RESIDENCY);

        GradeResult r = GradeScoring.evaluate(answers);

        assertThat(r.score()).isEqualTo(80);
        assertThat(r.letter()).isEqualTo(GradeLetter.B);
        assertThat(r.reasons()).containsExactly("No SSO/SAML (−12)", "Not verified: audit logs (−5)",
            "Not verified: data residency choice (−3)");
    }

    @Test
    void unknownEarnsNothingLikeNo() {
        Map<PostureFact, FactAnswer> unknown = allGood();
        unknown.put(PostureFact.SOC2_TYPE2, FactAnswer.of(Answer.UNKNOWN));
        Map<PostureFact, FactAnswer> no = allGood();
        no.put(PostureFact.SOC2_TYPE2, FactAnswer.of(Answer.NO));

        assertThat(GradeScoring.evaluate(unknown).score()).isEqualTo(90).isEqualTo(GradeScoring.evaluate(no).score());
        assertThat(GradeScoring.evaluate(Map.of()).score()).isZero();
    }

    @Test
    void breachInTheLastThreeYearsCapsAtC() {
        Map<PostureFact, FactAnswer> answers = allGood();
        answers.put(PostureFact.BREACH_LAST_3_YEARS, FactAnswer.of(Answer.YES));

        GradeResult r = GradeScoring.evaluate(answers);

        assertThat(r.score()).isEqualTo(90);
        assertThat(r.letter()).isEqualTo(GradeLetter.C);
        assertThat(r.risk()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(r.reasons()).containsExactly("Capped at C: breach in the last 3 years",
            "Breach in the last 3 years (−10)");
    }

    @Test
    void breachCapDoesNotRaiseAWorseLetter() {
        Map<PostureFact, FactAnswer> answers = answersScoring(55);
        answers.put(PostureFact.BREACH_LAST_3_YEARS, FactAnswer.of(Answer.YES));

        GradeResult r = GradeScoring.evaluate(answers);

        assertThat(r.letter()).isEqualTo(GradeLetter.F);
        assertThat(r.reasons()).noneMatch(s -> s.startsWith("Capped"));
    }

    @Test
    void unknownBreachLosesPointsButDoesNotCap() {
        Map<PostureFact, FactAnswer> answers = allGood();
        answers.put(PostureFact.BREACH_LAST_3_YEARS, FactAnswer.of(Answer.UNKNOWN));

        assertThat(GradeScoring.evaluate(answers).letter()).isEqualTo(GradeLetter.A);
    }

    @Test
    void noEncryptionInTransitCapsAtF() {
        Map<PostureFact, FactAnswer> answers = allGood();
        answers.put(PostureFact.ENCRYPTION_IN_TRANSIT, FactAnswer.of(Answer.NO));

        GradeResult r = GradeScoring.evaluate(answers);

        assertThat(r.score()).isEqualTo(90);
        assertThat(r.letter()).isEqualTo(GradeLetter.F);
        assertThat(r.risk()).isEqualTo(RiskLevel.CRITICAL);
        assertThat(r.reasons()).first().isEqualTo("Capped at F: no encryption in transit");
    }

    @Test
    void unknownEncryptionInTransitDoesNotCap() {
        Map<PostureFact, FactAnswer> answers = allGood();
        answers.put(PostureFact.ENCRYPTION_IN_TRANSIT, FactAnswer.of(Answer.UNKNOWN));

        assertThat(GradeScoring.evaluate(answers).letter()).isEqualTo(GradeLetter.A);
    }

    @Test
    void bothCapsGiveTheWorse() {
        Map<PostureFact, FactAnswer> answers = allGood();
        answers.put(PostureFact.ENCRYPTION_IN_TRANSIT, FactAnswer.of(Answer.NO));
        answers.put(PostureFact.BREACH_LAST_3_YEARS, FactAnswer.of(Answer.YES));

        GradeResult r = GradeScoring.evaluate(answers);

        assertThat(r.score()).isEqualTo(80);
        assertThat(r.letter()).isEqualTo(GradeLetter.F);
    }

    @Test
    void answersSurviveTheJsonRoundTrip() {
        Map<PostureFact, FactAnswer> answers = allGood();
        answers.put(PostureFact.SSO_SAML, new FactAnswer(Answer.NO, "https://example.com/security \"quoted\""));

        Map<PostureFact, FactAnswer> back = AnswersJson.read(AnswersJson.write(answers));

        assertThat(back).isEqualTo(answers);
    }

    static Map<PostureFact, FactAnswer> allGood() {
        Map<PostureFact, FactAnswer> m = new EnumMap<>(PostureFact.class);
        for (PostureFact f : PostureFact.values()) {
            m.put(f, FactAnswer.of(f.goodAnswer()));
        }
        return m;
    }

    /** Answers whose weighted score is exactly {@code score}, without touching the two capping facts. */
    static Map<PostureFact, FactAnswer> answersScoring(int score) {
        List<PostureFact> free = new ArrayList<>();
        for (PostureFact f : PostureFact.values()) {
            if (f != PostureFact.BREACH_LAST_3_YEARS && f != PostureFact.ENCRYPTION_IN_TRANSIT) {
                free.add(f);
            }
        }
        Set<PostureFact> lose = subsetSumming(free, 0, 100 - score);
        if (lose == null) {
            // beyond what the free facts can lose: also leave the capping facts unknown (no cap applies)
            lose = subsetSumming(free, 0, 100 - score - 20);
            lose.add(PostureFact.BREACH_LAST_3_YEARS);
            lose.add(PostureFact.ENCRYPTION_IN_TRANSIT);
        }
        Map<PostureFact, FactAnswer> m = allGood();
        for (PostureFact f : lose) {
            m.put(f, FactAnswer.of(Answer.UNKNOWN));
        }
        return m;
    }

    private static Set<PostureFact> subsetSumming(List<PostureFact> facts, int from, int target) {
        if (target == 0) {
            return EnumSet.noneOf(PostureFact.class);
        }
        if (target < 0 || from == facts.size()) {
            return null;
        }
        Set<PostureFact> with = subsetSumming(facts, from + 1, target - facts.get(from).weight());
        if (with != null) {
            with.add(facts.get(from));
            return with;
        }
        return subsetSumming(facts, from + 1, target);
    }
}
