package dev.seatledger.core.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped knowledge base: its size, that every entry is complete, and that no two entries claim one name. */
class KnowledgeBaseTest {
    private final KnowledgeBase kb = KnowledgeFiles.shipped().current();

    @Test
    void holdsAtLeastThreeHundredPaidAndTwoHundredFreeItems() {
        long paid = kb.entries().stream().filter(KnowledgeEntry::paid).count();
        long free = kb.entries().size() - paid;
        System.out.printf(Locale.ROOT, "Knowledge base: %d paid, %d free/system/runtime entries, indexes %s%n", paid, free,
            kb.sizes());
        assertThat(paid).isGreaterThanOrEqualTo(300);
        assertThat(free).isGreaterThanOrEqualTo(200);
    }

    @Test
    void everyPaidEntryHasAPublisherCategoryAndAWayToBeRecognized() {
        for (KnowledgeEntry e : kb.entries()) {
            assertThat(e.publisher()).as(e.name()).isNotBlank();
            assertThat(e.category()).as(e.name()).isNotBlank();
            if (e.paid()) {
                assertThat(e.website()).as("website of " + e.name()).startsWith("https://");
            }
            e.partOf().forEach(s -> assertThat(kb.entry(s)).as(e.name() + " is part of " + s).isNotNull());
        }
    }

    @Test
    void offersPaidEntriesAsANameIsTyped() {
        assertThat(kb.startingWith("slac", 5)).extracting(KnowledgeEntry::name).contains("Slack");
        assertThat(kb.startingWith("jetbrains", 30)).extracting(KnowledgeEntry::name)
            .contains("IntelliJ IDEA Ultimate", "PyCharm Professional").doesNotContain("IntelliJ IDEA Community Edition");
        KnowledgeEntry figma = kb.startingWith("Figm", 1).get(0);
        assertThat(figma.publisher()).isEqualTo("Figma");
        assertThat(figma.category()).isEqualTo("Design");
        assertThat(figma.website()).isEqualTo("https://www.figma.com/");
        assertThat(kb.startingWith(" ", 5)).isEmpty();
    }

    @Test
    void noTwoEntriesClaimTheSameNameOrIdentifier() {
        NameNormalizer n = kb.normalizer();
        Map<String, String> owners = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (KnowledgeEntry e : kb.entries()) {
            List<String> keys = new ArrayList<>();
            keys.add(n.normalize(e.name()).full());
            e.names().forEach(x -> keys.add(n.normalize(x).full()));
            e.sso().forEach(x -> keys.add(n.normalize(x).full()));
            e.bundleIds().forEach(x -> keys.add("bundle:" + x.toLowerCase(Locale.ROOT)));
            e.deb().forEach(x -> keys.add("package:" + x));
            e.rpm().forEach(x -> keys.add("package:" + x));
            for (String k : keys.stream().distinct().toList()) {
                String before = owners.putIfAbsent(k, e.name());
                if (before != null && !before.equals(e.name())) {
                    clashes.add(k + " (" + before + " / " + e.name() + ")");
                }
            }
        }
        assertThat(clashes).isEmpty();
    }
}
