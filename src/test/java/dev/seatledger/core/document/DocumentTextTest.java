package dev.seatledger.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seatledger.core.common.BusinessRuleException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentTextTest {
    @TempDir Path dir;

    @Test
    void readsTheTextLayerOfAGeneratedPdf() throws Exception {
        Path pdf = TestFiles.pdf(dir.resolve("order.pdf"), TestFiles.lines("acme-crm-order-form.txt"));
        String text = DocumentText.extract(pdf, "order.pdf");
        assertThat(text).contains("Acme CRM Enterprise", "ninety (90) days", "$135,000.00");
    }

    @Test
    void scannedPdfSaysItHasNoTextLayer() throws Exception {
        Path pdf = TestFiles.scannedPdf(dir.resolve("scan.pdf"));
        assertThatThrownBy(() -> DocumentText.extract(pdf, "scan.pdf"))
            .isInstanceOf(BusinessRuleException.class)
            .hasMessageStartingWith("This PDF has no text layer (scanned?)")
            .hasMessageContaining("scan.pdf");
    }

    @Test
    void readsWordAndEmailDocuments() throws Exception {
        List<String> lines = TestFiles.lines("thames-analytics-quote.txt");
        assertThat(DocumentText.extract(TestFiles.docx(dir.resolve("quote.docx"), lines), "quote.docx"))
            .contains("Grand total: £24,000.00", "Renewal date: 31/03/2027");
        String mail = DocumentText.extract(TestFiles.eml(dir.resolve("quote.eml"), "Your quotation", lines), "quote.eml");
        assertThat(mail).startsWith("Your quotation").contains("60 days' written notice").doesNotContain("<p>");
    }

    @Test
    void textFilesAreReadAsUtf8WithOrWithoutBom() throws Exception {
        Path txt = dir.resolve("a.txt");
        Files.write(txt, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xE2, (byte) 0x82, (byte) 0xAC, '5'});
        assertThat(DocumentText.extract(txt, "a.txt")).isEqualTo("€5");
    }

    @Test
    void hostileInputGivesAClearMessageNeverACrash() throws Exception {
        Path random = dir.resolve("random.pdf");
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        Files.write(random, noise);
        assertThatThrownBy(() -> DocumentText.extract(random, "random.pdf"))
            .isInstanceOf(BusinessRuleException.class).hasMessage("random.pdf is damaged or not a readable PDF.");

        Path whole = TestFiles.pdf(dir.resolve("whole.pdf"), TestFiles.lines("alpen-secure-agreement.txt"));
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = dir.resolve("truncated.pdf");
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 3));
        assertThatThrownBy(() -> DocumentText.extract(truncated, "truncated.pdf"))
            .isInstanceOf(BusinessRuleException.class);

        Path empty = Files.createFile(dir.resolve("empty.pdf"));
        assertThatThrownBy(() -> DocumentText.extract(empty, "empty.pdf"))
            .isInstanceOf(BusinessRuleException.class).hasMessage("empty.pdf is empty.");

        Path locked = TestFiles.encryptedPdf(dir.resolve("locked.pdf"), List.of("Total: EUR 100.00"));
        assertThatThrownBy(() -> DocumentText.extract(locked, "locked.pdf"))
            .isInstanceOf(BusinessRuleException.class)
            .hasMessage("locked.pdf is password-protected or forbids copying its text; save an unprotected copy and attach that.");

        Path badDocx = dir.resolve("bad.docx");
        Files.write(badDocx, Arrays.copyOf(Files.readAllBytes(
            TestFiles.docx(dir.resolve("ok.docx"), List.of("x"))), 40));
        assertThatThrownBy(() -> DocumentText.extract(badDocx, "bad.docx"))
            .isInstanceOf(BusinessRuleException.class).hasMessage("bad.docx is damaged or not a readable Word document.");

        Path xxe = dir.resolve("xxe.docx");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(xxe))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<d><t>&x;</t></d>").getBytes());
        }
        assertThatThrownBy(() -> DocumentText.extract(xxe, "xxe.docx"))
            .isInstanceOf(BusinessRuleException.class).hasMessageContaining("xxe.docx");

        Path png = dir.resolve("photo.png");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        assertThatThrownBy(() -> DocumentText.extract(png, "photo.png"))
            .isInstanceOf(BusinessRuleException.class).hasMessageStartingWith("photo.png is an image");
    }
}
