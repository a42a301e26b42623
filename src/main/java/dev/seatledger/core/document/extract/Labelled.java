package dev.seatledger.core.document.extract;

import dev.seatledger.core.document.layout.Segment;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A segment read as "label: value": a pair, or a sentence that opens with a short label ("Laufzeit: 12 Monate ab
 * 01.05.2026.", "Verlenging: automatisch per schooljaar;"). {@code valueStart} is where the value begins in the text.
 */
record Labelled(String label, String value, int valueStart) {
    private static final Pattern OPENING = Pattern.compile("^([^:：]{1,50}?)\\s*[:：]\\s*(\\S.*)$", Pattern.DOTALL);
    private static final Pattern NOT_LABEL = Pattern.compile(".*(?:https?|\\d)$");

    static Optional<Labelled> of(Segment seg) {
        if (seg.kind() == Segment.Kind.ROW) {
            return Optional.empty();
        }
        Matcher m = OPENING.matcher(seg.text());
        if (!m.matches() || m.group(1).chars().noneMatch(Character::isLetter) || NOT_LABEL.matcher(m.group(1)).matches()
            || m.group(1).chars().filter(c -> c == '(').count() != m.group(1).chars().filter(c -> c == ')').count()) {
            return Optional.empty();
        }
        return Optional.of(new Labelled(m.group(1).strip(), m.group(2).strip(), m.start(2)));
    }
}
