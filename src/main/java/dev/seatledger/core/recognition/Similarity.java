package dev.seatledger.core.recognition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Suggestions by the words an application's name shares with a product's, each word weighted by how rare it is in
 * the catalog, and by publisher. Never an automatic match. A name with a helper or plug-in word the product lacks,
 * or an edition word the product lacks ("Reader", "Community"), suggests nothing.
 */
final class Similarity {
    static final double FLOOR = 0.35;
    static final int MAX = 3;

    private final CatalogIndex catalog;
    private final Vocabulary words;
    private final Map<String, List<Long>> byWord = new HashMap<>();
    private final Map<String, Double> weight = new HashMap<>();
    private final double unseen;

    Similarity(CatalogIndex catalog, Vocabulary words) {
        this.catalog = catalog;
        this.words = words;
        catalog.words.forEach((id, ws) -> new HashSet<>(ws).forEach(w -> byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(id)));
        int n = Math.max(1, catalog.words.size());
        byWord.forEach((w, ids) -> weight.put(w, Math.log(1.0 + (double) n / ids.size())));
        unseen = Math.log(1.0 + n);
    }

    /** Up to three products, best first, confidence at most {@code cap}; none of {@code excluded}. */
    List<Suggestion> suggest(Normalized n, String vendor, Set<Long> excluded, double cap) {
        List<String> raw = n.vendor() != null ? n.tokens().subList(1, n.tokens().size()) : n.tokens();
        Set<Long> candidates = new HashSet<>();
        for (String w : raw) {
            candidates.addAll(byWord.getOrDefault(w, List.of()));
        }
        candidates.removeAll(excluded);
        List<Suggestion> out = new ArrayList<>();
        for (long id : candidates) {
            List<String> product = catalog.words.get(id);
            if (blocked(raw, product)) {
                continue;
            }
            double score = dice(raw, product);
            String pub = catalog.publisherWords.getOrDefault(id, "");
            if (vendor != null && !pub.isEmpty()) {
                score += vendor.equals(pub) ? 0.1 : -0.15;
            }
            double confidence = Math.min(cap, Math.round(score * 100) / 100.0);
            if (confidence >= FLOOR) {
                CatalogProduct p = catalog.byId.get(id);
                out.add(new Suggestion(id, p.name(), confidence, Reason.of(Evidence.WORDS, null, p.name())));
            }
        }
        out.sort(Comparator.comparingDouble(Suggestion::confidence).reversed().thenComparing(Suggestion::productName));
        return out.size() > MAX ? List.copyOf(out.subList(0, MAX)) : out;
    }

    private boolean blocked(List<String> raw, List<String> product) {
        for (String w : raw) {
            if ((words.componentWords().contains(w) || words.editionWords().contains(w)) && !product.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private double dice(List<String> a, List<String> b) {
        double common = 0;
        double total = 0;
        Set<String> bs = new HashSet<>(b);
        for (String w : new HashSet<>(a)) {
            double x = weight.getOrDefault(w, unseen);
            total += x;
            if (bs.contains(w)) {
                common += x;
            }
        }
        for (String w : bs) {
            total += weight.getOrDefault(w, unseen);
        }
        return total == 0 ? 0 : 2 * common / total;
    }
}
