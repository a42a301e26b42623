package dev.seatledger.core.grade;

/** An answer with an optional note or source (a URL, a document, who said so). */
public record FactAnswer(Answer answer, String source) {
    public static final int SOURCE_MAX = 300;
    public static final FactAnswer UNANSWERED = new FactAnswer(Answer.UNKNOWN, null);

    public FactAnswer {
        answer = answer == null ? Answer.UNKNOWN : answer;
        source = source == null || source.isBlank() ? null : source.strip();
    }

    public static FactAnswer of(Answer answer) {
        return new FactAnswer(answer, null);
    }
}
