package dev.seatledger.core.document;

import dev.seatledger.core.common.BusinessRuleException;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.document.layout.DocumentLayout;
import dev.seatledger.core.document.layout.PdfLayoutReader;
import dev.seatledger.core.document.layout.RawLine;
import dev.seatledger.core.document.layout.WordLayoutReader;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParserFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.xml.sax.SAXException;

/**
 * The text of a document laid out in lines, cells, blocks and headings: PDF (PDFBox text positions), DOCX
 * (word/document.xml), TXT and EML (text parts). Every failure (encrypted, damaged, scanned, image) becomes a
 * {@link BusinessRuleException} naming the file; nothing crashes.
 */
public final class DocumentText {
    /** Unpacked size limit for word/document.xml: a defence against zip bombs. */
    static final long DOCX_XML_MAX = 40L * 1024 * 1024;

    private DocumentText() {
    }

    /** A PDF with fewer letters than this and an image on a page is a scan without a text layer. */
    static final int SCAN_LETTERS = 20;

    /** The document's text, one line per line (cells separated by two spaces). */
    public static String extract(Path file, String fileName) {
        return read(file, fileName).text();
    }

    public static DocumentLayout read(Path file, String fileName) {
        DocumentTypes type = DocumentTypes.byExtension(fileName).orElseThrow(() ->
            new BusinessRuleException(Messages.get("document.type.unsupported", fileName)));
        try {
            if (Files.size(file) == 0) {
                throw new BusinessRuleException(Messages.get("document.empty", fileName));
            }
            return switch (type) {
                case PDF -> pdf(file, fileName);
                case DOCX -> docx(file, fileName);
                case TXT -> DocumentLayout.ofText(text(Files.readAllBytes(file)));
                case EML -> eml(file, fileName);
                case PNG, JPEG -> throw new BusinessRuleException(Messages.get("extract.image", fileName));
            };
        } catch (IOException e) {
            throw new BusinessRuleException(Messages.get("document.readFailed", fileName, e.getMessage()));
        }
    }

    static DocumentLayout pdf(Path file, String fileName) {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
                throw new BusinessRuleException(Messages.get("extract.pdf.encrypted", fileName));
            }
            DocumentLayout layout = DocumentLayout.of(new PdfLayoutReader().read(doc));
            if (layout.text().chars().filter(Character::isLetter).count() < SCAN_LETTERS) {
                throw new BusinessRuleException(Messages.get(hasImages(doc) ? "extract.pdf.noText" : "extract.noText",
                    fileName));
            }
            return layout;
        } catch (InvalidPasswordException e) {
            throw new BusinessRuleException(Messages.get("extract.pdf.encrypted", fileName));
        } catch (IOException | RuntimeException e) {
            if (e instanceof BusinessRuleException b) {
                throw b;
            }
            throw new BusinessRuleException(Messages.get("extract.pdf.damaged", fileName));
        }
    }

    private static boolean hasImages(PDDocument doc) throws IOException {
        for (PDPage page : doc.getPages()) {
            PDResources res = page.getResources();
            if (res == null) {
                continue;
            }
            for (COSName name : res.getXObjectNames()) {
                if (res.isImageXObject(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    static DocumentLayout docx(Path file, String fileName) {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if ("word/document.xml".equals(entry.getName())) {
                    return wordXml(new LimitedInputStream(zip, DOCX_XML_MAX), fileName);
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof BusinessRuleException b) {
                throw b;
            }
            throw new BusinessRuleException(Messages.get("extract.docx.damaged", fileName));
        }
        throw new BusinessRuleException(Messages.get("extract.docx.damaged", fileName));
    }

    private static DocumentLayout wordXml(InputStream in, String fileName) throws IOException {
        WordLayoutReader reader = new WordLayoutReader();
        try {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.newSAXParser().parse(in, reader);
        } catch (SAXException | javax.xml.parsers.ParserConfigurationException e) {
            throw new BusinessRuleException(Messages.get("extract.docx.damaged", fileName));
        }
        List<RawLine> lines = reader.lines();
        if (lines.stream().allMatch(l -> l.text().isBlank())) {
            throw new BusinessRuleException(Messages.get("extract.noText", fileName));
        }
        return DocumentLayout.of(lines);
    }

    static String text(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
            && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer buf = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buf).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, start, bytes.length - start, StandardCharsets.ISO_8859_1);
        }
    }

    static DocumentLayout eml(Path file, String fileName) {
        try (InputStream in = Files.newInputStream(file)) {
            MimeMessage message = new MimeMessage(jakarta.mail.Session.getInstance(new Properties()), in);
            StringBuilder out = new StringBuilder();
            if (message.getSubject() != null) {
                out.append(message.getSubject()).append("\n\n");
            }
            collect(message, out, 0);
            String text = out.toString();
            if (text.isBlank()) {
                throw new BusinessRuleException(Messages.get("extract.noText", fileName));
            }
            return DocumentLayout.ofText(text);
        } catch (IOException | MessagingException | RuntimeException e) {
            if (e instanceof BusinessRuleException b) {
                throw b;
            }
            throw new BusinessRuleException(Messages.get("extract.eml.damaged", fileName));
        }
    }

    private static void collect(Part part, StringBuilder out, int depth) throws MessagingException, IOException {
        if (depth > 10) {
            return;
        }
        if (part.isMimeType("text/plain")) {
            out.append(part.getContent()).append('\n');
        } else if (part.isMimeType("text/html")) {
            out.append(String.valueOf(part.getContent()).replaceAll("(?s)<(script|style).*?</\\1>", " ")
                .replaceAll("<[^>]+>", " ").replace("&nbsp;", " ").replace("&amp;", "&")).append('\n');
        } else if (part.isMimeType("multipart/alternative")) {
            Multipart mp = (Multipart) part.getContent();
            BodyPart chosen = null;
            for (int i = 0; i < mp.getCount(); i++) {
                if (chosen == null || mp.getBodyPart(i).isMimeType("text/plain")) {
                    chosen = mp.getBodyPart(i);
                }
            }
            if (chosen != null) {
                collect(chosen, out, depth + 1);
            }
        } else if (part.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) part.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                BodyPart p = mp.getBodyPart(i);
                if (!Part.ATTACHMENT.equalsIgnoreCase(p.getDisposition())) {
                    collect(p, out, depth + 1);
                }
            }
        }
    }

    /** Stops reading (with an IOException) past a byte limit. */
    private static final class LimitedInputStream extends java.io.FilterInputStream {
        private long left;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                throw new IOException("too large");
            }
            int b = super.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                throw new IOException("too large");
            }
            int n = super.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }

        @Override
        public void close() {
            // the zip stream is closed by its owner
        }
    }
}
