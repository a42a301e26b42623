package dev.seatledger.core.ai;

import dev.seatledger.core.common.Preferences;
import dev.seatledger.core.common.SecretCipher;

/**
 * The AI endpoint the user set in Settings: URL, model and an optional API key. The key is stored encrypted
 * in the preferences and held in clear only in memory; {@link #toString()} never shows it.
 */
public record AiSettings(String url, String model, String apiKey) {
    public static final String URL = "ai.url";
    public static final String MODEL = "ai.model";
    public static final String KEY = "ai.key";

    public static final AiSettings NONE = new AiSettings("", "", "");

    public AiSettings {
        url = url == null ? "" : url.strip();
        model = model == null ? "" : model.strip();
        apiKey = apiKey == null ? "" : apiKey.strip();
    }

    public boolean configured() {
        return !url.isEmpty() && !model.isEmpty();
    }

    /** The settings as stored now; an undecryptable key (key file replaced) reads as no key. */
    public static AiSettings read(Preferences prefs, SecretCipher cipher) {
        String enc = prefs.get(KEY, "");
        String key = "";
        if (!enc.isEmpty()) {
            try {
                key = cipher.decrypt(enc);
            } catch (RuntimeException e) {
                key = "";
            }
        }
        return new AiSettings(prefs.get(URL, ""), prefs.get(MODEL, ""), key);
    }

    /** Puts the settings into the preferences (the key encrypted); the caller saves them. */
    public void write(Preferences prefs, SecretCipher cipher) {
        prefs.put(URL, url.isEmpty() ? null : url);
        prefs.put(MODEL, model.isEmpty() ? null : model);
        prefs.put(KEY, apiKey.isEmpty() ? null : cipher.encrypt(apiKey));
    }

    @Override
    public String toString() {
        return "AiSettings[url=" + url + ", model=" + model + ", key=" + (apiKey.isEmpty() ? "none" : "set") + "]";
    }
}
