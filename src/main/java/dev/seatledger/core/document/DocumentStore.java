package dev.seatledger.core.document;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/** Where document bytes live, addressed by their SHA-256 (lower-case hex). Infra keeps them in the data folder. */
public interface DocumentStore {

    /** A store for contexts with no data folder: every call refuses. */
    DocumentStore NONE = new DocumentStore() {
        @Override public void save(String sha256, Path source) throws IOException {
            throw new IOException("No document folder is configured");
        }
        @Override public Path path(String sha256) throws IOException {
            throw new IOException("No document folder is configured");
        }
        @Override public boolean exists(String sha256) { return false; }
        @Override public void delete(String sha256) { }
        @Override public Set<String> hashes() { return Set.of(); }
    };

    /** Copies {@code source} into the store under {@code sha256}; a no-op when that hash is already stored. */
    void save(String sha256, Path source) throws IOException;

    /** The stored file for opening or reading. */
    Path path(String sha256) throws IOException;

    boolean exists(String sha256);

    void delete(String sha256) throws IOException;

    /** Every hash with a stored file. */
    Set<String> hashes() throws IOException;
}
