package dev.seatledger.ui.common;

import java.time.Duration;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * Puts a secret (a license key) on the system clipboard and clears it again {@link #CLEAR_AFTER} later, unless
 * something else has been copied since. Call on the FX thread.
 */
public final class SecretClipboard {
    public static final Duration CLEAR_AFTER = Duration.ofSeconds(30);

    private final Delay delay;

    public SecretClipboard(Delay delay) {
        this.delay = delay;
    }

    public void copy(String secret) {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        ClipboardContent content = new ClipboardContent();
        content.putString(secret);
        clipboard.setContent(content);
        delay.after(CLEAR_AFTER, () -> {
            if (secret.equals(clipboard.getString())) {
                clipboard.clear();
            }
        });
    }
}
