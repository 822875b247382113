package org.rangefinder.app.screen;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.rangefinder.Guidelines;
import org.rangefinder.model.CriminalHistoryCategory;
import org.rangefinder.model.MonthRange;
import org.rangefinder.model.OffenseLevel;

/**
 * Writes a synthetic docket CSV for screening: offense levels, criminal history categories and
 * statutory minimums drawn from the Commission's data ({@code docket-frequencies.csv}), a mix of
 * motions, offenses and districts ({@code docket-mix.csv}), and facts consistent with each other
 * (points within the category, the guideline range of the Sentencing Table, a sentence placed by
 * the departures, dates in order). About 2% of the rows carry one invalid fact, and a few lines are
 * malformed CSV. The same seed gives the same file.
 */
public final class DocketGenerator {

    /** The share of rows with one invalid fact. */
    public static final double INVALID_SHARE = 0.02;

    private static final int LIFE = Integer.MAX_VALUE;
    private static final CriminalHistoryCategory[] CATEGORIES = CriminalHistoryCategory.values();

    // the index of each column in a row (the order of Columns.ALL)
    private static final int AMENDED_GUIDELINE_RANGE = column("amended_guideline_range");
    private static final int AMENDED_OFFENSE_LEVEL = column("amended_offense_level");
    private static final int AMENDMENT = column("amendment");
    private static final int BASIS = column("basis");
    private static final int CAPTION = column("caption");
    private static final int CAREER_OFFENDER = column("career_offender");
    private static final int COURT = column("court");
    private static final int CRIMINAL_HISTORY_CATEGORY = column("criminal_history_category");
    private static final int CRIMINAL_HISTORY_POINTS = column("criminal_history_points");
    private static final int DEPARTURES = column("departures");
    private static final int DISPOSITION = column("disposition");
    private static final int DOCKET = column("docket");
    private static final int GOVERNMENT_MOTION = column("government_motion");
    private static final int GUIDELINE_RANGE = column("guideline_range");
    private static final int ID = column("id");
    private static final int MANDATORY_MINIMUM_MONTHS = column("mandatory_minimum_months");
    private static final int MOTION_DATE = column("motion_date");
    private static final int MOTION_FILED = column("motion_filed");
    private static final int MOTION_KIND = column("motion_kind");
    private static final int OFFENSE = column("offense");
    private static final int OFFENSE_DATE = column("offense_date");
    private static final int OFFENSE_GUIDELINE = column("offense_guideline");
    private static final int OFFENSE_LEVEL = column("offense_level");
    private static final int SENTENCE_MONTHS = column("sentence_months");
    private static final int SENTENCING_DATE = column("sentencing_date");
    private static final int STATUS_POINTS = column("status_points");
    private static final int STATUTES = column("statutes");
    private static final int STATUTORY_MAXIMUM_MONTHS = column("statutory_maximum_months");
    private static final int TIME_SERVED_MONTHS = column("time_served_months");
    private static final int ZERO_POINT_EXCLUSIONS = column("zero_point_exclusions");

    private final Guidelines law;
    private final SplittableRandom rnd;
    private final Weighted cells;
    private final int[] cellLevels;
    private final CriminalHistoryCategory[] cellCategories;
    private final Weighted drugMinimums;
    private final Weighted otherMinimums;
    private final Weighted motions;
    private final Map<String, Weighted> offenses = new LinkedHashMap<>();
    private final Weighted dispositions;
    private final Weighted courts;
    private final Weighted given;
    private final Weighted surnames;
    private final int[] lowestPoints = new int[CATEGORIES.length];
    private final int[] highestPoints = new int[CATEGORIES.length];
    private final String[] row = new String[Columns.ALL.size()];

    /** Values with integer weights, drawn by a binary search over the cumulative weights. */
    static final class Weighted {
        final List<String[]> values = new ArrayList<>();
        private int[] cumulative = new int[0];
        private int total;

        void add(String[] value, int weight) {
            values.add(value);
            cumulative = Arrays.copyOf(cumulative, cumulative.length + 1);
            total += weight;
            cumulative[cumulative.length - 1] = total;
        }

        String[] pick(SplittableRandom r) {
            return values.get(index(r));
        }

        /** The index of a value drawn at random by weight. */
        int index(SplittableRandom r) {
            int i = Arrays.binarySearch(cumulative, r.nextInt(total) + 1);
            return i >= 0 ? i : -i - 1;
        }

        /** The weight of the {@code i}-th value. */
        int weight(int i) {
            return cumulative[i] - (i == 0 ? 0 : cumulative[i - 1]);
        }
    }

    public DocketGenerator(Guidelines law, long seed) {
        this.law = law;
        this.rnd = new SplittableRandom(seed);
        Map<String, Weighted> frequencies = read("docket-frequencies.csv");
        Map<String, Weighted> mix = read("docket-mix.csv");
        cells = frequencies.get("cell");
        cellLevels = new int[cells.values.size()];
        cellCategories = new CriminalHistoryCategory[cells.values.size()];
        for (int i = 0; i < cellLevels.length; i++) {
            cellLevels[i] = Integer.parseInt(cells.values.get(i)[0]);
            cellCategories[i] = CriminalHistoryCategory.parse(cells.values.get(i)[1]);
        }
        Weighted minimums = frequencies.get("minimum");
        drugMinimums = new Weighted();
        otherMinimums = new Weighted();
        for (int i = 0; i < minimums.values.size(); i++) {
            String[] v = minimums.values.get(i);
            (v[0].equals("drug") ? drugMinimums : otherMinimums).add(new String[] {v[1]}, minimums.weight(i));
        }
        motions = mix.get("motion");
        for (String group : List.of("821", "drug", "early-disposition")) {
            offenses.put(group, mix.get("offense-" + group));
        }
        dispositions = mix.get("disposition");
        courts = mix.get("court");
        given = mix.get("given");
        surnames = mix.get("surname");
        for (CriminalHistoryCategory c : CATEGORIES) {
            lowestPoints[c.ordinal()] = law.criminalHistory().lowestPoints(c);
            int high = law.criminalHistory().highestPoints(c);
            highestPoints[c.ordinal()] = high == Integer.MAX_VALUE ? lowestPoints[c.ordinal()] + 12 : high;
        }
    }

    /** A generator for one chunk of rows: the shared tables of {@code shared}, its own random numbers and row. */
    private DocketGenerator(DocketGenerator shared, SplittableRandom rnd) {
        this.law = shared.law;
        this.rnd = rnd;
        this.cells = shared.cells;
        this.cellLevels = shared.cellLevels;
        this.cellCategories = shared.cellCategories;
        this.drugMinimums = shared.drugMinimums;
        this.otherMinimums = shared.otherMinimums;
        this.motions = shared.motions;
        this.offenses.putAll(shared.offenses);
        this.dispositions = shared.dispositions;
        this.courts = shared.courts;
        this.given = shared.given;
        this.surnames = shared.surnames;
        System.arraycopy(shared.lowestPoints, 0, lowestPoints, 0, lowestPoints.length);
        System.arraycopy(shared.highestPoints, 0, highestPoints, 0, highestPoints.length);
    }

    /** Reads {@code section,value...,weight} lines ({@code #} starts a comment) by section. */
    static Map<String, Weighted> read(String resource) {
        Map<String, Weighted> out = new LinkedHashMap<>();
        try (InputStream in = DocketGenerator.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource missing: " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] p = line.split(",", -1);
                out.computeIfAbsent(p[0], k -> new Weighted()).add(Arrays.copyOfRange(p, 1, p.length - 1),
                        Integer.parseInt(p[p.length - 1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** A few malformed lines for a docket of {@code rows}: 3 for every 200,000 rows, at least 3 from 1,000 rows. */
    public static long defaultMalformed(long rows) {
        return rows < 1000 ? 0 : Math.max(3, rows / 200_000 * 3);
    }

    /** Rows per chunk; each chunk has its own random numbers, split from the seed's in chunk order. */
    static final int CHUNK = 8192;

    /**
     * Writes the header and {@code rows} records, {@code malformed} of them malformed CSV lines, generating
     * chunks of rows on {@code threads} threads; the output depends only on the seed, never on the threads.
     */
    public void write(Writer out, long rows, long malformed, int threads) throws IOException {
        long[] bad = malformedRows(rows, Math.min(malformed, rows));
        int width = Math.max(7, Long.toString(rows).length());
        StringBuilderWriter header = new StringBuilderWriter(512);
        CsvWriter csv = csv(header);
        csv.writeRecord(Columns.names());
        csv.flush();
        out.write(header.toString());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "generate");
            t.setDaemon(true);
            return t;
        });
        try {
            ArrayDeque<Future<String>> inFlight = new ArrayDeque<>();
            for (long from = 1; from <= rows; from += CHUNK) {
                long first = from;
                long last = Math.min(rows, from + CHUNK - 1);
                DocketGenerator chunk = new DocketGenerator(this, rnd.split());
                inFlight.add(pool.submit(() -> chunk.chunk(first, last, width, bad)));
                while (inFlight.size() > threads * 2) {
                    out.write(take(inFlight.poll()));
                }
            }
            while (!inFlight.isEmpty()) {
                out.write(take(inFlight.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
        out.flush();
    }

    private static String take(Future<String> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("generating a chunk failed: " + e.getCause(), e.getCause());
        }
    }

    private static CsvWriter csv(Writer w) {
        return CsvWriter.builder().lineDelimiter(LineDelimiter.LF).bufferSize(64 * 1024).build(w);
    }

    /** The CSV text of rows {@code first} to {@code last}. */
    private String chunk(long first, long last, int width, long[] bad) throws IOException {
        StringBuilderWriter text = new StringBuilderWriter((int) (last - first + 1) * 230);
        CsvWriter csv = csv(text);
        for (long n = first; n <= last; n++) {
            String id = id(n, width);
            int b = Arrays.binarySearch(bad, n);
            if (b >= 0) {
                csv.flush();
                text.write(malformedLine(id, b));
                continue;
            }
            generate(id);
            if (rnd.nextDouble() < INVALID_SHARE) {
                corrupt();
            }
            csv.writeRecord(row);
        }
        csv.flush();
        return text.toString();
    }

    private long[] malformedRows(long rows, long count) {
        long[] picked = new long[(int) count];
        int n = 0;
        while (n < count) {
            long candidate = 1 + rnd.nextLong(rows);
            boolean seen = false;
            for (int i = 0; i < n; i++) {
                seen |= picked[i] == candidate;
            }
            if (!seen) {
                picked[n++] = candidate;
            }
        }
        Arrays.sort(picked);
        return picked;
    }

    /** Cycles through a wrong number of columns, an unbalanced quote and an empty line. */
    private String malformedLine(String id, int k) {
        return switch (k % 3) {
            case 0 -> id + ",D. Kan.,plea,firearms\n";
            case 1 -> id + ",\"United States v. Unclosed,D. Kan.,,plea,firearms\n";
            default -> "\n";
        };
    }

    private static String id(long n, int width) {
        String digits = Long.toString(n);
        StringBuilder sb = new StringBuilder(width + 1).append('R');
        for (int i = digits.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(digits).toString();
    }

    private void set(int column, String value) {
        row[column] = value;
    }

    private static int column(String name) {
        int i = Columns.names().indexOf(name);
        if (i < 0) {
            throw new IllegalStateException("no column " + name);
        }
        return i;
    }

    private boolean chance(double p) {
        return rnd.nextDouble() < p;
    }

    private static int day(int y, int m, int d) {
        return (int) LocalDate.of(y, m, d).toEpochDay();
    }

    private int between(int fromDay, int toDay) {
        return fromDay + rnd.nextInt(toDay - fromDay + 1);
    }

    private static String date(int epochDay) {
        return LocalDate.ofEpochDay(epochDay).toString();
    }

    private static final int D1996 = day(1996, 1, 1);
    private static final int D2000 = day(2000, 1, 1);
    private static final int D2003 = day(2003, 1, 1);
    private static final int D2008 = day(2008, 1, 1);

    /** Fills {@link #row} with one consistent case. */
    private void generate(String id) {
        Arrays.fill(row, "");
        set(ID, id);
        String motion = motions.pick(rnd)[0];
        String group = switch (motion) {
            case "821", "821-A", "821-B" -> "821";
            case "782", "750", "706" -> "drug";
            default -> "early-disposition";
        };
        String offense = offenses.get(group).pick(rnd)[0];
        boolean drug = offense.equals("drug-trafficking");

        // dates: sentenced before the amendment (a few after it), decided after it took effect
        int sentenced;
        int decided;
        switch (motion) {
            case "821", "821-A", "821-B" -> {
                sentenced = chance(0.04) ? between(day(2023, 11, 1), day(2024, 6, 30)) : between(D2008, day(2023, 10, 31));
                decided = chance(0.1) ? between(day(2023, 11, 1), day(2024, 1, 31)) : between(day(2024, 2, 1), day(2025, 10, 31));
            }
            case "782" -> {
                sentenced = chance(0.03) ? between(day(2014, 11, 1), day(2015, 6, 30)) : between(D2003, day(2014, 10, 31));
                decided = between(day(2014, 11, 1), day(2017, 12, 31));
            }
            case "750" -> {
                sentenced = between(D2000, day(2011, 10, 31));
                decided = between(day(2011, 11, 1), day(2013, 12, 31));
            }
            case "706" -> {
                sentenced = between(D1996, day(2007, 10, 31));
                decided = between(day(2008, 3, 3), day(2010, 12, 31));
            }
            default -> {
                sentenced = between(D2008, day(2023, 12, 31));
                decided = sentenced + 60 + rnd.nextInt(900);
            }
        }
        if (decided <= sentenced) {
            decided = sentenced + 30 + rnd.nextInt(600);
        }

        // the original cell, from the Commission's data; Amendment 821 Part B movants have no points
        int cell = cells.index(rnd);
        int level = cellLevels[cell];
        CriminalHistoryCategory category = cellCategories[cell];
        int points;
        boolean zeroPointMotion = motion.equals("821-B") || (motion.equals("821") && chance(0.4));
        if (zeroPointMotion) {
            category = CriminalHistoryCategory.I;
            points = chance(0.75) ? 0 : 1;
        } else {
            int lo = lowestPoints[category.ordinal()];
            points = lo + rnd.nextInt(highestPoints[category.ordinal()] - lo + 1);
        }
        boolean careerOffender = category == CriminalHistoryCategory.VI && drug && level >= 32 && chance(0.3);

        // statutory limits: the minimum from the data, a maximum that fits the offense and the minimum
        int minimum = months((drug ? drugMinimums : otherMinimums).pick(rnd)[0]);
        int maximum = maximum(offense, minimum);

        set(CAPTION, caption());
        set(COURT, courts.pick(rnd)[0]);
        set(DOCKET, docket(sentenced));
        set(DISPOSITION, motion.equals("early-disposition") && chance(0.1) ? "trial" : dispositions.pick(rnd)[0]);
        set(OFFENSE, offense);
        if (chance(0.7)) {
            set(OFFENSE_DATE, date(sentenced - 180 - rnd.nextInt(720)));
        }
        if (chance(0.35)) {
            set(STATUTES, statutes(offense, minimum));
        }
        set(SENTENCING_DATE, date(sentenced));
        set(OFFENSE_LEVEL, Integer.toString(level));
        if (chance(0.5)) {
            set(OFFENSE_GUIDELINE, guideline(offense));
        }
        set(CRIMINAL_HISTORY_CATEGORY, category.name());
        if (chance(0.85) || zeroPointMotion) {
            set(CRIMINAL_HISTORY_POINTS, Integer.toString(points));
        }
        if (group.equals("821") && !zeroPointMotion) {
            int status = points >= 3 && chance(0.6) ? 2 : points >= 1 && chance(0.05) ? 1 : 0;
            set(STATUS_POINTS, Integer.toString(status));
        } else if (chance(0.2)) {
            set(STATUS_POINTS, "0");
        }
        set(CAREER_OFFENDER, careerOffender ? "true" : chance(0.3) ? "false" : "");
        if (minimum > 0 || chance(0.5)) {
            set(MANDATORY_MINIMUM_MONTHS, text(minimum));
        }
        if (chance(0.8) || minimum > 0) {
            set(STATUTORY_MAXIMUM_MONTHS, text(maximum));
        }
        MonthRange table = law.table().range(law.manuals().inEffectOn(LocalDate.ofEpochDay(sentenced)),
                OffenseLevel.of(level), category);
        int tableMin = table.min().isLife() ? LIFE : table.min().count();
        int tableMax = table.max().isLife() ? LIFE : table.max().count();
        if (chance(0.7)) {
            set(GUIDELINE_RANGE, table.min() + "-" + table.max());
        }

        // the sentence: the applicable range (U.S.S.G. § 5G1.1), moved by any departure
        int lo = Math.min(Math.max(tableMin, minimum), maximum);
        int hi = Math.max(Math.min(tableMax, maximum), lo);
        String departure = departure(offense);
        int sentence = sentence(lo, hi, minimum, maximum, departure);
        if (!departure.isEmpty()) {
            set(DEPARTURES, departure);
        } else if (chance(0.1)) {
            set(DEPARTURES, "none");
        }
        if (chance(0.96)) {
            set(SENTENCE_MONTHS, text(sentence));
            if (sentence != LIFE && chance(0.3)) {
                set(TIME_SERVED_MONTHS, Integer.toString((int) (sentence * (0.2 + 0.7 * rnd.nextDouble()))));
            }
        }
        if (zeroPointMotion || (group.equals("821") && points == 0)) {
            double x = rnd.nextDouble();
            set(ZERO_POINT_EXCLUSIONS, x < 0.65 ? "none" : x < 0.9 ? exclusion(offense) : "");
        }

        // the motion
        switch (motion) {
            case "early-disposition" -> {
                set(MOTION_KIND, "early-disposition");
                double x = rnd.nextDouble();
                set(GOVERNMENT_MOTION, x < 0.5 ? "false" : x < 0.65 ? "true" : "");
            }
            case "fast-track-program" -> {
                set(MOTION_KIND, "sentence-reduction");
                set(BASIS, "fast-track-program");
            }
            default -> {
                set(MOTION_KIND, "sentence-reduction");
                set(AMENDMENT, motion);
            }
        }
        if (chance(0.7)) {
            set(MOTION_FILED, date(Math.max(sentenced, decided - rnd.nextInt(150))));
        }
        if (chance(0.92)) {
            set(MOTION_DATE, date(decided));
        }
        if (group.equals("drug") && !careerOffender) {
            double x = rnd.nextDouble();
            if (x < 0.7) {
                set(AMENDED_OFFENSE_LEVEL, Integer.toString(Math.max(1, level - 2)));
            } else if (x < 0.8) {
                MonthRange amended = law.table().range(law.manuals().inEffectOn(LocalDate.ofEpochDay(sentenced)),
                        OffenseLevel.of(Math.max(1, level - 2)), category);
                set(AMENDED_GUIDELINE_RANGE, amended.min() + "-" + amended.max());
            }
        }
    }

    private static int months(String text) {
        return text.equals("life") ? LIFE : Integer.parseInt(text);
    }

    private static String text(int months) {
        return months == LIFE ? "life" : Integer.toString(months);
    }

    /**
     * A statutory maximum for a synthetic row, patterned on the usual penalty provisions (21 U.S.C.
     * § 841(b)(1)(A)-(C): life, 480 or 240 months by the minimum; 8 U.S.C. § 1326(a), (b)(1), (b)(2):
     * 24, 120, 240; 18 U.S.C. § 922(g) with § 924(a)(2) as it read before 2022: 120, § 924(e): life;
     * 18 U.S.C. § 1343: 240). It only shapes generated rows; the engine never reads it, and takes
     * statutory limits from the row or from its own data (statutes.yaml).
     */
    private int maximum(String offense, int minimum) {
        if (minimum == LIFE) {
            return LIFE;
        }
        int max = switch (offense) {
            case "drug-trafficking" -> minimum >= 120 ? LIFE : minimum >= 60 ? 480 : 240;
            case "illegal-reentry" -> chance(0.6) ? 240 : chance(0.5) ? 120 : 24;
            case "firearms" -> minimum >= 180 ? LIFE : 120;
            case "fraud" -> 240;
            case "sex-offense" -> chance(0.5) ? 240 : LIFE;
            default -> chance(0.3) ? LIFE : 120;
        };
        return max < minimum ? LIFE : max;
    }

    private String departure(String offense) {
        double x = rnd.nextDouble();
        if (offense.equals("illegal-reentry") && x < 0.35) {
            return "early-disposition";
        }
        x = rnd.nextDouble();
        if (x < 0.11) {
            return "substantial-assistance";
        }
        if (x < 0.27) {
            return "variance";
        }
        if (x < 0.29) {
            return "other-departure";
        }
        if (x < 0.31) {
            return "substantial-assistance;variance";
        }
        return "";
    }

    private int sentence(int lo, int hi, int minimum, int maximum, String departure) {
        if (lo == LIFE) {
            return LIFE;
        }
        int s;
        if (departure.startsWith("substantial-assistance")) {
            s = (int) Math.round(lo * (0.35 + 0.5 * rnd.nextDouble()));
        } else if (departure.equals("early-disposition")) {
            s = (int) Math.round(lo * (0.7 + 0.15 * rnd.nextDouble()));
        } else if (departure.equals("variance") || departure.equals("other-departure")) {
            s = chance(0.1) && hi != LIFE ? (int) Math.round(hi * (1.0 + 0.3 * rnd.nextDouble()))
                    : (int) Math.round(lo * (0.6 + 0.35 * rnd.nextDouble()));
        } else if (chance(0.55) || hi == lo) {
            s = lo;
        } else {
            int top = hi == LIFE ? lo + Math.max(1, lo * 3 / 10) : hi;
            s = lo + rnd.nextInt(top - lo + 1);
        }
        if (!departure.startsWith("substantial-assistance") && minimum != LIFE) {
            s = Math.max(s, minimum);
        }
        if (maximum != LIFE) {
            s = Math.min(s, maximum);
        }
        return Math.max(1, s);
    }

    private String caption() {
        String name = given.pick(rnd)[0] + " " + surnames.pick(rnd)[0];
        return "United States v. " + (chance(0.03) ? name + ", Jr." : name);
    }

    private String docket(int sentenced) {
        int year = LocalDate.ofEpochDay(sentenced - 200).getYear() % 100;
        return (1 + rnd.nextInt(4)) + ":" + (year < 10 ? "0" : "") + year + "-cr-" + String.valueOf(100000 + rnd.nextInt(99999)).substring(1);
    }

    private static String guideline(String offense) {
        return switch (offense) {
            case "drug-trafficking" -> "2D1.1";
            case "firearms" -> "2K2.1";
            case "illegal-reentry" -> "2L1.2";
            case "fraud" -> "2B1.1";
            case "sex-offense" -> "2G2.2";
            case "immigration-other" -> "2L1.1";
            default -> "2B3.1";
        };
    }

    private String statutes(String offense, int minimum) {
        return switch (offense) {
            case "drug-trafficking" -> "21 U.S.C. § 841(a)(1);21 U.S.C. § 841(b)(1)("
                    + (minimum >= 120 ? "A" : minimum >= 60 ? "B" : "C") + ")" + (chance(0.4) ? ";21 U.S.C. § 846" : "");
            case "illegal-reentry" -> "8 U.S.C. § 1326(a);8 U.S.C. § 1326(b)(" + (chance(0.5) ? "2" : "1") + ")";
            case "firearms" -> minimum >= 180 ? "18 U.S.C. § 922(g)(1);18 U.S.C. § 924(e)" : "18 U.S.C. § 922(g)(1)";
            case "fraud" -> "18 U.S.C. § 1343";
            default -> "";
        };
    }

    private String exclusion(String offense) {
        if (offense.equals("sex-offense")) {
            return "sex-offense";
        }
        String[] all = {"weapon", "violence", "aggravating-role", "financial-hardship", "death-or-serious-bodily-injury"};
        return all[rnd.nextInt(all.length)];
    }

    /** Makes one fact of the row invalid, as a docket export might get it wrong. */
    private void corrupt() {
        switch (rnd.nextInt(12)) {
            case 0 -> set(OFFENSE_LEVEL, "44");
            case 1 -> set(OFFENSE_LEVEL, chance(0.5) ? "twelve" : "27.5");
            case 2 -> set(CRIMINAL_HISTORY_CATEGORY, chance(0.5) ? "VII" : "0");
            case 3 -> set(SENTENCING_DATE, chance(0.5) ? "2014-13-45" : "11/04/2014");
            case 4 -> {
                set(MANDATORY_MINIMUM_MONTHS, "240");
                set(STATUTORY_MAXIMUM_MONTHS, "120");
            }
            case 5 -> {
                set(CRIMINAL_HISTORY_POINTS, "1");
                set(STATUS_POINTS, "2");
            }
            case 6 -> {
                set(SENTENCING_DATE, "2019-06-03");
                set(MOTION_DATE, "2018-01-15");
                set(MOTION_FILED, "");
            }
            case 7 -> set(DEPARTURES, "downward");
            case 8 -> set(MOTION_KIND, "compassionate-release");
            case 9 -> set(CAREER_OFFENDER, "yes");
            case 10 -> set(AMENDMENT, "821A");
            default -> set(SENTENCE_MONTHS, "-12");
        }
    }
}
