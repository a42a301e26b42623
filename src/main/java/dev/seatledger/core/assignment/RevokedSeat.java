package dev.seatledger.core.assignment;

/**
 * A seat just revoked, with what its callers tell about it: the holder's name and e-mail address and the license's
 * name as lists show it ("Product — License").
 */
public record RevokedSeat(long seatId, long licenseId, long personId, String holderName, String holderEmail,
                          String licenseName) {
}
