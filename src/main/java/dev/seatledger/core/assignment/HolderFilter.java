package dev.seatledger.core.assignment;

/** Search, the "inactive seats" toggle and the sort of a holders page. */
public record HolderFilter(String search, boolean inactiveOnly, HolderSort sort, boolean ascending) {
    public static HolderFilter all() {
        return new HolderFilter(null, false, HolderSort.NAME, true);
    }

    public HolderFilter withSearch(String s) {
        return new HolderFilter(s, inactiveOnly, sort, ascending);
    }

    public HolderFilter withInactiveOnly(boolean b) {
        return new HolderFilter(search, b, sort, ascending);
    }

    public HolderFilter sortedBy(HolderSort s, boolean asc) {
        return new HolderFilter(search, inactiveOnly, s, asc);
    }
}
