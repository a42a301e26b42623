package dev.seatledger.core.utilization;

/** How many dormant seats one license has for one holder department and one signal (department may be null). */
public record DormantGroup(long licenseId, long productId, String department, Signal signal, long seats) {
    public boolean matches(DormancyFilter f) {
        return (f.signal() == null || f.signal() == signal)
            && (f.productId() == null || f.productId() == productId)
            && (f.department() == null || f.department().equals(department));
    }
}
