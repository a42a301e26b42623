package dev.seatledger.core.document.corpus;

import dev.seatledger.core.document.corpus.CorpusSource.Block;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain-text and e-mail renderings: paragraphs wrapped at a column, laid-out rows padded with spaces to their
 * columns (as text exports of ERP quotes and e-mailed order confirmations look), and the e-mail as a multipart
 * message with a plain part and an HTML alternative.
 */
final class TextCorpusWriter {
    private TextCorpusWriter() {
    }

    static String text(CorpusSource src) {
        int wrap = Integer.parseInt(src.meta().getOrDefault("wrap", "78"));
        List<String> out = new ArrayList<>();
        for (Block b : src.blocks()) {
            switch (b.kind()) {
                case HEADING1 -> {
                    out.add(b.lines().get(0));
                    out.add("=".repeat(b.lines().get(0).length()));
                }
                case HEADING2 -> out.add(b.lines().get(0));
                case PARAGRAPH -> out.addAll(wrap(b.lines().get(0), wrap));
                case COLS, TABLE -> b.rows().forEach(r -> out.add(row(r, b.xs())));
                case FOOTER -> {
                    out.add("");
                    out.addAll(b.lines());
                }
                case RULE -> out.add("-".repeat(Math.min(wrap, 70)));
                case PAGE, BLANK -> out.add("");
            }
        }
        List<String> squeezed = new ArrayList<>();
        for (String l : out) {
            if (!(l.isEmpty() && !squeezed.isEmpty() && squeezed.get(squeezed.size() - 1).isEmpty())) {
                squeezed.add(l);
            }
        }
        return String.join("\n", squeezed).strip() + "\n";
    }

    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static int column(float x) {
        return Math.max(0, Math.round((x - 50) / 5f));
    }

    static String row(List<String> cells, float[] xs) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = CorpusSource.cell(cells.get(i));
            int col = column(xs[Math.min(i, xs.length - 1)]);
            if (CorpusSource.right(cells.get(i))) {
                int end = i + 1 < xs.length ? column(xs[i + 1]) - 2 : col + 16;
                col = Math.max(col, end - c.length());
            }
            if (sb.length() > 0 && sb.length() > col - 2) {
                sb.append("  ");
            } else {
                sb.append(" ".repeat(Math.max(0, col - sb.length())));
            }
            sb.append(c);
        }
        return sb.toString().stripTrailing();
    }

    static void writeText(CorpusSource src, Path file) throws IOException {
        Files.writeString(file, text(src), StandardCharsets.UTF_8);
    }

    static void writeEml(CorpusSource src, Path file) throws IOException {
        String plain = text(src).replace("\n", "\r\n");
        StringBuilder html = new StringBuilder("<html><body>");
        for (Block b : src.blocks()) {
            switch (b.kind()) {
                case HEADING1, HEADING2 -> html.append("<h3>").append(esc(b.lines().get(0))).append("</h3>");
                case PARAGRAPH -> html.append("<p>").append(esc(b.lines().get(0))).append("</p>");
                case COLS, TABLE -> {
                    html.append("<table>");
                    for (List<String> r : b.rows()) {
                        html.append("<tr>");
                        r.forEach(c -> html.append("<td>").append(esc(CorpusSource.cell(c))).append("</td>"));
                        html.append("</tr>");
                    }
                    html.append("</table>");
                }
                case FOOTER -> b.lines().forEach(l -> html.append("<p><small>").append(esc(l)).append("</small></p>"));
                default -> { }
            }
        }
        html.append("</body></html>");
        String mail = "From: " + src.meta().getOrDefault("from", "sales@vendor.example") + "\r\n"
            + "To: " + src.meta().getOrDefault("to", "it-procurement@customer.example") + "\r\n"
            + "Subject: " + subject(src.meta().getOrDefault("subject", "Your order")) + "\r\n"
            + "Date: " + src.meta().getOrDefault("date", "Mon, 2 Mar 2026 09:14:00 +0100") + "\r\n"
            + "MIME-Version: 1.0\r\n"
            + "Content-Type: multipart/alternative; boundary=\"=_seatledger_corpus\"\r\n\r\n"
            + "--=_seatledger_corpus\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
            + plain + "\r\n--=_seatledger_corpus\r\nContent-Type: text/html; charset=UTF-8\r\n"
            + "Content-Transfer-Encoding: 8bit\r\n\r\n" + html + "\r\n--=_seatledger_corpus--\r\n";
        Files.writeString(file, mail, StandardCharsets.UTF_8);
    }

    /** The subject as a mail client writes it: encoded words when it is not plain ASCII. */
    private static String subject(String s) throws IOException {
        try {
            return jakarta.mail.internet.MimeUtility.encodeText(s, "UTF-8", "Q");
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IOException(e);
        }
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
