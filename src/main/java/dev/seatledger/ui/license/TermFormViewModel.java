package dev.seatledger.ui.license;

import dev.seatledger.core.common.FieldError;
import dev.seatledger.core.common.ValidationException;
import dev.seatledger.ui.common.FormViewModel;
import dev.seatledger.ui.common.TaskExecutor;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The term dialogs' form: a refusal's messages for the form's fields go under them; one about the license itself
 * (archived or removed meanwhile) becomes the general error, since no field shows it.
 */
abstract class TermFormViewModel extends FormViewModel {
    private final Set<String> fields;

    TermFormViewModel(TaskExecutor executor, Set<String> fields) {
        super(executor);
        this.fields = fields;
    }

    @Override
    protected void showFailure(Throwable t) {
        if (!(t instanceof ValidationException v)) {
            super.showFailure(t);
            return;
        }
        Map<String, String> byField = new HashMap<>();
        StringBuilder general = new StringBuilder();
        for (FieldError e : v.errors()) {
            if (fields.contains(e.field())) {
                byField.putIfAbsent(e.field(), e.message());
            } else {
                general.append(general.isEmpty() ? "" : " ").append(e.message());
            }
        }
        showFieldErrors(byField);
        if (!general.isEmpty()) {
            generalErrorProperty().set(general.toString());
        }
    }
}
