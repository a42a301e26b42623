package dev.seatledger.core.common;

import java.util.Optional;

/** User preferences, kept by infra in the data folder; read by services and view-models. */
public interface Preferences {
    String THEME = "ui.theme";
    String OPERATOR = "operator.name";
    String WINDOW_X = "window.x";
    String WINDOW_Y = "window.y";
    String WINDOW_W = "window.width";
    String WINDOW_H = "window.height";
    String WINDOW_MAX = "window.maximized";
    String BASE_CURRENCY = "finance.baseCurrency";
    String DORMANCY_DAYS = "utilization.dormancyDays";

    Optional<String> get(String key);

    void put(String key, String value);

    void save();

    default String get(String key, String fallback) {
        return get(key).orElse(fallback);
    }

    default Optional<Double> getDouble(String key) {
        try {
            return get(key).map(Double::parseDouble);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    default int getInt(String key, int fallback) {
        try {
            return get(key).map(String::strip).map(Integer::parseInt).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    default String operatorName() {
        return get(OPERATOR, System.getProperty("user.name", "operator"));
    }
}
