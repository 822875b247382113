package org.rangefinder.table;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rangefinder.law.EffectiveWindow;
import org.rangefinder.law.LawData;
import org.rangefinder.law.UnsupportedQuestionException;
import org.rangefinder.manual.Edition;
import org.rangefinder.model.CriminalHistoryCategory;
import org.rangefinder.model.MonthRange;
import org.rangefinder.model.OffenseLevel;

/**
 * The Sentencing Table, U.S.S.G. Ch. 5, Pt. A: the guideline range for an offense level and category, in
 * the table of the era an edition belongs to (1987-11-01, 1989-11-01 by Amendment 270, 1992-11-01 by
 * Amendment 462). A cell whose value in an era is not established is held as the ranges it may have been;
 * reading it throws {@link UnsupportedQuestionException} naming the cell.
 */
public final class SentencingTable {

    /** One era's table: its window, the amendment that made it, its source and its cells. */
    public record Era(EffectiveWindow window, String amendment, String source, Map<Integer, Map<CriminalHistoryCategory, Entry>> cells) {

        Entry entry(OffenseLevel level, CriminalHistoryCategory category) {
            return cells.get(level.value()).get(category);
        }

        /** E.g. "1987-11-01 to 1989-10-31". */
        public String label() {
            return window.toString();
        }
    }

    /** A cell of one era: its range, or (when not established) the ranges it may have held and why. */
    public record Entry(List<MonthRange> possible, String unknownWhy) {

        public boolean known() {
            return possible.size() == 1;
        }
    }

    private final List<Era> eras;
    /** Extra editions whose cell must agree with the one read ({@link #agreeingWith}); empty for the shipped table. */
    private final Optional<Guard> guard;

    private record Guard(Edition edition, List<Edition> alternatives, String why) {}

    /** {@code same[i][j]}: eras i and j have the same cells, every one of them established (asked for on every row). */
    private final boolean[][] same;

    private SentencingTable(List<Era> eras, Optional<Guard> guard, boolean[][] same) {
        this.eras = eras;
        this.guard = guard;
        this.same = same;
    }

    private SentencingTable(List<Era> eras, Optional<Guard> guard) {
        this.eras = List.copyOf(eras);
        this.guard = guard;
        this.same = new boolean[this.eras.size()][this.eras.size()];
        for (int i = 0; i < same.length; i++) {
            Era x = this.eras.get(i);
            boolean complete = x.cells().values().stream().allMatch(row -> row.values().stream().allMatch(Entry::known));
            for (int j = 0; j < same.length; j++) {
                same[i][j] = complete && (i == j || x.cells().equals(this.eras.get(j).cells()));
            }
        }
    }

    public static SentencingTable load() {
        JsonNode root = LawData.read("manual/sentencing-table.yaml");
        CriminalHistoryCategory[] columns = CriminalHistoryCategory.values();
        Map<Integer, Map<CriminalHistoryCategory, Entry>> cells = new HashMap<>();
        root.get("rows").properties().forEach(row -> {
            Map<CriminalHistoryCategory, Entry> byCategory = new EnumMap<>(CriminalHistoryCategory.class);
            for (int i = 0; i < columns.length; i++) {
                byCategory.put(columns[i], new Entry(List.of(MonthRange.parse(row.getValue().get(i).asText())), null));
            }
            cells.put(Integer.parseInt(row.getKey()), byCategory);
        });
        checkComplete(cells, "1992-11-01");
        List<Era> eras = new ArrayList<>();
        Era newest = new Era(EffectiveWindow.from(LawData.date(root, "effective_from")), LawData.text(root, "amendment"),
                LawData.text(root, "source"), cells);
        eras.add(newest);
        Era later = newest;
        JsonNode earlier = root.get("earlier_eras");
        for (int i = 0; earlier != null && i < earlier.size(); i++) {
            JsonNode e = earlier.get(i);
            EffectiveWindow window = LawData.window(e);
            if (window.until() == null || !window.until().plusDays(1).equals(later.window().from())) {
                throw new IllegalStateException("Sentencing Table era " + window + " does not end the day before " + later.window().from());
            }
            Map<Integer, Map<CriminalHistoryCategory, Entry>> copy = new HashMap<>();
            later.cells().forEach((l, row) -> copy.put(l, new EnumMap<>(row)));
            JsonNode changed = e.get("cells");
            if (changed != null) {
                changed.properties().forEach(c -> {
                    int[] at = at(c.getKey());
                    copy.get(at[0]).put(columns[at[1]], new Entry(List.of(MonthRange.parse(c.getValue().asText())), null));
                });
            }
            JsonNode unknown = e.get("unknown");
            if (unknown != null) {
                List<MonthRange> oneOf = new ArrayList<>();
                unknown.get("one_of").forEach(r -> oneOf.add(MonthRange.parse(r.asText())));
                String why = LawData.text(unknown, "why");
                unknown.get("cells").forEach(c -> {
                    int[] at = at(c.asText());
                    copy.get(at[0]).put(columns[at[1]], new Entry(List.copyOf(oneOf), why));
                });
            }
            checkComplete(copy, window.toString());
            later = new Era(window, LawData.text(e, "amendment"), LawData.text(e, "source"), copy);
            eras.add(later);
        }
        return new SentencingTable(eras, Optional.empty());
    }

    /** "7/I" -> {7, 0}. */
    private static int[] at(String cell) {
        String[] parts = cell.split("/");
        return new int[] {Integer.parseInt(parts[0].trim()), CriminalHistoryCategory.parse(parts[1].trim()).ordinal()};
    }

    private static void checkComplete(Map<Integer, Map<CriminalHistoryCategory, Entry>> cells, String era) {
        for (int level = OffenseLevel.LOWEST; level <= OffenseLevel.HIGHEST; level++) {
            if (!cells.containsKey(level) || cells.get(level).size() != CriminalHistoryCategory.values().length) {
                throw new IllegalStateException("Sentencing Table data (" + era + ") lacks row " + level);
            }
        }
    }

    /** The first day of the earliest encoded table (1987-11-01). */
    public LocalDate effectiveFrom() {
        return eras.getLast().window().from();
    }

    /** The eras, newest first. */
    public List<Era> eras() {
        return eras;
    }

    /** The source of the table in force under an edition. */
    public String source(Edition edition) {
        return era(edition).source();
    }

    /** The era whose table is in force under an edition. */
    public Era era(Edition edition) {
        for (Era e : eras) {
            if (e.window().contains(edition.effective())) {
                return e;
            }
        }
        throw new UnsupportedQuestionException("no Sentencing Table is encoded before " + effectiveFrom()
                + "; the edition asked for was " + edition.label());
    }

    /** The cell for a level and category under an edition; unsupported when that cell is not established. */
    public MonthRange range(Edition edition, OffenseLevel level, CriminalHistoryCategory category) {
        MonthRange r = own(edition, level, category);
        if (guard.isPresent() && guard.get().edition().equals(edition)) {
            for (Edition other : guard.get().alternatives()) {
                MonthRange alt;
                try {
                    alt = own(other, level, category);
                } catch (UnestablishedCellException e) {
                    throw new UnestablishedCellException(e.getMessage() + "; " + guard.get().why());
                }
                if (!alt.equals(r)) {
                    throw new UnestablishedCellException("the Sentencing Table cell at offense level " + level + ", category "
                            + category + " is " + r + " months in the " + edition.label() + " Manual but " + alt + " in the "
                            + other.label() + " Manual (" + era(other).label() + " table); " + guard.get().why());
                }
            }
        }
        return r;
    }

    private MonthRange own(Edition edition, OffenseLevel level, CriminalHistoryCategory category) {
        Era era = era(edition);
        Entry entry = era.entry(level, category);
        if (!entry.known()) {
            throw new UnestablishedCellException("the Sentencing Table cell at offense level " + level + ", category "
                    + category + " in the " + edition.label() + " Manual (table of " + era.label() + ") is not established:"
                    + " it was one of " + String.join(", ", entry.possible().stream().map(MonthRange::toString).toList())
                    + "; " + entry.unknownWhy());
        }
        return entry.possible().getFirst();
    }

    /** Every range the cell may be under an edition (and under every edition it must agree with): one when established. */
    public List<MonthRange> possibleRanges(Edition edition, OffenseLevel level, CriminalHistoryCategory category) {
        List<MonthRange> own = era(edition).entry(level, category).possible();
        if (guard.isEmpty() || !guard.get().edition().equals(edition)) {
            return own;
        }
        LinkedHashSet<MonthRange> out = new LinkedHashSet<>(own);
        for (Edition other : guard.get().alternatives()) {
            out.addAll(era(other).entry(level, category).possible());
        }
        return List.copyOf(out);
    }

    /**
     * Whether the cell is exactly {@code range}: false when it cannot be; unsupported when the cell is not
     * established and may be {@code range}.
     */
    public boolean is(Edition edition, OffenseLevel level, CriminalHistoryCategory category, MonthRange range) {
        List<MonthRange> possible = possibleRanges(edition, level, category);
        if (!possible.contains(range)) {
            return false;
        }
        return range(edition, level, category).equals(range);
    }

    /**
     * The same table, except that a cell read under {@code edition} must be the same under each of
     * {@code alternatives} (and established there), else the read is unsupported, naming the cell and
     * {@code why}: for a question the engine leaves open, such as which Manual's table governed.
     */
    public SentencingTable agreeingWith(Edition edition, List<Edition> alternatives, String why) {
        List<Edition> others = alternatives.stream().filter(a -> !era(a).window().equals(era(edition).window())).distinct().toList();
        return others.isEmpty() ? this : new SentencingTable(eras, Optional.of(new Guard(edition, others, why)), same);
    }

    /** Whether every cell is the same (and established) under both editions. */
    public boolean sameCells(Edition a, Edition b) {
        return same[eraIndex(a)][eraIndex(b)];
    }

    private int eraIndex(Edition edition) {
        for (int i = 0; i < eras.size(); i++) {
            if (eras.get(i).window().contains(edition.effective())) {
                return i;
            }
        }
        return eras.indexOf(era(edition)); // throws: no era
    }

    /** Every (level, category) whose cell is exactly {@code range}, in table order. */
    public List<Cell> cellsMatching(Edition edition, MonthRange range) {
        List<Cell> out = new ArrayList<>();
        for (int level = OffenseLevel.LOWEST; level <= OffenseLevel.HIGHEST; level++) {
            for (CriminalHistoryCategory c : CriminalHistoryCategory.values()) {
                OffenseLevel l = OffenseLevel.of(level);
                if (is(edition, l, c, range)) {
                    out.add(new Cell(l, c));
                }
            }
        }
        return out;
    }

    /** A position in the table. */
    public record Cell(OffenseLevel level, CriminalHistoryCategory category) {}
}
