package dev.seatledger.core.document.layout;

/**
 * A run of text on a line with its horizontal extent: PDF points for PDFs, character columns for plain text, the
 * cell or tab index (times 100) for Word documents.
 */
public record Cell(String text, float x0, float x1) {
    public Cell {
        text = text.replace("\ufb00", "ff").replace("\ufb01", "fi").replace("\ufb02", "fl").replace("\ufb03", "ffi")
            .replace("\ufb04", "ffl").replace("\ufb05", "st").replace("\ufb06", "st").strip();
    }

    public float center() {
        return (x0 + x1) / 2;
    }
}
