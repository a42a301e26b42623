package dev.seatledger.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.core.common.BusinessRuleException;
import dev.seatledger.core.common.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** The form base without a toolkit: field errors under their fields, other failures as one line, busy while saving. */
class FormViewModelTest {
    /** A form whose save runs the given work. */
    private static final class Form extends FormViewModel {
        final List<Object> saved = new ArrayList<>();

        Form() {
            super(new CurrentThreadTaskExecutor());
        }

        void save(Callable<Object> work) {
            submit(work, saved::add);
        }

        void check(Map<String, String> problems) {
            clearErrors();
            showFieldErrors(problems);
        }
    }

    @Test
    void validationErrorsGoUnderTheirFieldsAndNothingIsSaved() {
        Form form = new Form();

        form.save(() -> {
            throw ValidationException.of("name", "Name is required.");
        });

        assertThat(form.errors()).containsExactly(Map.entry("name", "Name is required."));
        assertThat(form.generalErrorProperty().get()).isEmpty();
        assertThat(form.busyProperty().get()).isFalse();
        assertThat(form.saved).isEmpty();
    }

    @Test
    void aRefusalIsTheGeneralErrorInWords() {
        Form form = new Form();

        form.save(() -> {
            throw new BusinessRuleException("No seats remaining on this license");
        });

        assertThat(form.generalErrorProperty().get()).isEqualTo("No seats remaining on this license");
        assertThat(form.errors()).isEmpty();
    }

    @Test
    void aSuccessfulSaveClearsTheErrorsShownAndHandsOverItsResult() {
        Form form = new Form();
        form.save(() -> {
            throw new BusinessRuleException("refused");
        });
        form.check(Map.of("seatsTotal", "Seats must be a whole number."));
        assertThat(form.errors()).containsKey("seatsTotal");
        assertThat(form.generalErrorProperty().get()).isEmpty();
        form.save(() -> {
            throw new BusinessRuleException("refused");
        });

        form.save(() -> 42L);

        assertThat(form.errors()).isEmpty();
        assertThat(form.generalErrorProperty().get()).isEmpty();
        assertThat(form.saved).containsExactly(42L);
    }

    @Test
    void storedNullsShowAsEmptyFieldsAndBlankFieldsAreStoredAsNull() {
        assertThat(FormViewModel.shown(null)).isEmpty();
        assertThat(FormViewModel.shown("Ana")).isEqualTo("Ana");
        assertThat(FormViewModel.blankToNull("  ")).isNull();
        assertThat(FormViewModel.blankToNull(null)).isNull();
        assertThat(FormViewModel.blankToNull(" key ")).isEqualTo(" key ");
    }
}
