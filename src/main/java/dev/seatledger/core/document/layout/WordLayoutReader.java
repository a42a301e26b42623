package dev.seatledger.core.document.layout;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Lines from word/document.xml (SAX): a paragraph is a line whose tabs separate cells, a table row is a line whose
 * cells are the table's cells (nested tables fold into their cell), a heading is a paragraph in a heading or title
 * style, with an outline level, or short and wholly bold. Tab stops in paragraph properties, deleted text, field
 * codes and the fallback copy of alternate content are not text.
 */
public final class WordLayoutReader extends DefaultHandler {
    private final List<RawLine> lines = new ArrayList<>();
    private final List<String> paragraphCells = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final List<String> rowCells = new ArrayList<>();
    private final StringBuilder cell = new StringBuilder();
    private int tableDepth;
    private int skipDepth;
    private boolean inText;
    private boolean inParagraphProperties;
    private boolean inRunProperties;
    private boolean runBold;
    private boolean allBold = true;
    private boolean anyText;
    private boolean headingStyle;
    private boolean firstRow;

    public List<RawLine> lines() {
        return lines;
    }

    @Override
    public void startElement(String uri, String local, String q, Attributes a) {
        if ("Fallback".equals(local) || skipDepth > 0) {
            skipDepth++;
            return;
        }
        switch (local) {
            case "t" -> inText = true;
            case "pPr" -> inParagraphProperties = true;
            case "rPr" -> inRunProperties = true;
            case "r" -> runBold = false;
            case "b" -> {
                if (inRunProperties && !inParagraphProperties) {
                    String v = value(a);
                    runBold = v == null || !(v.equals("0") || v.equalsIgnoreCase("false") || v.equalsIgnoreCase("off"));
                }
            }
            case "pStyle" -> {
                String v = value(a);
                headingStyle |= v != null && v.matches("(?i).*(heading|titre|title|titel|berschrift|kop).*");
            }
            case "outlineLvl" -> headingStyle = true;
            case "tab" -> {
                if (!inParagraphProperties) {
                    paragraphCells.add(text.toString());
                    text.setLength(0);
                }
            }
            case "br", "cr" -> {
                if (tableDepth == 0) {
                    endParagraph(false);
                } else {
                    text.append(' ');
                }
            }
            case "noBreakHyphen" -> text.append('-');
            case "tbl" -> {
                tableDepth++;
                firstRow = true;
            }
            case "tr" -> {
                if (tableDepth == 1) {
                    rowCells.clear();
                }
            }
            case "tc" -> {
                if (tableDepth == 1) {
                    cell.setLength(0);
                }
            }
            default -> { }
        }
    }

    @Override
    public void endElement(String uri, String local, String q) {
        if (skipDepth > 0) {
            skipDepth--;
            return;
        }
        switch (local) {
            case "t" -> inText = false;
            case "pPr" -> inParagraphProperties = false;
            case "rPr" -> inRunProperties = false;
            case "p" -> {
                if (tableDepth > 0) {
                    paragraphCells.add(text.toString());
                    String joined = String.join(" ", paragraphCells).strip();
                    if (!joined.isEmpty()) {
                        cell.append(cell.length() > 0 ? " " : "").append(joined);
                    }
                    resetParagraph();
                } else {
                    endParagraph(true);
                }
            }
            case "tc" -> {
                if (tableDepth == 1) {
                    rowCells.add(cell.toString());
                }
            }
            case "tr" -> {
                if (tableDepth == 1) {
                    List<Cell> cells = new ArrayList<>();
                    for (int i = 0; i < rowCells.size(); i++) {
                        cells.add(new Cell(rowCells.get(i), i * 100f, i * 100f + 50));
                    }
                    lines.add(new RawLine(cells, false, firstRow));
                    firstRow = false;
                }
            }
            case "tbl" -> {
                tableDepth--;
                if (tableDepth == 0) {
                    lines.add(new RawLine(List.of(), false, true));
                }
            }
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inText && skipDepth == 0) {
            text.append(ch, start, length);
            if (!new String(ch, start, length).isBlank()) {
                anyText = true;
                allBold &= runBold;
            }
        }
    }

    private void endParagraph(boolean paragraphEnds) {
        paragraphCells.add(text.toString());
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < paragraphCells.size(); i++) {
            cells.add(new Cell(paragraphCells.get(i), i * 100f, i * 100f + 50));
        }
        RawLine line = new RawLine(cells, false, true);
        boolean heading = headingStyle || anyText && allBold && line.text().length() <= 80 && line.cells().size() == 1;
        lines.add(new RawLine(cells, heading && !line.cells().isEmpty(), true));
        paragraphCells.clear();
        text.setLength(0);
        if (paragraphEnds) {
            resetParagraph();
        }
    }

    private void resetParagraph() {
        paragraphCells.clear();
        text.setLength(0);
        headingStyle = false;
        allBold = true;
        anyText = false;
    }

    private static String value(Attributes a) {
        for (int i = 0; i < a.getLength(); i++) {
            if ("val".equals(a.getLocalName(i))) {
                return a.getValue(i);
            }
        }
        return null;
    }
}
