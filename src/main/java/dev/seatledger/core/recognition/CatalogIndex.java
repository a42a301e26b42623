package dev.seatledger.core.recognition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The catalog indexed for recognition, once per use: the exact keys of products and aliases, each product's names
 * with versions, plan words and vendor set aside ("Figma Organization" is also "figma"), the knowledge base entry
 * each product is (by those names, or by an alias the user gave it), and the products of each entry.
 */
final class CatalogIndex {
    static final long AMBIGUOUS = -1;

    final Map<Long, CatalogProduct> byId = new HashMap<>();
    final Map<String, Long> exactNames = new HashMap<>();
    final Map<String, Long> aliases;
    final Map<String, Long> aliasForms = new HashMap<>();
    final Set<String> ignoredForms = new HashSet<>();
    final Map<String, List<Long>> forms = new HashMap<>();
    final Map<Long, Set<String>> numbers = new HashMap<>();
    final Map<Long, KnowledgeEntry> entryOf = new HashMap<>();
    final Map<KnowledgeEntry, List<Long>> productsOf = new IdentityHashMap<>();
    final Map<Long, List<String>> words = new HashMap<>();
    /** The first word of each product's publisher ("jetbrains" for "JetBrains s.r.o."), empty when none. */
    final Map<Long, String> publisherWords = new HashMap<>();

    CatalogIndex(RecognitionCatalog catalog, KnowledgeBase kb, NameNormalizer normalizer) {
        this.aliases = catalog.aliases();
        Set<String> plan = kb.words().planWords();
        for (CatalogProduct p : catalog.products()) {
            byId.put(p.id(), p);
            publisherWords.put(p.id(), publisherWord(normalizer, p.publisher()));
            if (!p.live()) {
                continue;
            }
            exactNames.putIfAbsent(p.name().strip().toLowerCase(Locale.ROOT), p.id());
            Normalized n = normalizer.normalize(p.name());
            numbers.put(p.id(), n.numbers());
            List<String> own = productForms(n, plan);
            own.forEach(f -> forms.computeIfAbsent(f, k -> new ArrayList<>()).add(p.id()));
            words.put(p.id(), wordsOf(n, plan));
            String pub = publisherWords.get(p.id());
            for (String f : own) {
                KnowledgeBase.Identified hit = kb.byName(f);
                // a shortened name ("Calendar" of "Calendar Pro") is that software only when the publisher agrees
                if (hit != null && (f.equals(own.get(0)) || pub.isEmpty() || pub.equals(kb.publisherWord(hit.entry())))) {
                    link(p.id(), hit.entry());
                    break;
                }
            }
            if (!entryOf.containsKey(p.id()) && !pub.isEmpty()) {
                KnowledgeEntry e = kb.containedIn(n.tokens(), pub);
                if (e != null) {
                    link(p.id(), e);
                }
            }
        }
        aliases.forEach((key, product) -> {
            Normalized n = normalizer.normalize(key);
            if (!n.isEmpty()) {
                if (product == null) {
                    ignoredForms.add(n.full());
                } else {
                    aliasForms.merge(n.full(), product, (a, b) -> a.equals(b) ? a : AMBIGUOUS);
                }
            }
            if (product != null && byId.containsKey(product) && byId.get(product).live() && !entryOf.containsKey(product)) {
                boolean identifier = key.indexOf(' ') < 0 && key.indexOf('.') > 0;
                KnowledgeBase.Identified hit = kb.identify(new Observed(key, identifier ? key : null, Source.OTHER, null), n);
                if (hit != null) {
                    link(product, hit.entry());
                }
            }
        });
    }

    private void link(long product, KnowledgeEntry e) {
        entryOf.put(product, e);
        productsOf.computeIfAbsent(e, k -> new ArrayList<>()).add(product);
    }

    /** The product's name, then without its vendor, each then with its trailing plan words taken off one by one. */
    static List<String> productForms(Normalized n, Set<String> plan) {
        Set<String> out = new LinkedHashSet<>();
        List<List<String>> starts = new ArrayList<>();
        starts.add(n.tokens());
        if (n.vendor() != null) {
            starts.add(n.tokens().subList(1, n.tokens().size()));
        }
        for (List<String> t : starts) {
            out.add(String.join(" ", t));
            String last = t.get(t.size() - 1);
            if (last.length() > 1 && last.endsWith("+") && !last.endsWith("++")) {
                // "Foxit PDF Editor+": a plan marked with a plus
                out.add(String.join(" ", t.subList(0, t.size() - 1)) + (t.size() > 1 ? " " : "")
                    + last.substring(0, last.length() - 1));
            }
        }
        for (List<String> t : starts) {
            int end = t.size();
            while (end > 1 && plan.contains(t.get(end - 1))) {
                end--;
                out.add(String.join(" ", t.subList(0, end)));
            }
        }
        out.remove("");
        return new ArrayList<>(out);
    }

    /** The words a product is compared on: its name without vendor and plan words. */
    private static List<String> wordsOf(Normalized n, Set<String> plan) {
        List<String> t = new ArrayList<>(n.vendor() != null ? n.tokens().subList(1, n.tokens().size()) : n.tokens());
        List<String> kept = t.stream().filter(w -> !plan.contains(w)).toList();
        return kept.isEmpty() ? t : kept;
    }

    static String publisherWord(NameNormalizer normalizer, String publisher) {
        for (String w : normalizer.normalize(publisher).tokens()) {
            if (!w.equals("the")) {
                return w;
            }
        }
        return "";
    }

    List<Long> productsOf(KnowledgeEntry e) {
        return e == null ? List.of() : productsOf.getOrDefault(e, List.of());
    }
}
