package dev.seatledger.core.finance;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.Money;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Date;
import net.fortuna.ical4j.model.DateTime;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Version;

/**
 * Renewal and expiry dates as an iCalendar file (RFC 5545) that Outlook, Google Calendar and Thunderbird
 * import: one all-day event per date, with a display reminder the license's notice days before. Event
 * UIDs are stable, so importing a newer file updates the events instead of duplicating them.
 */
public class RenewalCalendarExport {
    public static final String PRODUCT_ID = "-//SeatLedger//Renewals//EN";
    private static final DateTimeFormatter ICAL_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final Clock clock;

    public RenewalCalendarExport(Clock clock) {
        this.clock = clock;
    }

    public void write(List<AgendaRow> rows, OutputStream out) {
        Calendar cal = new Calendar();
        cal.getProperties().add(new ProdId(PRODUCT_ID));
        cal.getProperties().add(Version.VERSION_2_0);
        cal.getProperties().add(CalScale.GREGORIAN);
        cal.getProperties().add(Method.PUBLISH);
        for (AgendaRow r : rows) {
            cal.getComponents().add(event(r));
        }
        try {
            new CalendarOutputter().output(cal, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String uid(AgendaRow r) {
        return "seatledger-license-" + r.licenseId() + "-" + r.kind().name().toLowerCase(java.util.Locale.ROOT)
            + "-" + ICAL_DATE.format(r.date()) + "@seatledger.dev";
    }

    public static String summary(AgendaRow r) {
        return Messages.get("finance.ics.summary." + r.kind().name(), r.displayName());
    }

    private VEvent event(AgendaRow r) {
        VEvent ev = new VEvent(date(r.date()), date(r.date().plusDays(1)), summary(r));
        ev.getProperties().remove(ev.getProperty(Property.DTSTAMP));
        DateTime stamp = new DateTime(clock.millis());
        stamp.setUtc(true);
        ev.getProperties().add(new DtStamp(stamp));
        ev.getProperties().add(new Uid(uid(r)));
        ev.getProperties().add(Transp.TRANSPARENT);
        ev.getProperties().add(new Description(description(r)));
        VAlarm alarm = new VAlarm(Period.ofDays(-r.noticeDays()));
        alarm.getProperties().add(Action.DISPLAY);
        alarm.getProperties().add(new Description(Messages.get("finance.ics.reminder", summary(r), r.noticeDays())));
        ev.getComponents().add(alarm);
        return ev;
    }

    private static String description(AgendaRow r) {
        StringBuilder b = new StringBuilder();
        if (r.cost() != null) {
            b.append(Messages.get("finance.ics.cost", Money.format(r.cost(), r.currency()))).append('\n');
        }
        b.append(Messages.get("finance.ics.autoRenew",
            Messages.get(r.autoRenew() ? "license.yes" : "finance.no"))).append('\n');
        if (r.owner() != null) {
            b.append(Messages.get("finance.ics.owner", r.owner())).append('\n');
        }
        b.append(Messages.get("finance.ics.decision", Messages.get("finance.decision." + r.decisionOrUndecided().name())));
        if (r.notes() != null) {
            b.append('\n').append(r.notes());
        }
        return b.toString();
    }

    private static Date date(LocalDate d) {
        try {
            return new Date(ICAL_DATE.format(d));
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
    }
}
