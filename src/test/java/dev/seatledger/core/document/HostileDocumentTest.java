package dev.seatledger.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.seatledger.core.ai.ChatClient;
import dev.seatledger.core.common.BusinessRuleException;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.document.extract.ContractExtractor;
import dev.seatledger.core.document.extract.ContractField;
import dev.seatledger.core.document.extract.ContractFile;
import dev.seatledger.core.document.extract.ContractRules;
import dev.seatledger.core.document.extract.Extraction;
import dev.seatledger.core.document.extract.Proposal;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile contract files and what each must produce: a scan without a text layer, random bytes, an encrypted PDF,
 * an empty file, an XML external entity, a zip bomb, deep nesting, a huge line. Seeded damage to real PDFs, Word
 * files and e-mails either gives exactly the message for that type, or text whose proposals are the intact
 * document's values, never a different value, a crash or a hang.
 */
class HostileDocumentTest {
    private static final long SEED = 20261128L;
    private static int cases;
    private static int read;

    @TempDir Path dir;

    @AfterAll
    static void report() {
        System.out.println("HostileDocumentTest: " + cases + " damaged documents, " + read + " still read");
    }

    private Path file(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private static Extraction rulesOnly(Path file) {
        return new ContractFile(new ContractExtractor(ChatClient.NONE)).read(file);
    }

    @Test
    void aScanSaysItHasNoTextLayerInOneSentence() throws Exception {
        Path scan = TestFiles.scannedPdf(dir.resolve("scan.pdf"));
        assertThatThrownBy(() -> rulesOnly(scan)).isInstanceOf(BusinessRuleException.class)
            .hasMessage(Messages.get("extract.pdf.noText", "scan.pdf"))
            .hasMessage("This PDF has no text layer (scanned?): scan.pdf contains only images, so no terms can be read "
                + "from it.");
    }

    @Test
    void randomBytesSayWhatTheyAreNotOrReadAsNoTerms() throws Exception {
        byte[] noise = new byte[8192];
        new Random(SEED).nextBytes(noise);
        Path pdf = file("noise.pdf", noise);
        assertThatThrownBy(() -> DocumentText.read(pdf, "noise.pdf")).hasMessage("noise.pdf is damaged or not a readable PDF.");
        assertThatThrownBy(() -> rulesOnly(pdf)).isInstanceOf(BusinessRuleException.class).hasMessageContaining("noise.pdf");
        Path txt = file("noise.txt", noise);
        assertThatThrownBy(() -> rulesOnly(txt)).hasMessage(Messages.get("document.type.mismatch", "noise.txt", "TXT"));
        byte[] printable = new byte[8192];
        Random r = new Random(SEED);
        for (int i = 0; i < printable.length; i++) {
            printable[i] = (byte) (33 + r.nextInt(94));
        }
        Extraction ex = rulesOnly(file("printable.txt", printable));
        assertThat(ex.proposals()).as("random characters state no terms").isEmpty();
        assertThat(Messages.get("extract.nothing", "printable.txt")).isEqualTo("No license terms were found in printable.txt.");
    }

    @Test
    void lockedEmptyImageAndTermlessFilesGiveTheirMessage() throws Exception {
        Path locked = TestFiles.encryptedPdf(dir.resolve("locked.pdf"), List.of("Total: EUR 100.00"));
        assertThatThrownBy(() -> rulesOnly(locked)).hasMessage(Messages.get("extract.pdf.encrypted", "locked.pdf"));
        Path empty = file("empty.docx", new byte[0]);
        assertThatThrownBy(() -> DocumentText.read(empty, "empty.docx")).hasMessage("empty.docx is empty.");
        Path png = file("photo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        assertThatThrownBy(() -> DocumentText.read(png, "photo.png")).hasMessage(Messages.get("extract.image", "photo.png"));
        Path menu = TestFiles.pdf(dir.resolve("menu.pdf"), List.of("Friday lunch menu", "Soup of the day and bread",
            "Dessert: apple pie"));
        assertThat(rulesOnly(menu).proposals()).isEmpty();
    }

    @Test
    void hostileXmlAndArchivesAreRefusedAsDamagedWordFiles() throws Exception {
        Path xxe = file("xxe.docx", zip("word/document.xml", ("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM"
            + " \"file:///etc/passwd\">]><w:document xmlns:w=\"w\"><w:t>&x;</w:t></w:document>").getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> DocumentText.read(xxe, "xxe.docx")).hasMessage(Messages.get("extract.docx.damaged", "xxe.docx"));
        Path bomb = file("bomb.docx", zip("word/document.xml", new byte[64 * 1024 * 1024]));
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThatThrownBy(() -> DocumentText.read(bomb, "bomb.docx"))
            .hasMessage(Messages.get("extract.docx.damaged", "bomb.docx")));
        Path deep = file("deep.docx", zip("word/document.xml", ("<w:document xmlns:w=\"w\">" + "<w:p>".repeat(200_000))
            .getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> DocumentText.read(deep, "deep.docx")).hasMessage(Messages.get("extract.docx.damaged", "deep.docx"));
        Path noBody = file("nobody.docx", zip("word/styles.xml", "<w:styles/>".getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> DocumentText.read(noBody, "nobody.docx")).hasMessage(Messages.get("extract.docx.damaged",
            "nobody.docx"));
    }

    @Test
    void nestedMailAndHugeLinesEndQuicklyWithoutTerms() throws Exception {
        StringBuilder nested = new StringBuilder("Subject: x\nContent-Type: multipart/mixed; boundary=b0\n\n");
        for (int i = 1; i < 3000; i++) {
            nested.append("--b").append(i - 1).append("\nContent-Type: multipart/mixed; boundary=b").append(i).append("\n\n");
        }
        Path eml = file("nested.eml", nested.toString().getBytes(StandardCharsets.US_ASCII));
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            List<Proposal> p = ContractRules.propose(DocumentText.read(eml, "nested.eml"));
            assertThat(p).isEmpty();
        });
        String line = "Total: EUR " + "9".repeat(3_000_000) + " notice " + "(".repeat(100_000);
        assertTimeoutPreemptively(Duration.ofSeconds(30), () ->
            assertThat(ContractRules.propose(line)).extracting(Proposal::field).doesNotContain(ContractField.TOTAL_PRICE));
    }

    @Test
    void damagedPdfsAreReadAsTheOriginalOrRefusedAsDamaged() throws IOException {
        Path valid = TestFiles.pdf(dir.resolve("valid.pdf"), TestFiles.lines("acme-crm-order-form.txt"));
        damaged(valid, "contract.pdf", Set.of(Messages.get("extract.pdf.damaged", "contract.pdf"),
            Messages.get("extract.pdf.noText", "contract.pdf"), Messages.get("extract.noText", "contract.pdf")));
    }

    @Test
    void damagedWordFilesAreReadAsTheOriginalOrRefusedAsDamaged() throws IOException {
        Path valid = TestFiles.docx(dir.resolve("valid.docx"), TestFiles.lines("thames-analytics-quote.txt"));
        damaged(valid, "quote.docx", Set.of(Messages.get("extract.docx.damaged", "quote.docx"),
            Messages.get("extract.noText", "quote.docx")));
    }

    @Test
    void damagedMailIsReadAsTheOriginalOrRefusedAsDamaged() throws IOException {
        Path valid = TestFiles.eml(dir.resolve("valid.eml"), "Quote", TestFiles.lines("nordlicht-rahmenvertrag.txt"));
        damaged(valid, "offer.eml", Set.of(Messages.get("extract.eml.damaged", "offer.eml"),
            Messages.get("extract.noText", "offer.eml")));
    }

    /** Each mutation either reads to a subset of the intact proposals (same values) or gives one of the messages. */
    private void damaged(Path valid, String name, Set<String> messages) throws IOException {
        Map<ContractField, Object> intact = values(DocumentText.read(valid, name));
        assertThat(intact).isNotEmpty();
        for (byte[] b : mutations(Files.readAllBytes(valid))) {
            cases++;
            Path f = file("case-" + cases + "-" + name, b);
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                try {
                    Map<ContractField, Object> v = values(DocumentText.read(f, name));
                    read++;
                    v.forEach((field, value) -> assertThat(value).as(name + " case " + cases + " " + field)
                        .isEqualTo(intact.get(field)));
                } catch (BusinessRuleException e) {
                    assertThat(messages).as(name + " case " + cases).contains(e.getMessage());
                }
            }, name + " case " + cases);
        }
    }

    private static Map<ContractField, Object> values(dev.seatledger.core.document.layout.DocumentLayout layout) {
        return ContractRules.propose(layout).stream().filter(p -> p.confidence() >= Proposal.SURE)
            .collect(Collectors.toMap(Proposal::field, Proposal::value));
    }

    private List<byte[]> mutations(byte[] valid) {
        Random rnd = new Random(SEED);
        List<byte[]> out = new ArrayList<>();
        for (int cut = 1; cut < valid.length; cut += Math.max(1, valid.length / 12)) {
            out.add(Arrays.copyOf(valid, cut));
        }
        for (int i = 0; i < 12; i++) {
            byte[] b = valid.clone();
            for (int k = 0; k < 1 + rnd.nextInt(16); k++) {
                b[rnd.nextInt(b.length)] = (byte) rnd.nextInt(256);
            }
            out.add(b);
        }
        byte[] nul = valid.clone();
        for (int i = valid.length / 2; i < Math.min(valid.length, valid.length / 2 + 512); i++) {
            nul[i] = 0;
        }
        out.add(nul);
        return out;
    }

    private static byte[] zip(String entry, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content);
        }
        return out.toByteArray();
    }
}
