package dev.seatledger.infra.crypto;

import dev.seatledger.core.common.SecretCipher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM with a random 12-byte nonce per value. The key lives in {@code secret.key} in the data
 * folder, created on first use with owner-only permissions where the file system supports them.
 * Stored form: Base64("v1" marker byte, nonce, ciphertext+tag).
 */
public final class AesGcmCipher implements SecretCipher {
    public static final String KEY_FILE = "secret.key";
    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    AesGcmCipher(SecretKey key) {
        this.key = key;
    }

    /** Loads the key from the data folder, creating it the first time. */
    public static AesGcmCipher forDataFolder(Path dataFolder) {
        Path file = dataFolder.resolve(KEY_FILE);
        try {
            if (!Files.exists(file)) {
                dev.seatledger.infra.settings.OwnerOnly.folder(dataFolder);
                KeyGenerator gen = KeyGenerator.getInstance("AES");
                gen.init(256);
                byte[] raw = gen.generateKey().getEncoded();
                Path tmp = Files.createTempFile(dataFolder, "secret", ".tmp");
                restrict(tmp);
                Files.write(tmp, Base64.getEncoder().encode(raw));
                try {
                    Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                } catch (java.nio.file.FileAlreadyExistsException raced) {
                    Files.deleteIfExists(tmp);
                }
            }
            byte[] raw = Base64.getDecoder().decode(Files.readAllBytes(file));
            return new AesGcmCipher(new SecretKeySpec(raw, "AES"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the key file " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES is not available", e);
        }
    }

    private static void restrict(Path file) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } else {
            java.io.File f = file.toFile();
            f.setReadable(false, false);
            f.setReadable(true, true);
            f.setWritable(false, false);
            f.setWritable(true, true);
        }
    }

    @Override
    public String encrypt(String plain) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] ct = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            ByteBuffer buf = ByteBuffer.allocate(1 + nonce.length + ct.length);
            buf.put(VERSION).put(nonce).put(ct);
            return Base64.getEncoder().encodeToString(buf.array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    @Override
    public String decrypt(String token) {
        try {
            byte[] all = Base64.getDecoder().decode(token);
            if (all.length < 1 + NONCE_BYTES + 16 || all[0] != VERSION) {
                throw new IllegalStateException("Unrecognised secret format");
            }
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 1, NONCE_BYTES));
            byte[] plain = c.doFinal(all, 1 + NONCE_BYTES, all.length - 1 - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The stored secret cannot be decrypted with this workstation's key file", e);
        }
    }
}
