package dev.seatledger.core.ai;

/** The AI endpoint could not give a usable answer (not configured, unreachable, timed out, malformed). */
public class AiUnavailableException extends Exception {
    public AiUnavailableException(String message) { super(message); }
    public AiUnavailableException(String message, Throwable cause) { super(message, cause); }
}
