package dev.seatledger.core.document;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Accepted document types: the extension names the type and the first bytes must agree with it. */
public enum DocumentTypes {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    TXT("text/plain", "txt"),
    EML("message/rfc822", "eml");

    private static final int SNIFF = 1024;

    private final String mediaType;
    private final String[] extensions;

    DocumentTypes(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    public String mediaType() {
        return mediaType;
    }

    public static Optional<DocumentTypes> byExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> Arrays.asList(t.extensions).contains(ext)).findFirst();
    }

    public static Optional<DocumentTypes> byMediaType(String mediaType) {
        return Arrays.stream(values()).filter(t -> t.mediaType.equals(mediaType)).findFirst();
    }

    /**
     * The type of {@code file}, checked by extension and content; throws a {@link ValidationException} on
     * field "file" naming the file when it is empty, too large, of an unsupported type or not what it claims.
     */
    public static DocumentTypes check(Path file, long maxBytes) throws IOException {
        String name = file.getFileName().toString();
        DocumentTypes type = byExtension(name).orElseThrow(() ->
            ValidationException.of("file", Messages.get("document.type.unsupported", name)));
        long size = Files.size(file);
        if (size == 0) {
            throw ValidationException.of("file", Messages.get("document.empty", name));
        }
        if (size > maxBytes) {
            throw ValidationException.of("file", Messages.get("document.tooLarge", name, DocumentSizes.format(size),
                DocumentSizes.format(maxBytes)));
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF);
        }
        if (!type.matches(head)) {
            throw ValidationException.of("file", Messages.get("document.type.mismatch", name, type.name()));
        }
        return type;
    }

    boolean matches(byte[] head) {
        return switch (this) {
            case PDF -> new String(head, StandardCharsets.ISO_8859_1).contains("%PDF-");
            case DOCX -> startsWith(head, 0x50, 0x4B, 0x03, 0x04);
            case PNG -> startsWith(head, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A);
            case JPEG -> startsWith(head, 0xFF, 0xD8, 0xFF);
            case TXT -> isText(head);
            case EML -> isText(head) && new String(head, StandardCharsets.ISO_8859_1).stripLeading()
                .matches("(?s)^[A-Za-z][A-Za-z0-9-]*:.*");
        };
    }

    private static boolean startsWith(byte[] head, int... magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isText(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
        }
        return true;
    }
}
