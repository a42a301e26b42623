package dev.seatledger.core.common;

import java.util.function.Supplier;

/** Who is working: the operator name recorded on every change (a setting; default the OS user). */
@FunctionalInterface
public interface Operator extends Supplier<String> {
    static Operator fixed(String name) {
        return () -> name;
    }
}
