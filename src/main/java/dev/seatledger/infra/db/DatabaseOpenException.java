package dev.seatledger.infra.db;

/** The database could not be opened; the message is written for the user and names the file. */
public class DatabaseOpenException extends RuntimeException {
    public DatabaseOpenException(String message, Throwable cause) {
        super(message, cause);
    }
}
