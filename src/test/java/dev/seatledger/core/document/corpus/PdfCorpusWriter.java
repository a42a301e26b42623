package dev.seatledger.core.document.corpus;

import dev.seatledger.core.document.corpus.CorpusSource.Block;
import dev.seatledger.core.document.corpus.CorpusSource.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A PDF as a vendor's quoting tool writes one: A4, an embedded sans font, wrapped paragraphs, bold headings, rows
 * of cells placed at x positions (tables, two-column headers), numbers right-aligned, small print repeated at the
 * foot of every page.
 */
final class PdfCorpusWriter {
    private static final float LEFT = 50;
    private static final float RIGHT = 545;
    private static final float TOP = 790;
    private static final float BOTTOM = 95;

    private final PDDocument doc;
    private final PDFont regular;
    private final PDFont bold;
    private final float size;
    private final float leading;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream cs;
    private float y;

    private PdfCorpusWriter(PDDocument doc, float size) throws IOException {
        this.doc = doc;
        this.regular = font(doc, "DejaVuSans.ttf", Standard14Fonts.FontName.HELVETICA);
        this.bold = font(doc, "DejaVuSans-Bold.ttf", Standard14Fonts.FontName.HELVETICA_BOLD);
        this.size = size;
        this.leading = size * 1.38f;
    }

    private static PDFont font(PDDocument doc, String file, Standard14Fonts.FontName fallback) throws IOException {
        Path ttf = Path.of("/usr/share/fonts/truetype/dejavu", file);
        return Files.exists(ttf) ? PDType0Font.load(doc, ttf.toFile()) : new PDType1Font(fallback);
    }

    static void write(CorpusSource src, Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PdfCorpusWriter w = new PdfCorpusWriter(doc, Float.parseFloat(src.meta().getOrDefault("size", "9.5")));
            w.render(src);
            doc.getDocumentInformation().setTitle(src.meta().getOrDefault("title", src.name()));
            doc.getDocumentInformation().setProducer(src.meta().getOrDefault("producer", "Quote Builder 4.2"));
            doc.save(file.toFile());
        }
    }

    private void render(CorpusSource src) throws IOException {
        newPage();
        List<String> footer = new ArrayList<>();
        for (Block b : src.blocks()) {
            switch (b.kind()) {
                case HEADING1 -> {
                    y -= leading * 0.5f;
                    line(List.of(b.lines().get(0)), new float[] {LEFT}, bold, size + 4);
                    y -= leading * 0.3f;
                }
                case HEADING2 -> {
                    y -= leading * 0.4f;
                    line(List.of(b.lines().get(0)), new float[] {LEFT}, bold, size + 1);
                }
                case PARAGRAPH -> {
                    for (String l : wrap(b.lines().get(0), regular, size, RIGHT - LEFT)) {
                        line(List.of(l), new float[] {LEFT}, regular, size);
                    }
                }
                case COLS, TABLE -> {
                    boolean first = true;
                    for (List<String> r : b.rows()) {
                        line(r, b.xs(), b.kind() == Kind.TABLE && first ? bold : regular, size);
                        if (b.kind() == Kind.TABLE && first) {
                            rule(0.4f);
                        }
                        first = false;
                    }
                }
                case FOOTER -> footer.addAll(b.lines());
                case RULE -> rule(0.6f);
                case PAGE -> newPage();
                case BLANK -> y -= leading * 0.6f;
            }
        }
        cs.close();
        for (PDPage p : pages) {
            try (PDPageContentStream foot = new PDPageContentStream(doc, p, PDPageContentStream.AppendMode.APPEND,
                true)) {
                float fy = 30 + footer.size() * 9f;
                for (String l : footer) {
                    List<String> cells = List.of(l.split(" \\| ", -1));
                    float[] xs = new float[cells.size()];
                    for (int i = 0; i < xs.length; i++) {
                        xs[i] = LEFT + i * (RIGHT - LEFT) / xs.length;
                    }
                    for (int i = 0; i < cells.size(); i++) {
                        show(foot, regular, 6.5f, xs[i], fy, cells.get(i).strip());
                    }
                    fy -= 9f;
                }
            }
        }
    }

    private void line(List<String> cells, float[] xs, PDFont font, float fontSize) throws IOException {
        if (y < BOTTOM) {
            newPage();
        }
        float previousEnd = -1;
        for (int i = 0; i < cells.size(); i++) {
            String raw = cells.get(i);
            String text = CorpusSource.cell(raw);
            if (text.isEmpty()) {
                continue;
            }
            float x = xs[Math.min(i, xs.length - 1)];
            if (CorpusSource.right(raw)) {
                float end = i + 1 < xs.length ? xs[i + 1] - 14 : RIGHT;
                x = end - width(text, font, fontSize);
            }
            if (x < previousEnd + 9) {
                throw new IllegalStateException("cell \"" + text + "\" overlaps the cell before it in " + cells);
            }
            show(cs, font, fontSize, x, y, text);
            previousEnd = x + width(text, font, fontSize);
        }
        y -= fontSize > size ? fontSize * 1.4f : leading;
    }

    private static void show(PDPageContentStream s, PDFont font, float fontSize, float x, float y, String text)
        throws IOException {
        s.beginText();
        s.setFont(font, fontSize);
        s.newLineAtOffset(x, y);
        s.showText(encodable(font, text));
        s.endText();
    }

    private static String encodable(PDFont font, String text) {
        StringBuilder sb = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                sb.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                sb.append(cp == 0x202f || cp == 0x2009 || cp == 0xa0 ? " " : "?");
            }
        });
        return sb.toString();
    }

    private void rule(float width) throws IOException {
        cs.setLineWidth(width);
        cs.moveTo(LEFT, y + leading * 0.65f);
        cs.lineTo(RIGHT, y + leading * 0.65f);
        cs.stroke();
        y -= leading * 0.25f;
    }

    private static float width(String text, PDFont font, float fontSize) throws IOException {
        return font.getStringWidth(encodable(font, text)) / 1000f * fontSize;
    }

    private static List<String> wrap(String text, PDFont font, float fontSize, float max) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && width(candidate, font, fontSize) > max) {
                out.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
        return out;
    }

    private void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        pages.add(page);
        cs = new PDPageContentStream(doc, page);
        y = TOP;
    }
}
