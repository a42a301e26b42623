package dev.seatledger.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Starts a main class of the test classpath in a separate JVM (a second SeatLedger process) and reads what it prints
 * on a thread of its own from the start. Every wait on a child has a time limit: a child that hangs fails the test
 * (and is killed) instead of hanging the build. Children still running when the test JVM exits are killed.
 */
public final class ChildJvm {
    /** How long a child may take to print an awaited line or to end, unless the call gives its own limit. */
    public static final Duration WAIT = Duration.ofSeconds(120);
    /** The line a gated child waits for on its standard input (see {@link #readyThenAwaitRelease()}). */
    private static final String GO = "GO";
    private static final Map<Process, Output> OUTPUTS = new WeakHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            synchronized (OUTPUTS) {
                OUTPUTS.keySet().stream().filter(Process::isAlive).forEach(Process::destroyForcibly);
            }
        }, "child-jvm-reaper"));
    }

    private ChildJvm() {
    }

    /** A line the child printed, with the moment (System.nanoTime of this JVM) it was read. */
    public record Line(String text, long nanos) {
    }

    public static Process start(Class<?> mainClass, String... args) throws IOException {
        return start(List.of(), mainClass, args);
    }

    /** The same with options for the child JVM, such as a heap limit. */
    public static Process start(List<String> jvmOptions, Class<?> mainClass, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(mainClass.getName());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        synchronized (OUTPUTS) {
            OUTPUTS.put(p, new Output(p));
        }
        return p;
    }

    private static Output output(Process p) {
        synchronized (OUTPUTS) {
            return OUTPUTS.get(p);
        }
    }

    /** Reads the child's output until a line equals {@code marker}, within {@link #WAIT}; returns the lines read. */
    public static String awaitLine(Process p, String marker) {
        return awaitLine(p, marker, WAIT);
    }

    /**
     * Reads the child's output until a line equals {@code marker}; returns everything read by this call. Fails (and
     * kills the child) when the child ends first or prints no such line within {@code limit}.
     */
    public static String awaitLine(Process p, String marker, Duration limit) {
        StringBuilder all = new StringBuilder();
        long deadline = System.nanoTime() + limit.toNanos();
        for (Line line = nextLine(p, deadline); line != null; line = nextLine(p, deadline)) {
            all.append(line.text()).append('\n');
            if (line.text().strip().equals(marker)) {
                return all.toString();
            }
        }
        throw new AssertionError("The child ended before printing " + marker + ":\n" + all);
    }

    /**
     * The next line the child prints, or null once its output has ended; fails (and kills the child) when nothing
     * comes before {@code deadline} (a System.nanoTime).
     */
    public static Line nextLine(Process p, long deadline) {
        Output out = output(p);
        try {
            Line line = out.unread.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) {
                p.destroyForcibly();
                throw new AssertionError("The child printed nothing more in time; it was killed. Its output:\n" + out.all);
            }
            if (line == Output.END) {
                out.unread.add(Output.END);
                return null;
            }
            return line;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new AssertionError("Interrupted while reading the child's output", e);
        }
    }

    /** Opens the gate of children waiting in {@link #readyThenAwaitRelease()}: one line to each, back to back. */
    public static void release(Process... children) {
        try {
            for (Process p : children) {
                OutputStream in = p.getOutputStream();
                in.write((GO + "\n").getBytes(StandardCharsets.UTF_8));
                in.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Run in a child: prints READY, then blocks (without using the CPU) until the parent calls {@link #release}. Both
     * children of a race wait here, so neither starts before the other is ready.
     */
    public static void readyThenAwaitRelease() throws IOException {
        System.out.println("READY");
        System.out.flush();
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (!GO.equals(line)) {
            throw new IOException("The parent closed the gate without releasing it");
        }
    }

    /**
     * Waits for the child to end by itself within {@code limit} and for its output to be read to the end; returns the
     * output not yet read by {@link #awaitLine}/{@link #nextLine}. Fails (and kills the child) on time-out.
     */
    public static String finish(Process p, Duration limit) {
        try {
            if (!p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("The child did not end within " + limit + "; it was killed. Its output:\n"
                    + output(p).all);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new AssertionError("Interrupted while waiting for the child", e);
        }
        return rest(p, limit);
    }

    /**
     * The exit status a child killed by {@link #kill} leaves: 137 (128 + SIGKILL) on POSIX; on Windows, where
     * {@code destroyForcibly} is TerminateProcess, the JDK's code 1.
     */
    public static final int KILLED = System.getProperty("os.name", "").startsWith("Windows") ? 1 : 137;

    /**
     * Kills the child ({@code destroyForcibly}: SIGKILL on POSIX, as {@code kill -9}), waits for it to end and for its
     * output to be read to the end, each within {@link #WAIT}; returns the output not yet read.
     */
    public static String kill(Process p) {
        p.destroyForcibly();
        return finish(p, WAIT);
    }

    /** Joins the reader of an ended child (within {@code limit}) and returns the lines not yet read. */
    private static String rest(Process p, Duration limit) {
        Output out = output(p);
        try {
            out.reader.join(limit.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while reading the child's output", e);
        }
        if (out.reader.isAlive()) {
            throw new AssertionError("The child's output was not read to its end within " + limit);
        }
        StringBuilder rest = new StringBuilder();
        for (Line line = out.unread.poll(); line != null && line != Output.END; line = out.unread.poll()) {
            rest.append(line.text()).append('\n');
        }
        out.unread.add(Output.END);
        return rest.toString();
    }

    /** Everything one child prints, read line by line as it comes. */
    private static final class Output {
        static final Line END = new Line("", 0);
        final BlockingQueue<Line> unread = new LinkedBlockingQueue<>();
        final StringBuffer all = new StringBuffer();
        final Thread reader;

        Output(Process p) {
            reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) {
                        all.append(line).append('\n');
                        unread.add(new Line(line, System.nanoTime()));
                    }
                } catch (IOException closed) {
                    // the stream closes with the process
                } finally {
                    unread.add(END);
                }
            }, "child-output");
            reader.setDaemon(true);
            reader.start();
        }
    }
}
