package dev.seatledger.core.recognition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The software SeatLedger knows, indexed by every way it is named: bundle ids, package names, display names and
 * their patterns, the names sign-in consoles use. Identifies an observed application in a few map look-ups; the
 * patterns are tried only for the names whose first word one of them starts with.
 */
public final class KnowledgeBase {
    private static final Pattern PACKAGE_NAME = Pattern.compile("[a-z0-9][a-z0-9.+_-]*");

    private final List<KnowledgeEntry> entries;
    private final Vocabulary words;
    private final NameNormalizer normalizer;
    private final Map<String, KnowledgeEntry> byCanonical = new HashMap<>();
    private final Map<String, Identified> byName = new HashMap<>();
    private final Map<String, KnowledgeEntry> byBundle = new HashMap<>();
    private final Map<String, KnowledgeEntry> byPackage = new HashMap<>();
    private final List<TextPattern> bundlePatterns = new ArrayList<>();
    private final List<TextPattern> packagePatterns = new ArrayList<>();
    private final Map<String, List<WordPattern>> namePatterns = new HashMap<>();
    private final List<WordPattern> openNamePatterns = new ArrayList<>();
    private final Map<String, List<NamedWords>> byPublisher = new HashMap<>();

    /** Entries earlier in the list win where two claim the same identifier. */
    public KnowledgeBase(List<KnowledgeEntry> entries, Vocabulary words) {
        this.entries = List.copyOf(entries);
        this.words = words;
        Set<String> vendors = new LinkedHashSet<>(words.vendorPrefixes());
        this.normalizer = new NameNormalizer(vendors);
        for (KnowledgeEntry e : this.entries) {
            byCanonical.putIfAbsent(e.name().toLowerCase(Locale.ROOT), e);
            indexIdentifiers(e);
            indexName(e.name(), e, Evidence.DISPLAY_NAME);
            e.names().forEach(n -> indexName(n, e, Evidence.DISPLAY_NAME));
            e.sso().forEach(n -> indexName(n, e, Evidence.SSO_NAME));
            e.windows().forEach(n -> indexName(n, e, Evidence.DISPLAY_NAME));
        }
        for (KnowledgeEntry e : this.entries) {
            List<String> all = new ArrayList<>(e.names());
            all.add(0, e.name());
            all.forEach(n -> indexDerived(n, e));
            String pub = publisherWord(e);
            for (String n : all) {
                List<String> named = normalizer.normalize(n).tokens();
                if (!named.isEmpty() && named.stream().noneMatch(Glob::isGlob)) {
                    byPublisher.computeIfAbsent(pub, k -> new ArrayList<>()).add(new NamedWords(e, Set.copyOf(named)));
                }
            }
        }
    }

    /**
     * The entry of this publisher whose name's words a catalog name holds, the longest such name winning, so that
     * "CrowdStrike Falcon Insight XDR" is CrowdStrike Falcon and "Zoom Rooms Pro" Zoom Rooms; null when none, or when
     * two entries tie. The catalog name's other words may not be edition or component words ("PyCharm Community" is
     * not PyCharm Professional).
     */
    KnowledgeEntry containedIn(List<String> catalogWords, String publisherWord) {
        KnowledgeEntry best = null;
        int size = 0;
        boolean tie = false;
        Set<String> have = Set.copyOf(catalogWords);
        for (NamedWords n : byPublisher.getOrDefault(publisherWord, List.of())) {
            if (!have.containsAll(n.words()) || n.words().size() < size) {
                continue;
            }
            boolean otherEdition = have.stream().anyMatch(w -> !n.words().contains(w)
                && (words.editionWords().contains(w) || words.componentWords().contains(w)));
            if (otherEdition) {
                continue;
            }
            if (n.words().size() > size) {
                best = n.entry();
                size = n.words().size();
                tie = false;
            } else if (n.entry() != best) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    public List<KnowledgeEntry> entries() {
        return entries;
    }

    public Vocabulary words() {
        return words;
    }

    public NameNormalizer normalizer() {
        return normalizer;
    }

    /** The entry of this canonical name (any case), or null. */
    public KnowledgeEntry entry(String canonicalName) {
        return canonicalName == null ? null : byCanonical.get(canonicalName.toLowerCase(Locale.ROOT));
    }

    /** The entry a normalised name is the name of, or null: used for catalog names. */
    Identified byName(String normalizedFull) {
        return byName.get(normalizedFull);
    }

    /** What the application is, by its strongest identity: bundle id, package, display or sign-in name, pattern. */
    public Identified identify(Observed o, Normalized n) {
        if (o.bundleId() != null && !o.bundleId().isBlank()) {
            String bundle = o.bundleId().strip().toLowerCase(Locale.ROOT);
            KnowledgeEntry e = byBundle.get(bundle);
            if (e == null) {
                e = firstMatch(bundlePatterns, bundle);
            }
            if (e != null) {
                return new Identified(e, Evidence.BUNDLE_ID, o.bundleId().strip());
            }
        }
        String raw = o.name() == null ? "" : o.name().strip();
        if (o.source().isPackage() || PACKAGE_NAME.matcher(raw).matches() && raw.equals(raw.toLowerCase(Locale.ROOT))) {
            KnowledgeEntry e = byPackage.get(raw);
            if (e == null && o.source().isPackage()) {
                e = firstMatch(packagePatterns, raw);
            }
            if (e != null) {
                return new Identified(e, Evidence.PACKAGE, raw);
            }
        }
        if (n.isEmpty()) {
            return null;
        }
        Identified hit = byName.get(n.full());
        if (hit == null && n.vendor() != null) {
            Identified core = byName.get(n.core());
            hit = core != null && n.vendor().equals(publisherWord(core.entry())) ? core : null;
        }
        if (hit != null) {
            return o.source() == Source.SSO && hit.evidence() == Evidence.DISPLAY_NAME
                ? new Identified(hit.entry(), Evidence.SSO_NAME, raw) : new Identified(hit.entry(), hit.evidence(), raw);
        }
        WordPattern p = firstMatch(namePatterns.getOrDefault(n.tokens().get(0), List.of()), n.tokens());
        if (p == null) {
            p = firstMatch(openNamePatterns, n.tokens());
        }
        return p == null ? null : new Identified(p.entry(), Evidence.DISPLAY_NAME_PATTERN, p.text());
    }

    /** Paid entries whose name or publisher starts with (then contains) what is typed, for pickers. */
    public List<KnowledgeEntry> startingWith(String typed, int limit) {
        String t = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return List.of();
        }
        List<KnowledgeEntry> first = new ArrayList<>();
        List<KnowledgeEntry> then = new ArrayList<>();
        for (KnowledgeEntry e : entries) {
            String name = e.name().toLowerCase(Locale.ROOT);
            if (!e.paid()) {
                continue;
            }
            if (name.startsWith(t) || e.publisher().toLowerCase(Locale.ROOT).startsWith(t)) {
                first.add(e);
            } else if (name.contains(t)) {
                then.add(e);
            }
        }
        first.addAll(then);
        return Collections.unmodifiableList(first.subList(0, Math.min(limit, first.size())));
    }

    String publisherWord(KnowledgeEntry e) {
        return CatalogIndex.publisherWord(normalizer, e.publisher());
    }

    private void indexIdentifiers(KnowledgeEntry e) {
        for (String b : e.bundleIds()) {
            String k = b.strip().toLowerCase(Locale.ROOT);
            if (Glob.isGlob(k)) {
                bundlePatterns.add(new TextPattern(Glob.of(k), e));
            } else {
                byBundle.putIfAbsent(k, e);
            }
        }
        List<String> packages = new ArrayList<>(e.deb());
        packages.addAll(e.rpm());
        for (String p : packages) {
            String k = p.strip().toLowerCase(Locale.ROOT);
            if (Glob.isGlob(k)) {
                packagePatterns.add(new TextPattern(Glob.of(k), e));
            } else {
                byPackage.putIfAbsent(k, e);
            }
        }
    }

    private void indexName(String name, KnowledgeEntry e, Evidence evidence) {
        Normalized n = normalizer.normalize(name);
        if (n.isEmpty()) {
            return;
        }
        if (!n.tokens().stream().anyMatch(Glob::isGlob)) {
            byName.putIfAbsent(n.full(), new Identified(e, evidence, name));
            return;
        }
        WordPattern p = new WordPattern(n.tokens().stream().map(Glob::of).toList(), name, e);
        String first = n.tokens().get(0);
        if (Glob.isGlob(first)) {
            openNamePatterns.add(p);
        } else {
            namePatterns.computeIfAbsent(first, k -> new ArrayList<>()).add(p);
        }
    }

    /** The name with its publisher before it, and without it when what is left is distinctive enough. */
    private void indexDerived(String name, KnowledgeEntry e) {
        Normalized n = normalizer.normalize(name);
        if (n.isEmpty() || n.tokens().stream().anyMatch(Glob::isGlob)) {
            return;
        }
        String pub = publisherWord(e);
        String full = n.full();
        if (pub.isEmpty()) {
            return;
        }
        if (!full.equals(pub) && !full.startsWith(pub + " ")) {
            byName.putIfAbsent(pub + " " + full, new Identified(e, Evidence.DISPLAY_NAME, name));
        } else if (full.startsWith(pub + " ")) {
            String rest = full.substring(pub.length() + 1);
            if (rest.indexOf(' ') > 0 || rest.length() >= 6) {
                byName.putIfAbsent(rest, new Identified(e, Evidence.DISPLAY_NAME, name));
            }
        }
    }

    private static KnowledgeEntry firstMatch(List<TextPattern> patterns, String text) {
        for (TextPattern p : patterns) {
            if (p.pattern().matchesText(text)) {
                return p.entry();
            }
        }
        return null;
    }

    private static WordPattern firstMatch(List<WordPattern> patterns, List<String> words) {
        for (WordPattern p : patterns) {
            if (Glob.matchesWords(p.words(), words)) {
                return p;
            }
        }
        return null;
    }

    /** An entry found, with the fact that found it ("bundle id", "com.jetbrains.intellij"). */
    public record Identified(KnowledgeEntry entry, Evidence evidence, String detail) {
    }

    private record TextPattern(Glob pattern, KnowledgeEntry entry) {
    }

    private record NamedWords(KnowledgeEntry entry, Set<String> words) {
    }

    private record WordPattern(List<Glob> words, String text, KnowledgeEntry entry) {
    }

    /** For tests and diagnostics: how many names each kind of index holds. */
    Map<String, Integer> sizes() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("names", byName.size());
        m.put("bundleIds", byBundle.size() + bundlePatterns.size());
        m.put("packages", byPackage.size() + packagePatterns.size());
        return m;
    }
}
