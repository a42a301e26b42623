package dev.seatledger.core.recognition;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reduces a name as machines report it to the words that identify the software: "JetBrains IntelliJ IDEA 2025.2",
 * "Microsoft 365 Apps for enterprise - en-us", "Zoom(64bit)", "Slack.app", "slack-desktop". Drops file suffixes,
 * version, year and build numbers, architecture, locale, installer flavour and filler words; keeps every word that
 * decides what is licensed (Ultimate, Community, Reader, Professional, Code, Plus...). The vendor prefix, when it is
 * a known vendor's, is kept in {@link Normalized#full()} and left out of {@link Normalized#core()}.
 */
public final class NameNormalizer {
    private static final Pattern SUFFIX = Pattern.compile("\\.(app|exe|msi|pkg|dmg|appimage|lnk)$");
    private static final Pattern MARKS = Pattern.compile("[\\u00ae\\u2122\\u00a9]|\\(r\\)|\\(tm\\)|\\(c\\)");
    private static final Pattern GROUP = Pattern.compile("\\(([^()]*)\\)|\\[([^\\[\\]]*)]");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s()\\[\\]{},;:/\\\\|\"'!?_\\u2013\\u2014=<>~]+");
    private static final String SEPARATOR_CHARS = "()[]{},;:/\\|\"'!?_\u2013\u2014=<>~";
    private static final Pattern NUMBER = Pattern.compile("v?\\d+([.,]\\d+)+[a-z0-9.+-]*|v?\\d+|\\d{2}h\\d|sp\\d+|r\\d+"
        + "|b\\d{3,}|rc\\d*|\\d+(st|nd|rd|th)");
    private static final Pattern YEAR = Pattern.compile("(19[89]\\d|20\\d\\d)");
    private static final Pattern LOCALE = Pattern.compile("([a-z]{2,3})-([a-z]{2}|[a-z]{4}|\\d{3})");
    private static final Pattern DIGIT_WORD = Pattern.compile("\\d+-[a-z][a-z0-9]*");
    private static final Set<String> LANGUAGES = Set.of("en", "de", "fr", "es", "it", "nl", "pt", "ja", "ko", "zh", "ru",
        "pl", "sv", "da", "fi", "nb", "nn", "no", "cs", "hu", "tr", "el", "he", "ar", "th", "uk", "ro", "sk", "sl", "hr",
        "bg", "et", "lv", "lt", "vi", "id", "ms", "ca", "eu", "gl", "sr", "hi", "fa", "is", "ga", "mt");
    private static final Set<String> ARCH = Set.of("x64", "x86", "x86_64", "amd64", "arm64", "aarch64", "i386", "i686",
        "win64", "win32", "64-bit", "32-bit", "64bit", "32bit", "x86-64", "ia32", "noarch", "armhf", "armv7");
    /** Architecture words that are noise only at the end of a name or inside brackets ("Universal Audio" is a brand). */
    private static final Set<String> ARCH_QUALIFIER = Set.of("universal", "intel", "arm", "silicon", "apple-silicon");
    private static final Set<String> FLAVOUR = Set.of("per-user", "per-machine", "peruser", "permachine");
    /** Words dropped only when a bracket holds nothing else ("(Machine - MSI)", "(User)", "(remove only)"). */
    private static final Set<String> BRACKET_NOISE = Set.of("machine", "msi", "user", "users", "all", "current", "system",
        "installer", "remove", "only", "bit", "edition", "english", "german", "deutsch", "french", "francais",
        "spanish", "espanol", "italian", "japanese", "multilingual", "mui", "united", "states", "kingdom", "and",
        "x64-based", "x86-based", "systems", "64", "32", "wide", "admin", "version", "build", "release", "stable",
        "exe", "zip", "portable", "setup", "ver", "universal", "intel", "arm", "silicon", "apple", "mac", "macos",
        "windows", "linux", "for", "update", "uninstall");
    /** Language names that end Windows display names ("AutoCAD 2024 - English", "Adobe Acrobat Reader DC - Deutsch"). */
    private static final Set<String> LANGUAGE_NAMES = Set.of("english", "deutsch", "german", "francais", "français",
        "french", "espanol", "español", "spanish", "italiano", "italian", "nederlands", "dutch", "portugues", "português",
        "japanese", "chinese", "korean", "russian", "polski", "svenska", "dansk", "norsk", "suomi", "multilingual", "mui");
    private static final Set<String> FILLER = Set.of("version", "ver", "edition", "build", "release");
    /** Release channels: "Figma Beta" and "IntelliJ IDEA 2025.1 EAP" are the software their license covers. */
    private static final Set<String> CHANNEL = Set.of("beta", "alpha", "preview", "eap", "canary", "nightly", "insiders",
        "insider");
    private static final Set<String> COMPOUNDS = Set.of("add-in", "add-ins", "plug-in", "plug-ins", "e-mail",
        "click-to-run", "sign-in", "co-pilot", "x-ray", "t-mobile");

    private final Set<String> vendors;

    /** {@code vendors}: lower-case first words of publishers whose name may prefix their products' names. */
    public NameNormalizer(Set<String> vendors) {
        this.vendors = Set.copyOf(vendors);
    }

    public Normalized normalize(String raw) {
        if (raw == null || raw.isBlank()) {
            return Normalized.EMPTY;
        }
        String s = raw.strip();
        if (!ascii(s)) {
            s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKC)).replaceAll(" ");
        }
        s = s.toLowerCase(Locale.ROOT);
        int dot = s.lastIndexOf('.');
        if (dot > 0 && SUFFIX.matcher(s).find(dot)) {
            s = s.substring(0, dot);
        }
        if (s.indexOf('&') >= 0) {
            s = s.replace("&", " and ");
        }
        Set<String> numbers = new LinkedHashSet<>();
        if (s.indexOf('(') >= 0 || s.indexOf('[') >= 0) {
            s = dropNoiseGroups(MARKS.matcher(s).replaceAll(" "), numbers);
        }
        List<String> tokens = new ArrayList<>();
        List<String> pieces = split(s);
        for (int i = 0; i < pieces.size(); i++) {
            addToken(pieces.get(i), i == pieces.size() - 1, tokens, numbers);
        }
        while (tokens.size() > 1 && (ARCH_QUALIFIER.contains(tokens.get(tokens.size() - 1))
                || LANGUAGE_NAMES.contains(tokens.get(tokens.size() - 1)))) {
            tokens.remove(tokens.size() - 1);
        }
        if (tokens.isEmpty()) {
            String fallback = SEPARATORS.matcher(s).replaceAll(" ").strip();
            tokens = fallback.isEmpty() ? List.of() : List.of(fallback.split(" "));
        }
        String vendor = tokens.size() > 1 && vendors.contains(tokens.get(0)) ? tokens.get(0) : null;
        return new Normalized(List.copyOf(tokens), vendor, Set.copyOf(numbers));
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 126) {
                return false;
            }
        }
        return true;
    }

    /** The pieces between separators (white space, brackets, punctuation other than . - + # and *). */
    static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            boolean separator = i == s.length() || SEPARATOR_CHARS.indexOf(s.charAt(i)) >= 0
                || Character.isWhitespace(s.charAt(i));
            if (separator) {
                if (start >= 0) {
                    out.add(s.substring(start, i));
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
        }
        return out;
    }

    /** Removes bracketed groups holding only noise ("(64-bit)", "(Machine - MSI)", "(x64 en-US)", "(56404)"). */
    private static String dropNoiseGroups(String s, Set<String> numbers) {
        Matcher m = GROUP.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String inner = m.group(1) != null ? m.group(1) : m.group(2);
            m.appendReplacement(out, Matcher.quoteReplacement(isNoise(inner, numbers) ? " " : " " + inner + " "));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static boolean isNoise(String inner, Set<String> numbers) {
        for (String t : SEPARATORS.split(inner.replace('-', ' ').strip())) {
            if (!t.isEmpty() && !BRACKET_NOISE.contains(t) && !ARCH.contains(t) && !isNumber(t) && !isLocale(t)
                    && !LANGUAGES.contains(t) && !FLAVOUR.contains(t) && !CHANNEL.contains(t)) {
                return false;
            }
        }
        for (String t : SEPARATORS.split(inner.replace('-', ' ').strip())) {
            if (isNumber(t)) {
                numbers.add(number(t));
            }
        }
        return true;
    }

    private static void addToken(String piece, boolean last, List<String> tokens, Set<String> numbers) {
        String t = trimDots(piece);
        if (t.isEmpty() || t.equals("-") || t.equals("+")) {
            return;
        }
        if (ARCH.contains(t) || FLAVOUR.contains(t) || isLocale(t) || FILLER.contains(t) || CHANNEL.contains(t)) {
            return;
        }
        boolean digitWord = DIGIT_WORD.matcher(t).matches() && !ARCH.contains(t.substring(t.indexOf('-') + 1));
        if (t.indexOf('-') > 0 && !COMPOUNDS.contains(t) && !digitWord) {
            String[] parts = t.split("-");
            for (int i = 0; i < parts.length; i++) {
                addToken(parts[i], last && i == parts.length - 1, tokens, numbers);
            }
            return;
        }
        t = t.replace("-", "");
        if (isNumber(t)) {
            if (t.length() == 3 && t.chars().allMatch(Character::isDigit)) {
                tokens.add(t);
            } else {
                numbers.add(number(t));
            }
            return;
        }
        tokens.add(t);
    }

    private static String trimDots(String t) {
        int end = t.length();
        while (end > 0 && (t.charAt(end - 1) == '.' || t.charAt(end - 1) == '-')) {
            end--;
        }
        int start = 0;
        while (start < end && t.charAt(start) == '-') {
            start++;
        }
        return t.substring(start, end);
    }

    static boolean isNumber(String t) {
        if (t.isEmpty()) {
            return false;
        }
        char c = t.charAt(0);
        return (Character.isDigit(c) || c == 'v' || c == 's' || c == 'r' || c == 'b') && NUMBER.matcher(t).matches();
    }

    private static String number(String t) {
        Matcher y = YEAR.matcher(t);
        if (t.length() == 4 && y.matches()) {
            return t;
        }
        String digits = t.startsWith("v") ? t.substring(1) : t;
        int dot = digits.indexOf('.');
        return dot > 0 ? digits.substring(0, dot) : digits;
    }

    private static boolean isLocale(String t) {
        int dash = t.indexOf('-');
        if (dash < 2 || dash > 3) {
            return false;
        }
        Matcher m = LOCALE.matcher(t);
        return m.matches() && LANGUAGES.contains(m.group(1));
    }
}
