package dev.seatledger.core.exporting;

import dev.seatledger.core.common.Progress;
import dev.seatledger.core.common.SqlValues;
import dev.seatledger.core.common.Transactions;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;

/**
 * The live (not archived) licenses as CSV, one row per license. The headers are the ones the license import
 * recognises, so a file exported from one SeatLedger imports into another. License keys are never written.
 */
public class LicenseCsvExport {
    public static final List<String> HEADERS = List.of("License ID", "Product", "Publisher", "Category", "License Name",
        "Edition", "Version", "Seat Type", "Seats", "Seats Used", "Cost per Seat", "Total Cost", "Custom Annual Cost",
        "Currency", "Billing Cycle", "Purchase Date", "Start Date", "Expiry Date", "Renewal Date", "Auto Renew",
        "Notice Days", "Business Owner", "Vendor", "Purchase Order", "Invoice Number", "Status", "Notes");

    private static final String FROM = " from license l join product p on p.id = l.product_id where l.archived_at is null";
    private static final String SQL = "select l.id, p.name, p.publisher, p.category, l.name, l.edition, l.product_version,"
        + " l.seat_type, l.seats_total, l.seats_used, l.cost_per_seat, l.total_cost, l.custom_annual_cost, l.currency,"
        + " l.billing_cycle, l.purchase_date, l.start_date, l.expiry_date, l.renewal_date, l.auto_renew,"
        + " l.renewal_notice_days, l.business_owner, l.vendor, l.purchase_order, l.invoice_number, l.status, l.notes"
        + FROM + " order by lower(p.name), l.id";

    private final Transactions tx;

    public LicenseCsvExport(Transactions tx) {
        this.tx = tx;
    }

    /** Writes every live license; returns how many. */
    public long write(Writer out, Progress progress) {
        return CsvQueryExport.write(tx, "select count(*)" + FROM, SQL, HEADERS, r -> {
            Object[] c = Arrays.copyOf(r, r.length);
            c[7] = CsvQueryExport.word(r[7]);
            for (int i : new int[] {10, 11, 12}) {
                c[i] = CsvQueryExport.amount(r[i]);
            }
            c[14] = CsvQueryExport.word(r[14]);
            for (int i = 15; i <= 18; i++) {
                c[i] = SqlValues.date(r[i]);
            }
            c[19] = r[19] == null ? null : Boolean.TRUE.equals(r[19]) || "true".equalsIgnoreCase(r[19].toString())
                || "1".equals(r[19].toString()) ? "yes" : "no";
            c[25] = CsvQueryExport.word(r[25]);
            return Arrays.asList(c);
        }, out, progress);
    }
}
