package dev.seatledger.core.document.layout;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Lines of cells from a PDF's text positions: PDFBox sorts the glyphs by position into lines; a horizontal gap wider
 * than 0.7 of the font size between two glyphs starts a new cell (a table column, the right half of a two-column
 * header); a vertical gap of more than 1.7 lines, or a new page, starts a block. Bold or larger short lines are
 * headings.
 */
public final class PdfLayoutReader extends PDFTextStripper {
    private final List<TextPosition> current = new ArrayList<>();
    private final List<Built> built = new ArrayList<>();
    private boolean pageStart;

    private record Built(List<Cell> cells, float y, float size, boolean bold, boolean newBlock) {
    }

    public PdfLayoutReader() {
        setSortByPosition(true);
        setSuppressDuplicateOverlappingText(true);
    }

    public List<RawLine> read(PDDocument doc) throws IOException {
        writeText(doc, new StringWriter());
        finishLine();
        List<Float> sizes = built.stream().map(Built::size).sorted().toList();
        float body = sizes.isEmpty() ? 10 : sizes.get(sizes.size() / 2);
        List<RawLine> out = new ArrayList<>();
        Built previous = null;
        for (Built b : built) {
            String text = Line.join(b.cells());
            boolean heading = b.cells().size() == 1 && text.length() <= 80 && (b.bold() || b.size() >= body * 1.25f);
            boolean gap = previous != null && b.y() - previous.y() > Math.max(previous.size(), b.size()) * 1.75f;
            out.add(new RawLine(b.cells(), heading, b.newBlock() || gap));
            previous = b;
        }
        return out;
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        finishLine();
        pageStart = true;
        super.startPage(page);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        current.addAll(positions);
    }

    @Override
    protected void writeLineSeparator() {
        finishLine();
    }

    private void finishLine() {
        if (current.isEmpty()) {
            return;
        }
        List<Cell> cells = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        float x0 = 0;
        float prevEnd = Float.NaN;
        float size = 0;
        int glyphs = 0;
        int bold = 0;
        for (TextPosition p : current) {
            String u = p.getUnicode();
            if (u == null || u.isEmpty()) {
                continue;
            }
            if (u.isBlank()) {
                if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                    text.append(' ');
                }
                continue;
            }
            float fontSize = Math.max(1, p.getFontSizeInPt());
            float x = p.getXDirAdj();
            if (!Float.isNaN(prevEnd)) {
                float gap = x - prevEnd;
                if (gap > Math.max(fontSize * 0.7f, 5f)) {
                    cells.add(new Cell(text.toString(), x0, prevEnd));
                    text.setLength(0);
                    x0 = x;
                } else if (gap > p.getWidthOfSpace() * 0.35f && text.length() > 0
                    && text.charAt(text.length() - 1) != ' ') {
                    text.append(' ');
                }
            } else {
                x0 = x;
            }
            text.append(u);
            prevEnd = x + p.getWidthDirAdj();
            size += fontSize;
            glyphs++;
            String font = p.getFont() == null || p.getFont().getName() == null ? ""
                : p.getFont().getName().toLowerCase(Locale.ROOT);
            if (font.contains("bold") || font.contains("black") || font.contains("heavy")) {
                bold++;
            }
        }
        if (text.length() > 0 && !Float.isNaN(prevEnd)) {
            cells.add(new Cell(text.toString(), x0, prevEnd));
        }
        if (glyphs > 0) {
            built.add(new Built(cells, current.get(0).getYDirAdj(), size / glyphs, bold == glyphs, pageStart));
            pageStart = false;
        }
        current.clear();
    }
}
