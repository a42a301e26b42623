package dev.seatledger.ui.finance;

import dev.seatledger.core.common.Preferences;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Preferences kept in memory, for view tests. */
final class MapPreferences implements Preferences {
    private final Map<String, String> values = new HashMap<>();

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    @Override
    public void put(String key, String value) {
        values.put(key, value);
    }

    @Override
    public void save() {
    }
}
