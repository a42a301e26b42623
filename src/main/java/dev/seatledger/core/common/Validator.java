package dev.seatledger.core.common;

import java.util.ArrayList;
import java.util.List;

/** Collects field errors and throws them together so a form can show all of them at once. */
public final class Validator {
    private final List<FieldError> errors = new ArrayList<>();

    public Validator required(String field, String value, String label) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, Messages.get("validation.required", label)));
        }
        return this;
    }

    public Validator maxLength(String field, String value, int max, String label) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, Messages.get("validation.tooLong", label, max)));
        }
        return this;
    }

    public Validator check(boolean ok, String field, String message) {
        if (!ok) {
            errors.add(new FieldError(field, message));
        }
        return this;
    }

    public boolean hasError(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    public static String trimToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
