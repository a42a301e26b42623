package dev.seatledger.core.recognition;

/** A catalog product an application may be, with a confidence from 0 to 1 and the reason. */
public record Suggestion(long productId, String productName, double confidence, Reason reason) {
}
