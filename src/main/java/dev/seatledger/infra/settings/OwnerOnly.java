package dev.seatledger.infra.settings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Owner-only permissions for what SeatLedger keeps on disk: folders {@code rwx------}, files {@code rw-------}.
 * On file systems without POSIX permissions (Windows) the calls create folders and do nothing else: the per-user
 * profile folder already keeps other users out. No logging here: the launcher calls it before logging starts.
 */
public final class OwnerOnly {
    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {
    }

    public static boolean supported() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** Creates {@code dir} (and missing parents) owner-only, and makes an existing {@code dir} owner-only. */
    public static Path folder(Path dir) {
        try {
            if (supported()) {
                FileAttribute<Set<PosixFilePermission>> attr = PosixFilePermissions.asFileAttribute(FOLDER);
                Files.createDirectories(dir, attr);
                set(dir, FOLDER);
            } else {
                Files.createDirectories(dir);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the folder " + dir, e);
        }
    }

    /** Creates an empty owner-only file, replacing {@code file} if it exists; write the content afterwards. */
    public static Path newFile(Path file) {
        try {
            Files.deleteIfExists(file);
            if (supported()) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
            } else {
                Files.createFile(file);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + file, e);
        }
    }

    /** Makes an existing file owner-only (a missing file is left alone). */
    public static Path file(Path file) {
        if (supported() && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            set(file, FILE);
        }
        return file;
    }

    /** Makes a folder, its subfolders and their files owner-only; symbolic links are not followed. */
    public static void tree(Path dir) {
        if (!supported() || !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> all;
        try (Stream<Path> walk = Files.walk(dir)) {
            all = walk.toList();
        } catch (IOException | UncheckedIOException e) {
            return;
        }
        for (Path p : all) {
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                set(p, FOLDER);
            } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                set(p, FILE);
            }
        }
    }

    private static void set(Path p, Set<PosixFilePermission> perms) {
        try {
            if (!Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS).equals(perms)) {
                Files.setPosixFilePermissions(p, perms);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // Not ours (another owner) or vanished meanwhile: nothing this process may change.
        }
    }
}
