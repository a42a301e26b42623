package dev.seatledger.core.document;

import java.util.Locale;

/** File sizes as people read them: 812 B, 14.2 KB, 3.1 MB. */
public final class DocumentSizes {
    private DocumentSizes() {
    }

    public static String format(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024L * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
