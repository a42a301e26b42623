package dev.seatledger.core.common;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A file that cannot be read or written, said in words that name the file and the problem (never an exception
 * class): what the command line prints and the window shows.
 */
public final class FileProblem extends IOException {
    public FileProblem(String message, Throwable cause) {
        super(message, cause);
    }

    /** Words for a failure to read {@code file}; a {@code FileProblem} already in words is returned as it is. */
    public static FileProblem reading(Path file, IOException e) {
        if (e instanceof FileProblem known) {
            return known;
        }
        return new FileProblem(describe("file.error.read", file, e), e);
    }

    /** Words for a failure to write {@code file}. */
    public static FileProblem writing(Path file, IOException e) {
        if (e instanceof FileProblem known) {
            return known;
        }
        return new FileProblem(describe("file.error.write", file, e), e);
    }

    private static String describe(String generic, Path file, IOException e) {
        if (e instanceof NoSuchFileException missing) {
            String named = missing.getFile();
            return named != null && file != null && !Path.of(named).equals(file)
                ? Messages.get("file.error.noFolder", file, named) : Messages.get("file.error.missing", file);
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException taken && taken.getFile() != null
            && file != null && !Path.of(taken.getFile()).equals(file)) {
            return Messages.get("file.error.notFolder", file, taken.getFile());
        }
        if (file != null && Files.isDirectory(file)) {
            return Messages.get("file.error.folder", file);
        }
        if (e instanceof AccessDeniedException) {
            return Messages.get("file.error.denied", file);
        }
        if (e instanceof CharacterCodingException) {
            return Messages.get("file.error.encoding", file);
        }
        return Messages.get(generic, file, reason(e));
    }

    /** What the operating system said, without the exception's class or the file name it repeats. */
    static String reason(IOException e) {
        String reason = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        return reason == null || reason.isBlank() ? Messages.get("file.error.unknown") : ErrorWords.clean(reason);
    }
}
