package org.rangefinder.app.screen;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A screening run: reads records in batches on the calling thread, screens the batches on a pool of
 * threads, and writes their output in input order. At most {@code 2 x threads} batches are read
 * ahead, so memory does not grow with the number of rows.
 */
public final class Screening {

    /** Rows per batch. */
    public static final int BATCH_SIZE = 2048;

    /** Told of the progress after every batch read and every batch written. */
    public interface Progress {
        Progress NONE = (rows, bytes) -> {};

        void update(long rowsWritten, long bytesRead);
    }

    private Screening() {}

    /** The header, the first record of the input. */
    public static Header readHeader(RecordScanner scanner) throws IOException, Header.InvalidHeaderException {
        RecordScanner.Record first = scanner.next();
        if (first == null) {
            throw new Header.InvalidHeaderException(List.of("the input is empty (expected a header row naming the columns, see"
                    + " docs/screening.md)"));
        }
        if (first.isError()) {
            throw new Header.InvalidHeaderException(List.of("header (line " + first.line() + "): " + first.error()));
        }
        Header header = Header.of(first.fields());
        scanner.expectFields(header.size());
        return header;
    }

    /** Screens every record after the header and writes the output; returns what was counted. */
    public static ScreenStats run(RecordScanner scanner, Screener screener, Writer out, int threads, int batchSize,
            Progress progress) throws IOException {
        ScreenStats total = new ScreenStats();
        out.write(screener.outputHeader());
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "screen-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            ArrayDeque<Future<Screener.Batch>> inFlight = new ArrayDeque<>();
            int maxInFlight = Math.max(2, threads * 2);
            long rows = 0;
            while (true) {
                List<RecordScanner.Record> batch = new ArrayList<>(batchSize);
                RecordScanner.Record r;
                while (batch.size() < batchSize && (r = scanner.next()) != null) {
                    batch.add(r);
                }
                if (batch.isEmpty()) {
                    break;
                }
                inFlight.add(pool.submit(() -> screener.screen(batch)));
                progress.update(rows, scanner.bytesRead());
                while (inFlight.size() >= maxInFlight) {
                    rows += write(inFlight.poll(), out, total);
                    progress.update(rows, scanner.bytesRead());
                }
                if (batch.size() < batchSize) {
                    break;
                }
            }
            while (!inFlight.isEmpty()) {
                rows += write(inFlight.poll(), out, total);
                progress.update(rows, scanner.bytesRead());
            }
        } finally {
            pool.shutdownNow();
        }
        out.flush();
        return total;
    }

    private static long write(Future<Screener.Batch> f, Writer out, ScreenStats total) throws IOException {
        Screener.Batch b;
        try {
            b = f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("screening interrupted", e);
        } catch (ExecutionException e) {
            // every row's own failure is caught and written as an error row; this is a defect of the run itself
            throw new IllegalStateException("a batch failed: " + e.getCause(), e.getCause());
        }
        out.write(b.text());
        total.add(b.stats());
        return b.stats().rows();
    }
}
