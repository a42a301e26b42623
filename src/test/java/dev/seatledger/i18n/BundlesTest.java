package dev.seatledger.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every user-facing text comes from the bundles: each key the FXML ({@code %key}) and the code
 * ({@code Messages.get("key")}) use is in messages.properties, the German bundle holds no key the English one lacks
 * and translates every key of the parts it covers, and the ui layer writes no label text of its own.
 */
class BundlesTest {
    private static final Path I18N = Path.of("src/main/resources/dev/seatledger/i18n");
    private static final Path UI_FXML = Path.of("src/main/resources/dev/seatledger/ui");
    private static final Path UI_JAVA = Path.of("src/main/java/dev/seatledger/ui");
    private static final Path MAIN_JAVA = Path.of("src/main/java/dev/seatledger");
    /** The command line speaks English whatever the window's language (scripts read its output). */
    static final String ENGLISH_ONLY = "cli.";
    /** Prompt texts that are examples of what to type, the same in every language. */
    private static final Set<String> EXAMPLES = Set.of("https://", "USD", "0.92", "http://localhost:11434/v1",
        "llama3.1");
    private static final Pattern FXML_LITERAL = Pattern.compile(
        "\\b(text|promptText|label|title|headerText|contentText|accessibleText)=\"([^\"%$][^\"]*)\"");
    private static final Pattern FXML_KEY = Pattern.compile("=\"%([A-Za-z0-9_.-]+)\"");
    private static final Pattern JAVA_LITERAL = Pattern.compile(
        "(setText|setPromptText|setTitle|setHeaderText|setContentText|setAccessibleText|setAccessibleHelp"
            + "|new (?:Label|Button|MenuItem|Menu|Tooltip|Tab|CheckBox|ToggleButton|Hyperlink|RadioMenuItem))"
            + "\\(\\s*\"([^\"]*)\"");
    private static final Pattern JAVA_KEY = Pattern.compile("Messages\\.get\\(\\s*\"([A-Za-z0-9_.-]+)\"");

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(I18N.resolve(name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static List<String> matches(List<Path> files, Pattern pattern, int group) throws IOException {
        List<String> found = new ArrayList<>();
        for (Path f : files) {
            Matcher m = pattern.matcher(Files.readString(f));
            while (m.find()) {
                found.add(f.getFileName() + ": " + m.group(group));
            }
        }
        return found;
    }

    @Test
    void everyKeyTheFxmlAndTheCodeUseIsInTheBundle() throws IOException {
        Properties en = load("messages.properties");
        List<String> used = new ArrayList<>(matches(files(UI_FXML, ".fxml"), FXML_KEY, 1));
        used.addAll(matches(files(MAIN_JAVA, ".java"), JAVA_KEY, 1));
        assertThat(used).as("keys in use").hasSizeGreaterThan(500);
        List<String> missing = used.stream().map(u -> u.substring(u.indexOf(": ") + 2))
            .filter(key -> !key.endsWith(".") && !en.containsKey(key)).toList();
        assertThat(missing).as("keys used but not in messages.properties").isEmpty();
    }

    @Test
    void theGermanBundleHoldsNoStaleKeyAndTranslatesEverythingButTheCommandLine() throws IOException {
        Properties en = load("messages.properties");
        Properties de = load("messages_de.properties");
        Set<String> stale = new TreeSet<>(de.stringPropertyNames());
        stale.removeAll(en.stringPropertyNames());
        assertThat(stale).as("keys only in messages_de.properties").isEmpty();
        Set<String> untranslated = new TreeSet<>();
        for (String key : en.stringPropertyNames()) {
            if (!key.startsWith(ENGLISH_ONLY) && !de.containsKey(key)) {
                untranslated.add(key);
            }
        }
        assertThat(untranslated).as("keys of the window missing from messages_de.properties").isEmpty();
    }

    @Test
    void germanPatternsKeepTheArgumentsOfTheEnglishOnes() throws IOException {
        Properties en = load("messages.properties");
        Properties de = load("messages_de.properties");
        Pattern arg = Pattern.compile("\\{(\\d)");
        List<String> differ = new ArrayList<>();
        for (String key : de.stringPropertyNames()) {
            Set<String> a = new TreeSet<>();
            Set<String> b = new TreeSet<>();
            arg.matcher(en.getProperty(key, "")).results().forEach(r -> a.add(r.group(1)));
            arg.matcher(de.getProperty(key)).results().forEach(r -> b.add(r.group(1)));
            if (!a.equals(b)) {
                differ.add(key + " " + a + " / " + b);
            }
        }
        assertThat(differ).as("German texts whose {n} arguments differ from the English").isEmpty();
    }

    @Test
    void theUiLayerWritesNoLabelTextOfItsOwn() throws IOException {
        List<String> literals = new ArrayList<>(matches(files(UI_FXML, ".fxml"), FXML_LITERAL, 2));
        literals.addAll(matches(files(UI_JAVA, ".java"), JAVA_LITERAL, 2));
        List<String> words = literals.stream()
            .filter(l -> l.substring(l.indexOf(": ") + 2).chars().anyMatch(Character::isLetter))
            .filter(l -> !EXAMPLES.contains(l.substring(l.indexOf(": ") + 2))).toList();
        assertThat(words).as("hard-coded label texts in the ui layer").isEmpty();
    }
}
