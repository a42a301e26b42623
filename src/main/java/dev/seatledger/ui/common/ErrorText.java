package dev.seatledger.ui.common;

import dev.seatledger.core.common.BusinessRuleException;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.NotFoundException;
import dev.seatledger.core.common.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns a failure into one line a user can read; unexpected failures are logged with their trace. */
public final class ErrorText {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorText.class);

    private ErrorText() {
    }

    public static String of(Throwable t) {
        if (t instanceof ValidationException v) {
            return v.errors().get(0).message();
        }
        if (t instanceof BusinessRuleException || t instanceof NotFoundException) {
            return t.getMessage();
        }
        LOG.error("Unexpected failure", t);
        return Messages.get("error.unexpected", dev.seatledger.core.common.ErrorWords.describe(t));
    }
}
