package org.rangefinder.app.screen;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rangefinder.motion.ReasonCode;

/**
 * What a screening run counted: rows by relief and by reason code, the possible reductions, the
 * rows by district and the first rows that were not decided. Its size does not grow with the number
 * of rows: districts beyond {@link #MAX_COURTS} are counted together, and only the first
 * {@link #MAX_NOT_DECIDED} undecided rows are kept with their messages.
 */
public final class ScreenStats {

    /** The most districts listed one by one; the rest are counted under {@link #OTHER_COURTS}. */
    public static final int MAX_COURTS = 500;
    /** The most undecided rows kept with their messages (for the report). */
    public static final int MAX_NOT_DECIDED = 1000;
    public static final String OTHER_COURTS = "(other districts)";
    public static final String NO_COURT = "(not stated)";

    /** Upper bounds (inclusive) of the reduction histogram's buckets, in months; the last bucket is open. */
    static final int[] BUCKET_TOPS = {6, 12, 18, 24, 36, 48, 60, 90, 120, 180, 240};

    /** One undecided row, for the report. */
    public record NotDecided(long line, String id, String court, RowStatus status, List<String> messages) {}

    /** Counts for one district. */
    public static final class Court {
        final long[] byStatus = new long[RowStatus.values().length];
        long reductionMonths;

        public long rows() {
            return java.util.Arrays.stream(byStatus).sum();
        }

        public long count(RowStatus s) {
            return byStatus[s.ordinal()];
        }

        public long reductionMonths() {
            return reductionMonths;
        }

        void add(Court o) {
            for (int i = 0; i < byStatus.length; i++) {
                byStatus[i] += o.byStatus[i];
            }
            reductionMonths += o.reductionMonths;
        }
    }

    private final long[] byStatus = new long[RowStatus.values().length];
    private final long[] byCode = new long[ReasonCode.values().length];
    private long malformed;
    private long reductionMonths;
    private long reductionRows;
    private final long[] histogram = new long[BUCKET_TOPS.length + 1];
    private final Map<String, Court> courts = new LinkedHashMap<>();
    private final List<NotDecided> notDecided = new ArrayList<>();
    private long notDecidedLeftOut;
    private final Map<String, Long> invalidByColumn = new LinkedHashMap<>();

    /** Counts a row with its status and its district. */
    void row(RowStatus status, String court) {
        byStatus[status.ordinal()]++;
        court(court).byStatus[status.ordinal()]++;
    }

    void countMalformed() {
        malformed++;
    }

    void code(ReasonCode code) {
        byCode[code.ordinal()]++;
    }

    void reduction(String court, long months) {
        reductionMonths += months;
        reductionRows++;
        histogram[bucket(months)]++;
        court(court).reductionMonths += months;
    }

    void notDecided(long line, String id, String court, RowStatus status, List<String> messages) {
        if (notDecided.size() < MAX_NOT_DECIDED) {
            notDecided.add(new NotDecided(line, id, court, status, List.copyOf(messages)));
        } else {
            notDecidedLeftOut++;
        }
    }

    void invalidColumn(String column) {
        invalidByColumn.merge(column, 1L, Long::sum);
    }

    private Court court(String name) {
        String key = name.isEmpty() ? NO_COURT : name;
        Court c = courts.get(key);
        if (c == null) {
            if (courts.size() >= MAX_COURTS && !key.equals(OTHER_COURTS)) {
                return court(OTHER_COURTS);
            }
            c = new Court();
            courts.put(key, c);
        }
        return c;
    }

    static int bucket(long months) {
        for (int i = 0; i < BUCKET_TOPS.length; i++) {
            if (months <= BUCKET_TOPS[i]) {
                return i;
            }
        }
        return BUCKET_TOPS.length;
    }

    /** Adds the counts of a later batch. */
    public void add(ScreenStats o) {
        for (int i = 0; i < byStatus.length; i++) {
            byStatus[i] += o.byStatus[i];
        }
        for (int i = 0; i < byCode.length; i++) {
            byCode[i] += o.byCode[i];
        }
        malformed += o.malformed;
        reductionMonths += o.reductionMonths;
        reductionRows += o.reductionRows;
        for (int i = 0; i < histogram.length; i++) {
            histogram[i] += o.histogram[i];
        }
        o.courts.forEach((k, v) -> court(k).add(v));
        for (NotDecided n : o.notDecided) {
            if (notDecided.size() < MAX_NOT_DECIDED) {
                notDecided.add(n);
            } else {
                notDecidedLeftOut++;
            }
        }
        notDecidedLeftOut += o.notDecidedLeftOut;
        o.invalidByColumn.forEach((k, v) -> invalidByColumn.merge(k, v, Long::sum));
    }

    public long rows() {
        return java.util.Arrays.stream(byStatus).sum();
    }

    public long count(RowStatus s) {
        return byStatus[s.ordinal()];
    }

    public long decided() {
        return count(RowStatus.AVAILABLE) + count(RowStatus.UNAVAILABLE) + count(RowStatus.UNDETERMINED);
    }

    public long count(ReasonCode c) {
        return byCode[c.ordinal()];
    }

    /** Error rows that were malformed CSV records (the other error rows are defects). */
    public long malformed() {
        return malformed;
    }

    /** The sum over rows with relief available and a sentence of (sentence - lowest permitted term), in months. */
    public long reductionMonths() {
        return reductionMonths;
    }

    /** The rows counted in {@link #reductionMonths()}. */
    public long reductionRows() {
        return reductionRows;
    }

    /** The counts of the reduction histogram, bucket by bucket (see {@link #bucketLabel}). */
    public long[] histogram() {
        return histogram.clone();
    }

    /** "1-6", "7-12", ..., "241+" (the first bucket also holds rows whose floor equals the sentence: "0-6"). */
    public static String bucketLabel(int i) {
        int from = i == 0 ? 0 : BUCKET_TOPS[i - 1] + 1;
        return i == BUCKET_TOPS.length ? from + "+" : from + "-" + BUCKET_TOPS[i];
    }

    public Map<String, Court> courts() {
        return Collections.unmodifiableMap(courts);
    }

    public List<NotDecided> notDecided() {
        return Collections.unmodifiableList(notDecided);
    }

    public long notDecidedLeftOut() {
        return notDecidedLeftOut;
    }

    /** For invalid rows: how many rows had a problem in each column. */
    public Map<String, Long> invalidByColumn() {
        return Collections.unmodifiableMap(invalidByColumn);
    }
}
