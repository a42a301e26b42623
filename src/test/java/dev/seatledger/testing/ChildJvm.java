package dev.seatledger.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/** Starts a main class of the test classpath in a separate JVM (a second SeatLedger process). */
public final class ChildJvm {
    private static final Map<Process, BufferedReader> READERS = new WeakHashMap<>();

    private ChildJvm() {
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
        synchronized (READERS) {
            READERS.put(p, new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)));
        }
        return p;
    }

    /** Reads the child's output until a line equals {@code marker}; returns everything read by this call. */
    public static String awaitLine(Process p, String marker) throws IOException {
        BufferedReader r;
        synchronized (READERS) {
            r = READERS.get(p);
        }
        StringBuilder all = new StringBuilder();
        String line;
        while ((line = r.readLine()) != null) {
            all.append(line).append('\n');
            if (line.strip().equals(marker)) {
                return all.toString();
            }
        }
        throw new IOException("Child ended before printing " + marker + ":\n" + all);
    }

    /**
     * Collects, on a thread of its own, every line the child prints after the lines already awaited, until it ends
     * or is killed; read the buffer under its own lock.
     */
    public static StringBuffer drain(Process p) {
        BufferedReader r;
        synchronized (READERS) {
            r = READERS.get(p);
        }
        StringBuffer out = new StringBuffer();
        Thread t = new Thread(() -> {
            try {
                for (String line; (line = r.readLine()) != null; ) {
                    out.append(line).append('\n');
                }
            } catch (IOException killed) {
                // the stream closes with the process
            }
        }, "child-output");
        t.setDaemon(true);
        t.start();
        return out;
    }
}
