package dev.seatledger.core.document.corpus;

import dev.seatledger.core.document.corpus.CorpusSource.Block;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A Word document as Word saves one: the OOXML package (content types, relationships, styles, document), heading
 * styles, real tables with a grid, laid-out rows as tab-stopped paragraphs, and text split into several runs the
 * way editing leaves it.
 */
final class DocxCorpusWriter {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private DocxCorpusWriter() {
    }

    static void write(CorpusSource src, Path file) throws IOException {
        StringBuilder body = new StringBuilder();
        for (Block b : src.blocks()) {
            switch (b.kind()) {
                case HEADING1 -> body.append(para("<w:pStyle w:val=\"Heading1\"/>", runs(b.lines().get(0), true, 0)));
                case HEADING2 -> body.append(para("<w:pStyle w:val=\"Heading2\"/>", runs(b.lines().get(0), true, 0)));
                case PARAGRAPH -> body.append(para("", runs(b.lines().get(0), false, 0)));
                case COLS -> b.rows().forEach(r -> body.append(tabbed(r, b.xs())));
                case TABLE -> body.append(table(b));
                case FOOTER -> b.lines().forEach(l -> body.append(para("", runs(l.replace(" | ", "   "), false, 14))));
                case RULE -> body.append(para("<w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\""
                    + " w:color=\"auto\"/></w:pBdr>", ""));
                case PAGE -> body.append("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");
                case BLANK -> { }
            }
        }
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"" + W
            + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>" + body
            + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"1000\""
            + " w:bottom=\"1134\" w:left=\"1000\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr>"
            + "</w:body></w:document>";
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                + ".wordprocessingml.document.main+xml\"/>"
                + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                + ".wordprocessingml.styles+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            entry(zip, "word/_rels/document.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships/styles\" Target=\"styles.xml\"/></Relationships>");
            entry(zip, "word/styles.xml", styles());
            entry(zip, "word/document.xml", document);
        }
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String styles() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:styles xmlns:w=\"" + W + "\">"
            + "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\"/>"
            + "<w:sz w:val=\"20\"/></w:rPr></w:rPrDefault></w:docDefaults>"
            + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>"
            + "<w:basedOn w:val=\"Normal\"/><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"28\"/>"
            + "</w:rPr></w:style><w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/>"
            + "<w:basedOn w:val=\"Normal\"/><w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"22\"/>"
            + "</w:rPr></w:style><w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/>"
            + "<w:tblPr><w:tblBorders><w:top w:val=\"single\" w:sz=\"4\"/><w:bottom w:val=\"single\" w:sz=\"4\"/>"
            + "<w:insideH w:val=\"single\" w:sz=\"4\"/></w:tblBorders></w:tblPr></w:style></w:styles>";
    }

    private static String para(String pPr, String runs) {
        return "<w:p>" + (pPr.isEmpty() ? "" : "<w:pPr>" + pPr + "</w:pPr>") + runs + "</w:p>";
    }

    /** The text as several runs (split every few words and inside one long word), as edited documents have. */
    static String runs(String text, boolean bold, int halfPoints) {
        String rPr = (bold ? "<w:b/>" : "") + (halfPoints > 0 ? "<w:sz w:val=\"" + halfPoints + "\"/>" : "");
        String open = "<w:r>" + (rPr.isEmpty() ? "" : "<w:rPr>" + rPr + "</w:rPr>");
        StringBuilder sb = new StringBuilder();
        String[] words = text.split("(?<= )");
        StringBuilder chunk = new StringBuilder();
        boolean splitWord = false;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (!splitWord && w.strip().length() >= 9 && !w.strip().matches(".*\\d.*")) {
                int cut = w.length() / 2;
                chunk.append(w, 0, cut);
                sb.append(open).append(t(chunk.toString())).append("</w:r>");
                chunk.setLength(0);
                chunk.append(w.substring(cut));
                splitWord = true;
            } else {
                chunk.append(w);
            }
            if (i % 4 == 3) {
                sb.append(open).append(t(chunk.toString())).append("</w:r>");
                chunk.setLength(0);
            }
        }
        if (chunk.length() > 0) {
            sb.append(open).append(t(chunk.toString())).append("</w:r>");
        }
        return sb.toString();
    }

    private static String t(String s) {
        return "<w:t xml:space=\"preserve\">" + s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            + "</w:t>";
    }

    private static int twips(float x) {
        return Math.round((x - 50) * 20);
    }

    private static String tabbed(List<String> cells, float[] xs) {
        StringBuilder tabs = new StringBuilder("<w:tabs>");
        for (int i = 1; i < cells.size() && i < xs.length; i++) {
            boolean right = CorpusSource.right(cells.get(i));
            float at = right ? (i + 1 < xs.length ? xs[i + 1] - 8 : 545) : xs[i];
            tabs.append("<w:tab w:val=\"").append(right ? "right" : "left").append("\" w:pos=\"").append(twips(at))
                .append("\"/>");
        }
        tabs.append("</w:tabs>");
        StringBuilder runs = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                runs.append("<w:r><w:tab/></w:r>");
            }
            String c = CorpusSource.cell(cells.get(i));
            if (!c.isEmpty()) {
                runs.append(runs(c, false, 0));
            }
        }
        return para(tabs.toString(), runs.toString());
    }

    private static String table(Block b) {
        float[] xs = b.xs();
        StringBuilder sb = new StringBuilder("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"0\""
            + " w:type=\"auto\"/><w:tblLook w:val=\"04A0\"/></w:tblPr><w:tblGrid>");
        int[] widths = new int[xs.length];
        for (int i = 0; i < xs.length; i++) {
            widths[i] = Math.round(((i + 1 < xs.length ? xs[i + 1] : 545) - xs[i]) * 20);
            sb.append("<w:gridCol w:w=\"").append(widths[i]).append("\"/>");
        }
        sb.append("</w:tblGrid>");
        boolean header = true;
        for (List<String> r : b.rows()) {
            sb.append("<w:tr>");
            for (int i = 0; i < xs.length; i++) {
                String raw = i < r.size() ? r.get(i) : "";
                sb.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(widths[i]).append("\" w:type=\"dxa\"/></w:tcPr>")
                    .append(para(CorpusSource.right(raw) ? "<w:jc w:val=\"right\"/>" : "",
                        runs(CorpusSource.cell(raw), header, 0)))
                    .append("</w:tc>");
            }
            sb.append("</w:tr>");
            header = false;
        }
        return sb.append("</w:tbl><w:p/>").toString();
    }
}
