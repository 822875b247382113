package org.rangefinder.table;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.rangefinder.law.LawData;
import org.rangefinder.law.UnsupportedQuestionException;
import org.rangefinder.manual.Edition;
import org.rangefinder.model.CriminalHistoryCategory;
import org.rangefinder.model.MonthRange;
import org.rangefinder.model.OffenseLevel;

/** The Sentencing Table, U.S.S.G. Ch. 5, Pt. A: the guideline range for an offense level and category. */
public final class SentencingTable {

    private final LocalDate effectiveFrom;
    private final String source;
    private final Map<Integer, Map<CriminalHistoryCategory, MonthRange>> cells;

    private SentencingTable(LocalDate effectiveFrom, String source, Map<Integer, Map<CriminalHistoryCategory, MonthRange>> cells) {
        this.effectiveFrom = effectiveFrom;
        this.source = source;
        this.cells = cells;
    }

    public static SentencingTable load() {
        JsonNode root = LawData.read("manual/sentencing-table.yaml");
        CriminalHistoryCategory[] columns = CriminalHistoryCategory.values();
        Map<Integer, Map<CriminalHistoryCategory, MonthRange>> cells = new HashMap<>();
        root.get("rows").properties().forEach(row -> {
            Map<CriminalHistoryCategory, MonthRange> byCategory = new EnumMap<>(CriminalHistoryCategory.class);
            for (int i = 0; i < columns.length; i++) {
                byCategory.put(columns[i], MonthRange.parse(row.getValue().get(i).asText()));
            }
            cells.put(Integer.parseInt(row.getKey()), byCategory);
        });
        for (int level = OffenseLevel.LOWEST; level <= OffenseLevel.HIGHEST; level++) {
            if (!cells.containsKey(level) || cells.get(level).size() != columns.length) {
                throw new IllegalStateException("Sentencing Table data lacks row " + level);
            }
        }
        return new SentencingTable(LawData.date(root, "effective_from"), LawData.text(root, "source"), cells);
    }

    /** The first edition whose cells are encoded (1992-11-01, Amendment 462). */
    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public String source() {
        return source;
    }

    /** The cell for a level and category under an edition. */
    public MonthRange range(Edition edition, OffenseLevel level, CriminalHistoryCategory category) {
        if (edition.effective().isBefore(effectiveFrom)) {
            throw new UnsupportedQuestionException("the Sentencing Table before the Manual of " + effectiveFrom
                    + " (Amendments 270 and 462 changed its cells) is not encoded; the edition in force was " + edition.label());
        }
        return cells.get(level.value()).get(category);
    }

    /** Every (level, category) whose cell is exactly {@code range}, in table order. */
    public java.util.List<Cell> cellsMatching(Edition edition, MonthRange range) {
        java.util.List<Cell> out = new java.util.ArrayList<>();
        for (int level = OffenseLevel.LOWEST; level <= OffenseLevel.HIGHEST; level++) {
            for (CriminalHistoryCategory c : CriminalHistoryCategory.values()) {
                OffenseLevel l = OffenseLevel.of(level);
                if (range(edition, l, c).equals(range)) {
                    out.add(new Cell(l, c));
                }
            }
        }
        return out;
    }

    /** A position in the table. */
    public record Cell(OffenseLevel level, CriminalHistoryCategory category) {}
}
