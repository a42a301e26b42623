package dev.seatledger.infra.document;

import dev.seatledger.core.document.DocumentStore;
import dev.seatledger.infra.settings.OwnerOnly;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Documents as files named by their SHA-256 in {@code documents/} of the data folder; written via a temp file. */
public class FileDocumentStore implements DocumentStore {
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private final Path folder;

    public FileDocumentStore(Path folder) {
        this.folder = folder;
    }

    public static FileDocumentStore inDataFolder(Path dataFolder) {
        return new FileDocumentStore(dataFolder.resolve("documents"));
    }

    @Override
    public void save(String sha256, Path source) throws IOException {
        Path target = path(sha256);
        if (Files.isRegularFile(target)) {
            return;
        }
        OwnerOnly.folder(folder);
        Path tmp = Files.createTempFile(folder, sha256, ".part");
        OwnerOnly.file(tmp);
        try {
            Files.copy(source, tmp, StandardCopyOption.REPLACE_EXISTING);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (java.nio.file.FileAlreadyExistsException e) {
            // another writer stored the same bytes first
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @Override
    public Path path(String sha256) throws IOException {
        if (!HASH.matcher(sha256).matches()) {
            throw new IOException("Not a SHA-256 hash: " + sha256);
        }
        return folder.resolve(sha256);
    }

    @Override
    public boolean exists(String sha256) {
        try {
            return Files.isRegularFile(path(sha256));
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void delete(String sha256) throws IOException {
        Files.deleteIfExists(path(sha256));
    }

    @Override
    public Set<String> hashes() throws IOException {
        Set<String> out = new HashSet<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.map(p -> p.getFileName().toString()).filter(n -> HASH.matcher(n).matches()).forEach(out::add);
        }
        return out;
    }
}
