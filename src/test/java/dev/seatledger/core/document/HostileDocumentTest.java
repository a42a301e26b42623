package dev.seatledger.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.seatledger.core.common.BusinessRuleException;
import dev.seatledger.core.document.extract.ContractRules;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded hostile contracts through text extraction and the term rules: truncated and bit-flipped PDFs, Word files
 * and e-mails, NUL bytes, an XML external entity, a zip bomb, deeply nested MIME and a huge single line. Each case
 * either yields text the rules read, or a message naming the file; never a crash or a hang.
 */
class HostileDocumentTest {
    private static final long SEED = 20261128L;
    private static int cases;

    @TempDir Path dir;

    @AfterAll
    static void report() {
        System.out.println("HostileDocumentTest: " + cases + " hostile documents run");
    }

    private List<byte[]> mutations(byte[] valid) {
        Random rnd = new Random(SEED);
        List<byte[]> out = new ArrayList<>();
        for (int cut = 1; cut < valid.length; cut += Math.max(1, valid.length / 25)) {
            out.add(Arrays.copyOf(valid, cut));
        }
        for (int i = 0; i < 25; i++) {
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
        byte[] tail = new byte[2_000_000];
        rnd.nextBytes(tail);
        byte[] garbageTail = Arrays.copyOf(valid, valid.length + tail.length);
        System.arraycopy(tail, 0, garbageTail, valid.length, tail.length);
        out.add(garbageTail);
        return out;
    }

    private void survives(String fileName, byte[] content) throws IOException {
        cases++;
        Path file = dir.resolve("case-" + cases + "-" + fileName);
        Files.write(file, content);
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try {
                String text = DocumentText.extract(file, fileName);
                assertThat(ContractRules.propose(text)).isNotNull();
            } catch (BusinessRuleException e) {
                assertThat(e.getMessage()).as("the message names the file").contains(fileName);
            }
        }, fileName + " case " + cases);
    }

    @Test
    void damagedPdfsGiveAMessageNamingTheFile() throws IOException {
        byte[] pdf = Files.readAllBytes(TestFiles.pdf(dir.resolve("valid.pdf"), TestFiles.lines("acme-crm-order-form.txt")));
        for (byte[] b : mutations(pdf)) {
            survives("contract.pdf", b);
        }
        survives("contract.pdf", ("%PDF-1.7\n" + "1 0 obj << /Kids [".repeat(20_000)).getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void damagedWordFilesAndHostileXmlGiveAMessage() throws IOException {
        byte[] docx = Files.readAllBytes(TestFiles.docx(dir.resolve("valid.docx"), TestFiles.lines("thames-analytics-quote.txt")));
        for (byte[] b : mutations(docx)) {
            survives("quote.docx", b);
        }
        survives("xxe.docx", zip("word/document.xml", ("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM"
            + " \"file:///etc/passwd\">]><w:document xmlns:w=\"w\"><w:t>&x;</w:t></w:document>").getBytes(StandardCharsets.UTF_8)));
        byte[] bomb = new byte[64 * 1024 * 1024];
        survives("bomb.docx", zip("word/document.xml", bomb));
        String deep = "<w:p>".repeat(200_000);
        survives("deep.docx", zip("word/document.xml", ("<w:document xmlns:w=\"w\">" + deep).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void damagedMailAndTextGiveTextOrAMessage() throws IOException {
        byte[] eml = Files.readAllBytes(TestFiles.eml(dir.resolve("valid.eml"), "Quote", TestFiles.lines("nordlicht-rahmenvertrag.txt")));
        for (byte[] b : mutations(eml)) {
            survives("offer.eml", b);
        }
        StringBuilder nested = new StringBuilder("Content-Type: multipart/mixed; boundary=b0\n\n");
        for (int i = 1; i < 3000; i++) {
            nested.append("--b").append(i - 1).append("\nContent-Type: multipart/mixed; boundary=b").append(i).append("\n\n");
        }
        survives("nested.eml", nested.toString().getBytes(StandardCharsets.US_ASCII));
        survives("line.txt", ("Total: EUR " + "9".repeat(3_000_000) + " notice " + "(".repeat(100_000))
            .getBytes(StandardCharsets.UTF_8));
        survives("nul.txt", new byte[1_000_000]);
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
