package dev.seatledger.cli;

import dev.seatledger.core.common.SecretCipher;
import dev.seatledger.infra.crypto.AesGcmCipher;
import java.nio.file.Path;

/**
 * The data folder's cipher, its key file read (or made) only when a secret is encrypted or decrypted: a read
 * command on the embedded database never needs it.
 */
final class KeyOnDemand implements SecretCipher {
    private final Path folder;
    private AesGcmCipher cipher;

    KeyOnDemand(Path folder) {
        this.folder = folder;
    }

    private AesGcmCipher cipher() {
        if (cipher == null) {
            cipher = AesGcmCipher.forDataFolder(folder);
        }
        return cipher;
    }

    @Override
    public String encrypt(String plain) {
        return cipher().encrypt(plain);
    }

    @Override
    public String decrypt(String token) {
        return cipher().decrypt(token);
    }
}
