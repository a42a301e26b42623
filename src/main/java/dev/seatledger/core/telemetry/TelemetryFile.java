package dev.seatledger.core.telemetry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * A telemetry file as the command line reads it: UTF-8 when every byte sequence is valid UTF-8, otherwise
 * Windows-1252 (what Windows tools write), a byte-order mark skipped, JSON when it starts with {@code [} or
 * {@code {}, SeatLedger CSV otherwise. The file is read as it is parsed, never whole into memory.
 */
public final class TelemetryFile {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TelemetryFile() {
    }

    /** Parses the file; {@code json} forces JSON (osquery output), else the first character decides. */
    public static ParsedTelemetry parse(Path file, boolean json, String host, String user, Instant at) throws IOException {
        try (BufferedReader in = TelemetryText.open(new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                isUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1252), 64 * 1024))) {
            int first = TelemetryText.peekNonBlank(in);
            return json || first == '[' || first == '{' ? JsonTelemetry.parse(in, host, user, at)
                : SeatLedgerCsvTelemetry.parse(in, at);
        }
    }

    /** Whether the whole file is valid UTF-8, checked in one pass over its bytes. */
    static boolean isUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
        CharBuffer chars = CharBuffer.allocate(64 * 1024);
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
