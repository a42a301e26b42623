package dev.seatledger.core.usage;

import dev.seatledger.core.common.Messages;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A usage file rolled up as it is read (an Entra guest's name, {@code name_domain#EXT#@tenant}, is a guest whatever the
 * file says): per account and application the latest use, the accounts a vendor lists,
 * the guests and service accounts seen (skipped), and the problems by line. Memory grows with the distinct accounts
 * and applications, never with the lines: a sign-in log of a million lines holds a few thousand pairs.
 */
public final class UsageRollup implements UsageSink {
    /** Problems kept with their text; beyond this only the count grows. */
    static final int PROBLEMS_KEPT = 200;
    /** Distinct account-application pairs a file may hold. */
    static final int MAX_PAIRS = 2_000_000;
    static final int NEVER = Integer.MIN_VALUE;

    private final UsageFormat format;
    private final Map<String, Integer> accountIds = new HashMap<>();
    private final List<String> accounts = new ArrayList<>();
    private final Map<String, Integer> appIds = new HashMap<>();
    private final List<String> apps = new ArrayList<>();
    private final Map<Long, Latest> latest = new HashMap<>();
    private final Map<Integer, Listed> listed = new LinkedHashMap<>();
    private final Set<Integer> guests = new HashSet<>();
    private final Set<Integer> services = new HashSet<>();
    private final Set<String> quiet = new HashSet<>();
    private final List<UsageProblem> problems = new ArrayList<>();
    private int problemCount;
    private int uses;
    private int failed;
    private int otherEvents;
    private int lastLine;

    public UsageRollup(UsageFormat format) {
        this.format = format;
    }

    /** The latest use of one application by one account: the day as written (or {@link #NEVER}) and its order. */
    static final class Latest {
        int day = NEVER;
        long at = Long.MIN_VALUE;
    }

    /** An account as a vendor lists it. */
    public record Listed(String account, boolean active, Boolean billable) {
        /** The account listed twice: active if either says so, billable if either says so, unknown if neither says. */
        Listed and(Listed other) {
            Boolean b = billable == null ? other.billable : other.billable == null ? billable
                : Boolean.valueOf(billable || other.billable);
            return new Listed(account, active || other.active, b);
        }
    }

    @Override
    public void use(int line, String account, String application, Instant at, LocalDate day) {
        lastLine = Math.max(lastLine, line);
        String key = account.strip().toLowerCase(Locale.ROOT);
        int who = accountId(key, account);
        if (key.contains("#ext#")) {
            guests.add(who);
            return;
        }
        if (guests.contains(who) || services.contains(who)) {
            return;
        }
        Integer app = appIds.get(application);
        if (app == null) {
            String appKey = application.strip().toLowerCase(Locale.ROOT);
            app = appIds.get(appKey);
            if (app == null) {
                app = apps.size();
                apps.add(application.strip());
                appIds.put(appKey, app);
            }
            appIds.put(application, app);
        }
        long pair = ((long) who << 32) | app;
        Latest l = latest.get(pair);
        if (l == null) {
            if (latest.size() >= MAX_PAIRS) {
                throw new IllegalStateException(Messages.get("usage.tooManyPairs", MAX_PAIRS));
            }
            l = new Latest();
            latest.put(pair, l);
        }
        long order = at != null ? at.getEpochSecond() : day == null ? Long.MIN_VALUE + 1
            : day.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        if (order > l.at || order == l.at && day != null && (int) day.toEpochDay() > l.day) {
            l.at = order;
            l.day = day == null ? NEVER : (int) day.toEpochDay();
        }
        uses++;
    }

    @Override
    public void account(int line, String account, AccountKind kind, boolean active, Boolean billable) {
        lastLine = Math.max(lastLine, line);
        String key = account.strip().toLowerCase(Locale.ROOT);
        int who = accountId(key, account);
        AccountKind k = key.contains("#ext#") ? AccountKind.GUEST : kind;
        if (k == AccountKind.GUEST) {
            guests.add(who);
        } else if (k == AccountKind.SERVICE) {
            services.add(who);
        }
        listed.merge(who, new Listed(accounts.get(who), active, billable), Listed::and);
    }

    @Override
    public void quietApplication(String application) {
        quiet.add(application.strip().toLowerCase(Locale.ROOT));
    }

    /** Whether an application is one the file names for everyone (not listed as unknown when no product has it). */
    public boolean quiet(String application) {
        return quiet.contains(application.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public void ignored(int line, Ignored why) {
        lastLine = Math.max(lastLine, line);
        if (why == Ignored.FAILED_SIGN_IN) {
            failed++;
        } else {
            otherEvents++;
        }
    }

    @Override
    public void problem(int line, String field, String message) {
        lastLine = Math.max(lastLine, line);
        problemCount++;
        if (problems.size() < PROBLEMS_KEPT) {
            problems.add(new UsageProblem(line, field, message));
        }
    }

    private int accountId(String key, String account) {
        Integer id = accountIds.get(key);
        if (id == null) {
            id = accounts.size();
            accounts.add(account.strip());
            accountIds.put(key, id);
        }
        return id;
    }

    public UsageFormat format() {
        return format;
    }

    /** Every latest use, once per account and application. */
    public void forEachUse(UseVisitor visitor) {
        latest.forEach((key, l) -> {
            int who = (int) (key >>> 32);
            if (!guests.contains(who) && !services.contains(who)) {
                visitor.visit(accounts.get(who), apps.get((int) (long) key), l.day == NEVER ? null : LocalDate.ofEpochDay(l.day));
            }
        });
    }

    /** Receives one latest use. */
    @FunctionalInterface
    public interface UseVisitor {
        void visit(String account, String application, LocalDate day);
    }

    /** The accounts a vendor lists that are people (not guests or service accounts), in file order. */
    public List<Listed> people() {
        List<Listed> out = new ArrayList<>();
        listed.forEach((who, l) -> {
            if (!guests.contains(who) && !services.contains(who)) {
                out.add(l);
            }
        });
        return out;
    }

    /** Every account a vendor lists, guests and service accounts too. */
    public List<Listed> allListed() {
        return List.copyOf(listed.values());
    }

    public int guests() {
        return guests.size();
    }

    public int serviceAccounts() {
        return services.size();
    }

    public int pairs() {
        return latest.size();
    }

    public int uses() {
        return uses;
    }

    public int failedSignIns() {
        return failed;
    }

    public int otherEvents() {
        return otherEvents;
    }

    public int lines() {
        return lastLine;
    }

    public List<UsageProblem> problems() {
        return List.copyOf(problems);
    }

    public int problemCount() {
        return problemCount;
    }

    public boolean valid() {
        return problemCount == 0;
    }

    /** The distinct applications the file names. */
    public List<String> applications() {
        return List.copyOf(apps);
    }
}
