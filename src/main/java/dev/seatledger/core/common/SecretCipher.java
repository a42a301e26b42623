package dev.seatledger.core.common;

/** Encrypts secrets (license keys, passwords) for storage; infra provides AES-GCM. */
public interface SecretCipher {
    String encrypt(String plain);

    String decrypt(String token);
}
