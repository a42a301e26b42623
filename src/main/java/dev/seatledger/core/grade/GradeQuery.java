package dev.seatledger.core.grade;

import dev.seatledger.core.catalog.Product;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.NotFoundException;
import dev.seatledger.core.common.Transactions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Read side of the security grade: a product's latest answers and its evaluation history, newest first. */
public class GradeQuery {
    private final Transactions tx;

    public GradeQuery(Transactions tx) {
        this.tx = tx;
    }

    public GradeSubject subject(long productId) {
        return tx.read(session -> {
            Product p = session.find(Product.class, productId);
            if (p == null) {
                throw new NotFoundException(Messages.get("catalog.notFound"));
            }
            Map<PostureFact, FactAnswer> latest = session.createSelectionQuery(
                    "select e.answers from GradeEvaluation e where e.productId = :id order by e.evaluatedAt desc, e.id desc",
                    String.class)
                .setParameter("id", productId)
                .setMaxResults(1)
                .getResultList().stream().findFirst().map(AnswersJson::read).orElse(Map.of());
            return new GradeSubject(p.getId(), p.getName(), p.getPublisher(), p.getWebsite(),
                p.getGradeLetter(), p.getRiskLevel(), latest);
        });
    }

    public List<EvaluationRow> history(long productId) {
        return tx.read(session -> session.createSelectionQuery(
                "from GradeEvaluation e where e.productId = :id order by e.evaluatedAt desc, e.id desc",
                GradeEvaluation.class)
            .setParameter("id", productId)
            .getResultList().stream()
            .map(GradeQuery::toRow)
            .toList());
    }

    static EvaluationRow toRow(GradeEvaluation e) {
        List<String> reasons = e.getReasons() == null || e.getReasons().isEmpty() ? List.of()
            : Arrays.asList(e.getReasons().split("\n"));
        return new EvaluationRow(e.getId(), e.getEvaluatedAt(), e.getEvaluatedBy(), e.getScore(), e.getLetter(),
            e.getRiskLevel(), e.getSource(), reasons);
    }
}
