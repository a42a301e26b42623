package dev.seatledger.core.history;

import dev.seatledger.core.common.Messages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Field values of a record before and after an edit, by field label. Values marked secret are
 * compared but never written: the entry only says that they changed.
 */
public final class FieldDiff {
    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<String> secrets = new ArrayList<>();

    public FieldDiff put(String label, Object value) {
        values.put(label, value == null ? "" : value.toString());
        return this;
    }

    /** A secret field: only a fingerprint of it is kept, so the value cannot leak into history. */
    public FieldDiff secret(String label, String value) {
        values.put(label, value == null ? "" : Integer.toHexString(value.hashCode()));
        secrets.add(label);
        return this;
    }

    /** "Seats total: 10 → 12; Currency: EUR → USD; License key changed", or "" when nothing changed. */
    public String changesTo(FieldDiff after) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, String> e : after.values.entrySet()) {
            String before = values.getOrDefault(e.getKey(), "");
            if (Objects.equals(before, e.getValue())) {
                continue;
            }
            if (secrets.contains(e.getKey())) {
                parts.add(Messages.get("history.secretChanged", e.getKey()));
            } else {
                parts.add(Messages.get("history.fieldChanged", e.getKey(), show(before), show(e.getValue())));
            }
        }
        return String.join("; ", parts);
    }

    public int changedFieldCount(FieldDiff after) {
        int n = 0;
        for (Map.Entry<String, String> e : after.values.entrySet()) {
            if (!Objects.equals(values.getOrDefault(e.getKey(), ""), e.getValue())) {
                n++;
            }
        }
        return n;
    }

    private static String show(String v) {
        return v.isEmpty() ? "—" : v;
    }
}
