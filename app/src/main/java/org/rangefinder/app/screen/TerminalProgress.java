package org.rangefinder.app.screen;

import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A one-line progress display on standard error: rows screened, rows per second, the share of the
 * input read and the time left (from the bytes read and the size of the input). Redrawn at most
 * every 200 ms, and only on an interactive terminal (see {@link #wanted}).
 */
public final class TerminalProgress implements Screening.Progress, AutoCloseable {

    /** Set to any value to turn the progress display off. */
    public static final String ENV_OFF = "RANGEFINDER_NO_PROGRESS";

    private static final long REDRAW_MILLIS = 200;

    private final PrintWriter err;
    private final long totalBytes;
    private final long startNanos = System.nanoTime();
    private final ScheduledExecutorService timer;
    private volatile long rows;
    private volatile long bytes;
    private long drawnRows = -1;
    private int lastWidth;

    private TerminalProgress(PrintWriter err, long totalBytes) {
        this.err = err;
        this.totalBytes = totalBytes;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "screen-progress");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(this::draw, REDRAW_MILLIS, REDRAW_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** A progress display when wanted, else {@link Screening.Progress#NONE}. */
    public static Screening.Progress start(PrintWriter err, long totalBytes, boolean wanted) {
        return wanted ? new TerminalProgress(err, totalBytes) : Screening.Progress.NONE;
    }

    /**
     * Whether to show progress: not turned off (option or {@link #ENV_OFF}), {@code TERM} is not
     * {@code dumb}, there is a console, and standard error is a terminal, not a file or a pipe.
     */
    public static boolean wanted(boolean turnedOff, Map<String, String> env) {
        if (turnedOff || env.containsKey(ENV_OFF) || "dumb".equals(env.get("TERM"))) {
            return false;
        }
        java.io.Console console = System.console();
        if (console == null || !isTerminal(console)) {
            return false;
        }
        return stderrIsTerminal();
    }

    /** {@code Console.isTerminal()} where the JDK has it (22 and later return a console even when redirected). */
    private static boolean isTerminal(java.io.Console console) {
        try {
            Method m = java.io.Console.class.getMethod("isTerminal");
            return (Boolean) m.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    private static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void update(long rowsWritten, long bytesRead) {
        this.rows = rowsWritten;
        this.bytes = bytesRead;
    }

    private synchronized void draw() {
        long r = rows;
        long b = bytes;
        if (r == drawnRows) {
            return;
        }
        drawnRows = r;
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        StringBuilder sb = new StringBuilder(80);
        sb.append(String.format(Locale.US, "screen: %,d rows, %,.0f rows/s", r, seconds > 0 ? r / seconds : 0));
        if (totalBytes > 0 && b > 0) {
            double share = Math.min(1.0, (double) b / totalBytes);
            long left = Math.round(seconds * (1 - share) / share);
            sb.append(String.format(Locale.US, ", %.0f%% read, about %d:%02d left", share * 100, left / 60, left % 60));
        }
        String line = sb.toString();
        int pad = Math.max(0, lastWidth - line.length());
        lastWidth = line.length();
        err.print("\r" + line + " ".repeat(pad));
        err.flush();
    }

    @Override
    public synchronized void close() {
        timer.shutdownNow();
        if (lastWidth > 0) {
            err.print("\r" + " ".repeat(lastWidth) + "\r");
            err.flush();
        }
    }
}
