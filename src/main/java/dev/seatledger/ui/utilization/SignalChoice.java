package dev.seatledger.ui.utilization;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.usage.UsageSource;
import dev.seatledger.core.utilization.Signal;
import java.util.ArrayList;
import java.util.List;

/**
 * One entry of the dormant seats' signal filter: all signals, a signal, or real usage from one source (the endpoint
 * agent, an SSO sign-in, vendor activity).
 */
public record SignalChoice(Signal signal, UsageSource source) {
    public static final SignalChoice ALL = new SignalChoice(null, null);

    /** All signals; real usage, then each of its sources; the login proxy; user status. */
    public static List<SignalChoice> choices() {
        List<SignalChoice> out = new ArrayList<>();
        out.add(ALL);
        out.add(new SignalChoice(Signal.REAL_USAGE, null));
        UsageSource.REAL.forEach(s -> out.add(new SignalChoice(Signal.REAL_USAGE, s)));
        out.add(new SignalChoice(Signal.LOGIN_PROXY, null));
        out.add(new SignalChoice(Signal.USER_STATUS, null));
        return out;
    }

    /** "All signals", "Real usage", "Real usage · SSO sign-in", "Login proxy (weak)". */
    public String label() {
        if (signal == null) {
            return Messages.get("util.allSignals");
        }
        String s = Messages.get("util.signal." + signal.name());
        return source == null ? s : Messages.get("util.signal.source", s, Messages.get("usage.source." + source.name()));
    }
}
