package dev.seatledger.core.finance;

import java.io.OutputStream;
import java.io.Writer;
import java.time.Clock;
import java.util.List;

/** The finance exports: renewals to iCalendar, the agenda to CSV and to a printable PDF. */
public class FinanceExports {
    private final RenewalCalendarExport ics;
    private final AgendaCsvExport csv = new AgendaCsvExport();
    private final AgendaPdfReport pdf = new AgendaPdfReport();

    public FinanceExports(Clock clock) {
        this.ics = new RenewalCalendarExport(clock);
    }

    public void calendar(List<AgendaRow> rows, OutputStream out) {
        ics.write(rows, out);
    }

    public void csv(Agenda agenda, Writer out) {
        csv.write(agenda, out);
    }

    public void pdf(Agenda agenda, OutputStream out) {
        pdf.write(agenda, out);
    }
}
