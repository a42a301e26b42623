package dev.seatledger.cli;

import dev.seatledger.core.common.FieldError;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.Money;
import dev.seatledger.core.common.Preferences;
import dev.seatledger.core.common.ValidationException;
import dev.seatledger.core.finance.ExchangeRateService;
import dev.seatledger.core.finance.RateRow;
import dev.seatledger.infra.settings.Settings;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code seatledger currency}: the base currency every total is in (a setting of the data folder, as in the
 * window's Settings) and the team's exchange-rate table (in the database); prints both after any change.
 */
@Command(name = "currency", description = {"Show or set the base currency and the exchange rates that totals use.",
    "A rate says what one unit of a currency is worth in the base currency: --rate USD=0.92 with base EUR."})
final class CurrencyCommand implements Callable<Integer> {
    @ParentCommand SeatLedgerCli root;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Option(names = "--base", paramLabel = "CODE", description = "Make this currency the base of totals and reports")
    String base;
    @Option(names = "--rate", paramLabel = "CODE=RATE", description = "Add or replace a rate to the base (repeatable)")
    Map<String, String> rates = new LinkedHashMap<>();
    @Option(names = "--remove", paramLabel = "CODE", description = "Delete the rate of a currency (repeatable)")
    List<String> remove = new ArrayList<>();
    @Option(names = "--as-of", paramLabel = "DATE", description = "Date of the rates given (default: today)")
    LocalDate asOf;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String code = base == null ? root.baseCurrency() : base.strip().toUpperCase(Locale.ROOT);
        if (!Money.isIsoCurrency(code)) {
            err.println("--base: " + Messages.get("finance.rate.invalidCurrency", base == null ? code : base));
            return 1;
        }
        Map<String, BigDecimal> parsed = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : rates.entrySet()) {
            BigDecimal rate = number(e.getValue());
            if (rate == null) {
                err.println("--rate " + e.getKey() + ": " + Messages.get("cli.currency.notANumber", e.getValue()));
                return 1;
            }
            parsed.put(e.getKey(), rate);
        }
        try {
            root.withServices(s -> {
                ExchangeRateService service = s.exchangeRates();
                service.saveAll(code, parsed, asOf);
                for (String c : remove) {
                    service.delete(code, c.strip().toUpperCase(Locale.ROOT));
                }
                if (base != null) {
                    Settings settings = new Settings(root.folder());
                    settings.put(Preferences.BASE_CURRENCY, code);
                    settings.save();
                }
                print(out, code, service.list(code), service.currenciesWithoutRate(code));
                return null;
            });
            return 0;
        } catch (ValidationException e) {
            for (FieldError f : e.errors()) {
                err.println(("base".equals(f.field()) ? "--base" : "--rate") + ": " + f.message());
            }
            return 1;
        }
    }

    /** A rate as scripts write it: digits with a point for decimals ("0.92"); null for anything else. */
    private static BigDecimal number(String text) {
        String s = text == null ? "" : text.strip();
        return s.matches("[0-9]+(\\.[0-9]+)?|\\.[0-9]+") ? new BigDecimal(s) : null;
    }

    private static void print(PrintWriter out, String base, List<RateRow> rows, List<String> without) {
        out.println(Messages.get("cli.currency.base", base));
        for (RateRow r : rows) {
            out.println(Messages.get("cli.currency.rate", r.currency(), r.rate().toPlainString(), base,
                Messages.date(r.asOf())));
        }
        if (!without.isEmpty()) {
            out.println(Messages.get("finance.rates.without", String.join(", ", without)));
        }
    }
}
