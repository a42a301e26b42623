package dev.seatledger.core.document.layout;

/**
 * A unit of text the recognisers read: a sentence of running text, the text of a label/value pair, a table row (cells
 * joined with " | ") or a cell of a laid-out line. {@code line} is the document line it starts on.
 */
public record Segment(String text, int line, Kind kind) {
    public enum Kind { PROSE, PAIR, ROW, CELL }
}
