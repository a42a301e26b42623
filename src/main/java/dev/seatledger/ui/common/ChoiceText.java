package dev.seatledger.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/** How a choice box shows its items: the words for each item; a choice box never reads typed text back. */
public final class ChoiceText {
    private ChoiceText() {
    }

    /** Shows each item (null included, for "any" or "recognise") as {@code text} says. */
    public static <T> StringConverter<T> of(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T item) {
                return text.apply(item);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
