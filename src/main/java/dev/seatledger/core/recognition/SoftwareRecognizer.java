package dev.seatledger.core.recognition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Tells which catalog product an application name is, as a careful person would, for installed applications and for
 * the application names of sign-in logs and vendor exports alike. Built once over the catalog and the knowledge base
 * (see {@link RecognitionService#recognizer}); then {@link #recognize} costs a few map look-ups per name, so it runs
 * once per distinct name, never per installation.
 *
 * <p>In order: the user's alias (of the application's key, of its name key, then of a name that reads the same once
 * versions are set aside); the product's own name (exactly, then once versions, plans and vendor are set aside); the
 * knowledge base's identity of the application (bundle id, package, display or sign-in name, display-name pattern)
 * leading to the catalog product that is that software, or to the one suite in the catalog that includes it. Then,
 * when nothing matched: free, system and runtime software is ignored, and the rest is unknown with suggestions by
 * shared words and publisher. Only matches at {@value #AUTOMATIC} or above are automatic.
 */
public final class SoftwareRecognizer {
    /** Confidence from which a match is made without asking. */
    public static final double AUTOMATIC = 0.9;
    static final double NAME_FORM = 0.97;
    static final double KNOWN = 0.97;
    static final double SUITE = 0.9;
    static final double AMBIGUOUS = 0.8;
    static final double OTHER_VERSION = 0.7;
    static final double UNIDENTIFIED_CAP = 0.85;
    static final double KNOWN_ELSEWHERE_CAP = 0.6;

    private final KnowledgeBase kb;
    private final NameNormalizer normalizer;
    private final CatalogIndex catalog;
    private final Similarity similarity;

    public SoftwareRecognizer(KnowledgeBase kb, RecognitionCatalog catalog) {
        this.kb = kb;
        Set<String> vendors = new LinkedHashSet<>(kb.words().vendorPrefixes());
        this.normalizer = new NameNormalizer(vendors);
        this.catalog = new CatalogIndex(catalog, kb, normalizer);
        this.similarity = new Similarity(this.catalog, kb.words());
    }

    public KnowledgeBase knowledge() {
        return kb;
    }

    /** The same as {@code recognize(Observed.name(name))}. */
    public Recognition recognize(String name) {
        return recognize(Observed.name(name));
    }

    public Recognition recognize(Observed o) {
        String appKey = o.appKey();
        String nameKey = o.nameKey();
        for (String key : keys(appKey, nameKey)) {
            if (catalog.aliases.containsKey(key)) {
                return byAlias(catalog.aliases.get(key), key);
            }
        }
        for (String key : keys(appKey, nameKey)) {
            Long p = catalog.exactNames.get(key);
            if (p != null) {
                return Recognition.matched(MatchKind.NAME, catalog.byId.get(p), 1.0,
                    Reason.of(Evidence.PRODUCT_NAME, o.name(), catalog.byId.get(p).name()), catalog.entryOf.get(p));
            }
        }
        Normalized n = normalizer.normalize(o.name());
        if (n.isEmpty()) {
            return Recognition.unknown(null, List.of());
        }
        if (catalog.ignoredForms.contains(n.full())) {
            return Recognition.ignored(Reason.of(Evidence.ALIAS, n.full(), null).hidden("ignored"), null);
        }
        Long aliased = catalog.aliasForms.get(n.full());
        if (aliased != null && aliased != CatalogIndex.AMBIGUOUS && catalog.byId.containsKey(aliased)) {
            CatalogProduct p = catalog.byId.get(aliased);
            return Recognition.matched(MatchKind.ALIAS, p, 0.98, Reason.of(Evidence.ALIAS, n.full(), p.name()),
                catalog.entryOf.get(aliased));
        }
        KnowledgeBase.Identified known = kb.identify(o, n);
        Recognition byName = byNameForm(o, n, known);
        if (byName != null) {
            return byName;
        }
        return known != null ? byKnowledge(o, n, known) : unidentified(o, n);
    }

    private static List<String> keys(String appKey, String nameKey) {
        return nameKey == null || nameKey.equals(appKey) ? List.of(appKey) : List.of(appKey, nameKey);
    }

    private Recognition byAlias(Long product, String key) {
        if (product == null) {
            return Recognition.ignored(Reason.of(Evidence.ALIAS, key, null).hidden("ignored"), null);
        }
        CatalogProduct p = catalog.byId.get(product);
        String name = p == null ? null : p.name();
        return new Recognition(MatchKind.ALIAS, product, name, 1.0, Reason.of(Evidence.ALIAS, key, name),
            catalog.entryOf.get(product), List.of());
    }

    /** A product named as the application once versions, plans and vendor are set aside. */
    private Recognition byNameForm(Observed o, Normalized n, KnowledgeBase.Identified known) {
        Set<Long> found = new LinkedHashSet<>(catalog.forms.getOrDefault(n.full(), List.of()));
        if (n.vendor() != null) {
            for (long id : catalog.forms.getOrDefault(n.core(), List.of())) {
                if (sameVendor(id, n.vendor())) {
                    found.add(id);
                }
            }
        }
        if (known != null) {
            // software the knowledge base knows is not a product known as other software; and when an identifier
            // (bundle id, package, pattern, sign-in name) says what it is, not a product it knows nothing of either
            boolean byIdentifier = known.evidence() != Evidence.DISPLAY_NAME;
            found.removeIf(id -> catalog.entryOf.containsKey(id) ? catalog.entryOf.get(id) != known.entry() : byIdentifier);
        }
        if (found.isEmpty()) {
            return null;
        }
        Reason reason = Reason.of(Evidence.SIMILAR_NAME, o.name(), null);
        return choose(new ArrayList<>(found), n, MatchKind.NAME, NAME_FORM, reason, known == null ? null : known.entry());
    }

    private Recognition byKnowledge(Observed o, Normalized n, KnowledgeBase.Identified known) {
        KnowledgeEntry e = known.entry();
        Reason reason = Reason.of(known.evidence(), known.detail(), e.name());
        List<Long> own = catalog.productsOf(e);
        if (!own.isEmpty()) {
            return choose(own, n, MatchKind.KNOWLEDGE, KNOWN, reason, e);
        }
        List<Long> suites = new ArrayList<>();
        String suiteName = null;
        for (String s : e.partOf()) {
            List<Long> ps = catalog.productsOf(kb.entry(s));
            suites.addAll(ps);
            suiteName = suiteName == null && !ps.isEmpty() ? s : suiteName;
        }
        if (!suites.isEmpty()) {
            return choose(suites, n, MatchKind.KNOWLEDGE, SUITE, reason.partOf(suiteName), e);
        }
        if (e.hidden()) {
            return Recognition.ignored(reason.hidden(e.kind()), e);
        }
        Set<Long> otherSoftware = new HashSet<>();
        catalog.entryOf.forEach((id, entry) -> {
            if (entry != e) {
                otherSoftware.add(id);
            }
        });
        // the knowledge base knows who publishes it: a product of another publisher is a weak suggestion
        return Recognition.unknown(e, similarity.suggest(n, kb.publisherWord(e), otherSoftware, KNOWN_ELSEWHERE_CAP));
    }

    /**
     * Nothing knows the name: suggestions by shared words. A Linux package nothing suggests is taken for part of the
     * distribution (a desktop lists a few thousand of them) and hidden.
     */
    private Recognition unidentified(Observed o, Normalized n) {
        List<Suggestion> suggestions = similarity.suggest(n, vendorOf(o, n), Set.of(), UNIDENTIFIED_CAP);
        if (suggestions.isEmpty() && o.source().isPackage()) {
            return Recognition.ignored(Reason.of(Evidence.DISTRIBUTION_PACKAGE, o.name(), null).hidden("system"), null);
        }
        return Recognition.unknown(null, suggestions);
    }

    /**
     * One product: a match, unless its name carries another version than the application's. Several: the one whose
     * version the application carries, else suggestions.
     */
    private Recognition choose(List<Long> products, Normalized n, MatchKind kind, double confidence, Reason reason,
                               KnowledgeEntry known) {
        List<Long> sameVersion = products.stream().filter(id -> agrees(id, n)).toList();
        List<Long> pick = products.size() == 1 ? products : sameVersion.size() == 1 ? sameVersion : List.of();
        if (pick.size() == 1 && !conflicts(pick.get(0), n)) {
            CatalogProduct p = catalog.byId.get(pick.get(0));
            return Recognition.matched(kind, p, confidence, withProduct(reason, p), known);
        }
        List<Suggestion> out = new ArrayList<>();
        for (long id : products) {
            CatalogProduct p = catalog.byId.get(id);
            double c = conflicts(id, n) ? OTHER_VERSION : AMBIGUOUS;
            out.add(new Suggestion(id, p.name(), agrees(id, n) ? c + 0.05 : c, withProduct(reason, p)));
        }
        out.sort((a, b) -> Double.compare(b.confidence(), a.confidence()));
        return Recognition.unknown(known, out.size() > Similarity.MAX ? out.subList(0, Similarity.MAX) : out);
    }

    private static Reason withProduct(Reason r, CatalogProduct p) {
        return r.software() != null ? r : new Reason(r.evidence(), r.detail(), p.name(), r.suite(), r.hiddenKind());
    }

    /** The product's name carries a number the application's also carries (a year, a major version). */
    private boolean agrees(long id, Normalized n) {
        Set<String> own = catalog.numbers.getOrDefault(id, Set.of());
        return !own.isEmpty() && own.stream().anyMatch(n.numbers()::contains);
    }

    /** Both carry numbers, and none in common: "Office Professional Plus 2016" is not a 2019 license. */
    private boolean conflicts(long id, Normalized n) {
        Set<String> own = catalog.numbers.getOrDefault(id, Set.of());
        return !own.isEmpty() && !n.numbers().isEmpty() && own.stream().noneMatch(n.numbers()::contains);
    }

    private boolean sameVendor(long id, String vendor) {
        String pub = catalog.publisherWords.getOrDefault(id, "");
        return pub.isEmpty() || pub.equals(vendor);
    }

    private String vendorOf(Observed o, Normalized n) {
        if (n.vendor() != null) {
            return n.vendor();
        }
        if (o.publisher() != null) {
            String w = CatalogIndex.publisherWord(normalizer, o.publisher());
            return w.isEmpty() ? null : w;
        }
        if (o.bundleId() != null) {
            String[] parts = o.bundleId().toLowerCase(java.util.Locale.ROOT).split("\\.");
            return parts.length > 2 ? parts[1] : null;
        }
        return null;
    }
}
