package dev.seatledger.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.core.document.corpus.Corpus;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The committed corpus is what the brief of the recognisers promises: at least 60 real files (PDF, Word, text and
 * e-mail, checked by their first bytes), each with its expected terms, in four languages.
 */
class CorpusFilesTest {

    @Test
    void atLeastSixtyRealDocumentsInEveryFormatAndLanguageEachWithExpectedTerms() throws Exception {
        List<Corpus.Document> all = new ArrayList<>();
        for (String batch : List.of("batch1", "heldout", "heldout2", "heldout3")) {
            all.addAll(Corpus.batch(batch));
        }
        assertThat(all).hasSizeGreaterThanOrEqualTo(60);
        assertThat(Corpus.batch("heldout").size() + Corpus.batch("heldout2").size()).isGreaterThanOrEqualTo(15);
        for (Corpus.Document d : all) {
            byte[] head = Files.readAllBytes(d.file());
            String name = d.name();
            String start = new String(head, 0, Math.min(8, head.length), java.nio.charset.StandardCharsets.ISO_8859_1);
            if (name.endsWith(".pdf")) {
                assertThat(start).as(name).startsWith("%PDF-");
            } else if (name.endsWith(".docx")) {
                assertThat(start).as(name).startsWith("PK\u0003\u0004");
            } else if (name.endsWith(".eml")) {
                assertThat(new String(head, java.nio.charset.StandardCharsets.UTF_8)).as(name).contains("MIME-Version: 1.0");
            } else {
                assertThat(name).endsWith(".txt");
            }
            assertThat(d.expected()).as(name + " expected terms").containsKeys("product", "seats", "total");
        }
        Set<String> kinds = all.stream().map(d -> d.name().substring(d.name().lastIndexOf('.') + 1))
            .collect(Collectors.toSet());
        assertThat(kinds).contains("pdf", "docx", "txt", "eml");
        Set<String> languages = all.stream().map(d -> d.name().substring(0, 2)).collect(Collectors.toSet());
        assertThat(languages).contains("en", "de", "fr", "nl");
    }
}
