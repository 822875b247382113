package org.rangefinder.app.screen;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rangefinder.explain.DeterminationRenderer;
import org.rangefinder.explain.Json;
import org.rangefinder.io.CaseFileReader;
import org.rangefinder.io.Problem;
import org.rangefinder.law.UnsupportedQuestionException;
import org.rangefinder.model.MonthRange;
import org.rangefinder.model.Months;
import org.rangefinder.motion.Determination;
import org.rangefinder.motion.MotionAnalyzer;
import org.rangefinder.motion.Reason;

/**
 * Screens records: each row to the case-file tree, validated by {@link CaseFileReader#readKnownKeys(
 * com.fasterxml.jackson.databind.JsonNode)} (the header's columns were checked once), decided by the one shared {@link MotionAnalyzer}, and
 * written as one output line. Safe to use from several threads at once (one batch per call).
 */
public final class Screener {

    /** The output columns, in order. */
    public static final List<String> OUTPUT_COLUMNS = List.of("id", "line", "relief", "original_table_range",
            "original_applicable_range", "amended_table_range", "amended_applicable_range", "lowest_permitted_months",
            "reason_codes", "warnings", "error");

    /** Separates the messages of one cell (warnings, errors); messages may contain semicolons themselves. */
    public static final String MESSAGE_SEPARATOR = " | ";

    /** The output format. */
    public enum Format {
        csv, jsonl
    }

    /** The output text of a batch, in input order, and what it counted. */
    public record Batch(String text, ScreenStats stats) {}

    private final Header header;
    private final MotionAnalyzer analyzer;
    private final LocalDate today;
    private final Format format;
    private final String engineVersion;

    public Screener(Header header, MotionAnalyzer analyzer, LocalDate today, Format format, String engineVersion) {
        this.header = header;
        this.analyzer = analyzer;
        this.today = today;
        this.format = format;
        this.engineVersion = engineVersion;
    }

    /** The CSV header line of the output (none for JSON lines). */
    public String outputHeader() {
        if (format == Format.jsonl) {
            return "";
        }
        StringBuilderWriter w = new StringBuilderWriter(256);
        CsvWriter csv = csv(w);
        csv.writeRecord(OUTPUT_COLUMNS);
        flush(csv);
        return w.toString();
    }

    private static CsvWriter csv(Writer w) {
        return CsvWriter.builder().lineDelimiter(LineDelimiter.LF).bufferSize(16 * 1024).build(w);
    }

    private static void flush(CsvWriter csv) {
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Screens a batch of records in two passes, validate every row, then decide and write every row,
     * rather than row by row: each pass keeps its own code hot in the processor's caches, which saves
     * about a tenth of the time per row (measured; see docs/performance.md). A determination is written
     * as soon as it is made, so that it never outlives its row.
     */
    public Batch screen(List<RecordScanner.Record> records) {
        int n = records.size();
        // the case-file reader's result for each row, or what it threw; null for a malformed record
        Object[] read = new Object[n];
        for (int i = 0; i < n; i++) {
            RecordScanner.Record r = records.get(i);
            if (!r.isError()) {
                try {
                    read[i] = CaseFileReader.readKnownKeys(header.tree(r.fields()));
                } catch (RuntimeException | StackOverflowError e) {
                    read[i] = e;
                }
            }
        }
        StringBuilderWriter out = new StringBuilderWriter(n * (format == Format.jsonl ? 4096 : 160));
        CsvWriter csv = format == Format.csv ? csv(out) : null;
        ScreenStats stats = new ScreenStats();
        for (int i = 0; i < n; i++) {
            Object decided = null;
            if (read[i] instanceof CaseFileReader.Valid valid) {
                try {
                    // the CSV row prints no trace, so none is built
                    decided = format == Format.csv ? analyzer.analyzeWithoutTrace(valid.theCase(), today)
                            : analyzer.analyze(valid.theCase(), today);
                } catch (RuntimeException | StackOverflowError e) {
                    decided = e;
                }
            }
            write(records.get(i), read[i], decided, csv, out, stats);
        }
        if (csv != null) {
            flush(csv);
        }
        return new Batch(out.toString(), stats);
    }

    private void write(RecordScanner.Record r, Object read, Object decided, CsvWriter csv, StringBuilderWriter out,
            ScreenStats stats) {
        String[] fields = r.fields();
        // a malformed record keeps its id when it has one; its other fields may be shifted, so no district
        String id = header.id(fields);
        String court = r.isError() ? "" : header.court(fields);
        if (r.isError()) {
            stats.row(RowStatus.ERROR, court);
            stats.countMalformed();
            stats.notDecided(r.line(), id, court, RowStatus.ERROR, List.of(r.error()));
            undecided(csv, out, id, r.line(), RowStatus.ERROR, List.of(r.error()), null);
            return;
        }
        if (read instanceof CaseFileReader.Valid valid && decided instanceof Determination d) {
            decided(csv, out, id, r.line(), d, valid, stats, court);
            return;
        }
        RowStatus status;
        List<String> messages;
        List<Problem> problems = null;
        Object failure = read instanceof Throwable ? read : decided;
        if (read instanceof CaseFileReader.Invalid invalid) {
            status = RowStatus.INVALID;
            problems = invalid.problems();
            messages = new ArrayList<>(problems.size());
            for (Problem p : problems) {
                String column = Columns.columnOf(p.field());
                messages.add(column + ": " + Columns.inColumns(p.message()));
                int paren = column.indexOf(" (item");
                stats.invalidColumn(paren < 0 ? column : column.substring(0, paren));
            }
        } else if (failure instanceof UnsupportedQuestionException e) {
            status = RowStatus.UNSUPPORTED;
            messages = List.of(String.valueOf(e.getMessage()));
        } else {
            status = RowStatus.ERROR;
            messages = List.of("internal error (a defect in Rangefinder, please report it): " + failure);
        }
        stats.row(status, court);
        stats.notDecided(r.line(), id, court, status, messages);
        undecided(csv, out, id, r.line(), status, messages, problems);
    }

    private void decided(CsvWriter csv, StringBuilderWriter out, String id, long line, Determination d,
            CaseFileReader.Valid valid, ScreenStats stats, String court) {
        RowStatus status = RowStatus.of(d.relief());
        stats.row(status, court);
        for (Reason reason : d.reasons()) {
            stats.code(reason.code());
        }
        Optional<Months> sentence = valid.theCase().sentencing().sentence();
        if (status == RowStatus.AVAILABLE && d.lowestPermitted().isPresent() && sentence.isPresent()
                && !sentence.get().isLife() && !d.lowestPermitted().get().isLife()) {
            stats.reduction(court, Math.max(0, sentence.get().count() - d.lowestPermitted().get().count()));
        }
        if (csv == null) {
            ObjectNode n = Json.object();
            n.put("id", id);
            n.put("line", line);
            n.setAll(DeterminationRenderer.json(null, d, engineVersion));
            if (!valid.warnings().isEmpty()) {
                ArrayNode w = (ArrayNode) n.get("warnings");
                valid.warnings().forEach(w::add);
            }
            out.append(Json.line(n)).append('\n');
            return;
        }
        List<Reason> reasons = d.reasons();
        String codes;
        if (reasons.size() == 1) {
            codes = reasons.getFirst().code().name();
        } else {
            StringBuilder sb = new StringBuilder(64);
            for (Reason reason : reasons) {
                if (!sb.isEmpty()) {
                    sb.append(';');
                }
                sb.append(reason.code().name());
            }
            codes = sb.toString();
        }
        String warnings = "";
        if (!d.warnings().isEmpty() || !valid.warnings().isEmpty()) {
            List<String> all = new ArrayList<>(valid.warnings());
            all.addAll(d.warnings());
            warnings = join(all.stream().map(Columns::inColumns).toList());
        }
        Optional<Determination.Ranges> o = d.original();
        Optional<Determination.Ranges> a = d.amended();
        csv.writeRecord(id, Long.toString(line), status.word(),
                range(o.flatMap(Determination.Ranges::tableRange)),
                range(o.flatMap(Determination.Ranges::applicableRange)),
                range(a.flatMap(Determination.Ranges::tableRange)),
                range(a.flatMap(Determination.Ranges::applicableRange)),
                d.lowestPermitted().map(Months::toString).orElse(""),
                codes, warnings, "");
    }

    private void undecided(CsvWriter csv, StringBuilderWriter out, String id, long line, RowStatus status,
            List<String> messages, List<Problem> problems) {
        if (csv != null) {
            csv.writeRecord(id, Long.toString(line), status.word(), "", "", "", "", "", "", "", join(messages));
            return;
        }
        ObjectNode n = Json.object();
        n.put("id", id);
        n.put("line", line);
        n.put("relief", status.word());
        switch (status) {
            case INVALID -> {
                ArrayNode errors = n.putArray("errors");
                for (Problem p : problems) {
                    ObjectNode e = errors.addObject();
                    e.put("field", Columns.columnOf(p.field()));
                    e.put("message", Columns.inColumns(p.message()));
                }
            }
            case UNSUPPORTED -> n.put("unsupported", messages.getFirst());
            default -> n.put("error", join(messages));
        }
        out.append(Json.line(n)).append('\n');
    }

    /** {@code N-M}, {@code N-life} or {@code life-life}; empty when unknown. */
    static String range(Optional<MonthRange> r) {
        if (r.isEmpty()) {
            return "";
        }
        MonthRange m = r.get();
        return m.min() + "-" + m.max();
    }

    private static String join(List<String> messages) {
        return messages.size() == 1 ? messages.getFirst() : String.join(MESSAGE_SEPARATOR, messages);
    }
}
