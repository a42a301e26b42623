package dev.seatledger.ui.help;

import dev.seatledger.core.common.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The user guide shipped inside the app ({@code docs/user-guide.md}, copied to the classpath by the build), rendered to
 * an HTML page that a browser opens offline.
 */
public class UserGuide {
    static final String RESOURCE = "/dev/seatledger/help/user-guide.md";
    static final String FILE_NAME = "user-guide.html";
    private static final String STYLE = "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;max-width:52em;"
        + "margin:2em auto;padding:0 1.5em;line-height:1.5;color:#1f2328}code,pre{font-family:ui-monospace,Menlo,"
        + "Consolas,monospace;background:#f3f4f6;border-radius:4px}code{padding:.1em .3em}pre{padding:.8em;"
        + "overflow-x:auto}h1,h2{border-bottom:1px solid #d0d7de;padding-bottom:.2em}"
        + "@media (prefers-color-scheme:dark){body{background:#0d1117;color:#e6edf3}code,pre{background:#161b22}}";

    /** The guide as one HTML page. */
    public String html() {
        String markdown;
        try (InputStream in = UserGuide.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(Messages.get("guide.missing"));
            }
            markdown = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // headings carry ids ("File formats" is #file-formats), so the guide's links to its own sections work
        String body = HtmlRenderer.builder().escapeHtml(true).extensions(List.of(HeadingAnchorExtension.create())).build()
            .render(Parser.builder().build().parse(markdown));
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
            + Messages.get("guide.title") + "</title><style>" + STYLE + "</style></head><body>\n" + body
            + "</body></html>\n";
    }

    /** Writes the page to {@code folder}/user-guide.html (replacing an older one whole) and returns its path. */
    public Path writeTo(Path folder) {
        Path target = folder.resolve(FILE_NAME);
        try {
            Files.createDirectories(folder);
            Path tmp = Files.createTempFile(folder, ".user-guide", ".tmp");
            try {
                Files.writeString(tmp, html(), StandardCharsets.UTF_8);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }
}
