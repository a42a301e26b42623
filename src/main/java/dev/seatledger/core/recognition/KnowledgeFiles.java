package dev.seatledger.core.recognition;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The shipped knowledge base ({@value #INDEX} and the parts it lists, read once) extended by the user's
 * {@value #USER_FILE} in the data folder, read again whenever that file changes. A user entry with the name of a
 * shipped one replaces it; the user's entries win where two claim the same identifier; word lists add up. A user
 * file with a mistake is left out, and {@link #problem()} says what is wrong until it is fixed: a typo there never
 * stops an import or a catalog change.
 */
public final class KnowledgeFiles implements KnowledgeSource {
    public static final String USER_FILE = "software.json";
    static final String FOLDER = "/dev/seatledger/core/recognition/knowledge/";
    static final String INDEX = "index.json";

    private final Path userFile;
    private List<KnowledgeEntry> shippedEntries;
    private Vocabulary shippedWords;
    private KnowledgeBase current;
    private String currentStamp;
    private boolean currentHasUserFile;
    private String problem;

    private KnowledgeFiles(Path userFile) {
        this.userFile = userFile;
    }

    /** The shipped knowledge base only. */
    public static KnowledgeFiles shipped() {
        return new KnowledgeFiles(null);
    }

    /** The shipped knowledge base and the data folder's {@value #USER_FILE}, when present. */
    public static KnowledgeFiles inDataFolder(Path dataFolder) {
        return new KnowledgeFiles(dataFolder.resolve(USER_FILE));
    }

    public Path userFile() {
        return userFile;
    }

    @Override
    public synchronized KnowledgeBase current() {
        loadShipped();
        String stamp = stamp();
        if (current != null && currentHasUserFile == (stamp != null) && (stamp == null || stamp.equals(currentStamp))) {
            return current;
        }
        List<KnowledgeEntry> entries = new ArrayList<>();
        Vocabulary words = shippedWords;
        problem = null;
        if (stamp != null) {
            try {
                KnowledgeReader.Part user = readUser();
                entries.addAll(user.entries());
                words = union(shippedWords, user.words());
            } catch (ValidationException e) {
                problem = e.errors().isEmpty() ? e.getMessage() : e.errors().get(0).message();
            }
        }
        Set<String> replaced = new HashSet<>();
        entries.forEach(e -> replaced.add(e.name().toLowerCase(Locale.ROOT)));
        shippedEntries.stream().filter(e -> !replaced.contains(e.name().toLowerCase(Locale.ROOT))).forEach(entries::add);
        current = new KnowledgeBase(entries, words);
        currentStamp = stamp;
        currentHasUserFile = stamp != null;
        return current;
    }

    @Override
    public synchronized String problem() {
        current();
        return problem;
    }

    /** When the user's file last changed and its size, or null when there is none. */
    private String stamp() {
        if (userFile == null) {
            return null;
        }
        try {
            FileTime modified = Files.getLastModifiedTime(userFile);
            return modified.toMillis() + ":" + Files.size(userFile);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private KnowledgeReader.Part readUser() {
        try (InputStream in = Files.newInputStream(userFile)) {
            return KnowledgeReader.read(in, userFile.getFileName().toString());
        } catch (NoSuchFileException e) {
            return new KnowledgeReader.Part(List.of(), List.of(), union(null, null));
        } catch (IOException e) {
            throw ValidationException.of("file", Messages.get("recognition.file.unreadable", userFile, e.getMessage()));
        }
    }

    private void loadShipped() {
        if (shippedEntries != null) {
            return;
        }
        KnowledgeReader.Part index = resource(INDEX);
        List<KnowledgeEntry> entries = new ArrayList<>(index.entries());
        Vocabulary words = index.words();
        for (String part : index.parts()) {
            KnowledgeReader.Part p = resource(part);
            entries.addAll(p.entries());
            words = union(words, p.words());
        }
        shippedEntries = List.copyOf(entries);
        shippedWords = words;
    }

    private static KnowledgeReader.Part resource(String name) {
        try (InputStream in = KnowledgeFiles.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + FOLDER + name);
            }
            return KnowledgeReader.read(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Vocabulary union(Vocabulary a, Vocabulary b) {
        Vocabulary x = a == null ? new Vocabulary(Set.of(), Set.of(), Set.of(), Set.of()) : a;
        Vocabulary y = b == null ? new Vocabulary(Set.of(), Set.of(), Set.of(), Set.of()) : b;
        return new Vocabulary(add(x.planWords(), y.planWords()), add(x.componentWords(), y.componentWords()),
            add(x.editionWords(), y.editionWords()), add(x.vendorPrefixes(), y.vendorPrefixes()));
    }

    private static Set<String> add(Set<String> a, Set<String> b) {
        Set<String> s = new LinkedHashSet<>(a);
        s.addAll(b);
        return s;
    }
}
