package dev.seatledger.core.recognition;

import java.util.List;

/**
 * What an application is: the catalog product it matches ({@code productId}, or null), how, with what confidence
 * and why; the knowledge base entry it was identified as ({@code knownAs}, or null); and, when it matches nothing,
 * the best suggestions, most likely first.
 */
public record Recognition(MatchKind kind, Long productId, String productName, double confidence, Reason reason,
                          KnowledgeEntry knownAs, List<Suggestion> suggestions) {
    public Recognition {
        suggestions = List.copyOf(suggestions);
    }

    static Recognition matched(MatchKind kind, CatalogProduct p, double confidence, Reason reason, KnowledgeEntry known) {
        return new Recognition(kind, p.id(), p.name(), confidence, reason, known, List.of());
    }

    static Recognition ignored(Reason reason, KnowledgeEntry known) {
        return new Recognition(MatchKind.IGNORED, null, null, 1.0, reason, known, List.of());
    }

    static Recognition unknown(KnowledgeEntry known, List<Suggestion> suggestions) {
        Reason r = suggestions.isEmpty() ? null : suggestions.get(0).reason();
        return new Recognition(MatchKind.UNKNOWN, null, null, 0, r, known, suggestions);
    }

    /** The best suggestion, or null. */
    public Suggestion best() {
        return suggestions.isEmpty() ? null : suggestions.get(0);
    }

    public boolean hidden() {
        return kind == MatchKind.IGNORED;
    }
}
