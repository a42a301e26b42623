package dev.seatledger.core.license;

import java.util.List;

/** The id of the saved record plus any non-blocking warnings to show. */
public record SaveResult(long id, List<String> warnings) {
}
