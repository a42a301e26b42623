package dev.seatledger.core.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Text files as spreadsheets, admin consoles and agents write them: UTF-8 when every byte sequence of the file is
 * valid UTF-8, otherwise Windows-1252 (what Windows tools write), or UTF-16 when it starts with its byte-order mark;
 * a byte-order mark is skipped. Files are read as
 * they are parsed, never whole into memory.
 */
public final class TextFiles {
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int BUFFER = 64 * 1024;
    /** The longest header line (or leading blank run) a parser looks ahead over. */
    public static final int LOOK_AHEAD = 1 << 20;

    private TextFiles() {
    }

    /**
     * A reader of the file in its encoding, past any byte-order mark. UTF-16 with a byte-order mark (Excel's "Unicode
     * text") is read as such; a file with NUL bytes in its first block and no UTF-16 mark is no text file (an Excel
     * workbook given for its CSV export, say) and is refused in words.
     */
    public static BufferedReader open(Path file) throws IOException {
        byte[] head = new byte[4096];
        int n;
        try (var in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        Charset charset;
        if (n >= 2 && (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF || head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)) {
            charset = StandardCharsets.UTF_16;
        } else if (hasNul(head, n)) {
            throw new FileProblem(Messages.get("file.error.binary", file), null);
        } else {
            charset = isUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        }
        return skipByteOrderMark(new BufferedReader(new InputStreamReader(Files.newInputStream(file), charset), BUFFER));
    }

    /** The reader buffered, past a byte-order mark if the text starts with one. */
    public static BufferedReader skipByteOrderMark(Reader in) throws IOException {
        BufferedReader r = in instanceof BufferedReader b ? b : new BufferedReader(in, BUFFER);
        r.mark(1);
        if (r.read() != '\uFEFF') {
            r.reset();
        }
        return r;
    }

    /**
     * The first line (empty when there is none), leaving the reader where it was: parsers choose their delimiter
     * from the header line before reading the rows.
     */
    public static String firstLine(BufferedReader r) throws IOException {
        r.mark(LOOK_AHEAD);
        String line = r.readLine();
        r.reset();
        return line == null ? "" : line;
    }

    private static boolean hasNul(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether the whole file is valid UTF-8, checked in one pass over its bytes. */
    public static boolean isUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
        CharBuffer chars = CharBuffer.allocate(BUFFER);
        try (ReadableByteChannel channel = Files.newByteChannel(file)) {
            boolean end = false;
            while (!end) {
                end = channel.read(bytes) < 0;
                bytes.flip();
                if (decoder.decode(bytes, chars, end).isError()) {
                    return false;
                }
                chars.clear();
                bytes.compact();
            }
            return !decoder.flush(chars).isError();
        }
    }
}
