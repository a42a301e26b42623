package dev.seatledger.core.finance;

import dev.seatledger.core.common.CsvSafe;
import dev.seatledger.core.common.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The renewals agenda as CSV: one line per date, amounts as plain numbers, every cell formula-safe. */
public class AgendaCsvExport {
    /** Column keys, in order; headers come from {@code finance.csv.<key>}. */
    public static final List<String> COLUMNS = List.of("week", "date", "kind", "overdue", "product", "license",
        "owner", "status", "autoRenew", "annualCost", "currency", "annualCostBase", "baseCurrency", "decision",
        "targetSeats", "suggestedSeats", "notes");

    public static List<String> headers() {
        return COLUMNS.stream().map(k -> Messages.get("finance.csv." + k)).toList();
    }

    public void write(Agenda agenda, Writer out) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(headers().toArray(String[]::new)).get();
        try {
            CSVPrinter printer = new CSVPrinter(out, format);
            for (AgendaRow r : agenda.rows()) {
                List<Object> cells = new ArrayList<>();
                cells.add(r.weekStart());
                cells.add(r.date());
                cells.add(Messages.get("finance.kind." + r.kind().name()));
                cells.add(r.overdue(agenda.today()) ? Messages.get("license.yes") : "");
                cells.add(r.product());
                cells.add(r.licenseName());
                cells.add(r.owner());
                cells.add(Messages.get("license.status." + r.status().name()));
                cells.add(Messages.get(r.autoRenew() ? "license.yes" : "finance.no"));
                cells.add(plain(r.cost()));
                cells.add(r.currency());
                cells.add(plain(r.costBase()));
                cells.add(agenda.base());
                cells.add(Messages.get("finance.decision." + r.decisionOrUndecided().name()));
                cells.add(r.targetSeats());
                cells.add(r.suggestedSeats());
                cells.add(r.notes());
                printer.printRecord(cells.stream().map(CsvSafe::cell).toList());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String plain(BigDecimal v) {
        return v == null ? null : v.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
