package org.rangefinder.chapter4;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.rangefinder.law.Authority;
import org.rangefinder.law.CaseLaw;
import org.rangefinder.law.LawData;
import org.rangefinder.model.MonthRange;
import org.rangefinder.model.Months;

/** U.S.S.G. § 4B1.1: the career-offender offense level by statutory maximum (b), and the (c)(3) ranges. */
public final class CareerOffender {

    /** One row of the § 4B1.1(b) table. */
    public record LevelRow(Months statutoryMaximumFrom, int level, String provision) {}

    /** One row of the § 4B1.1(c)(3) table. */
    public record ConsecutiveCountRow(int acceptanceLevels, MonthRange range) {}

    private final List<LevelRow> levels;
    private final List<ConsecutiveCountRow> consecutiveCountRanges;
    private final List<Integer> acceptanceDecreases;
    private final AmendedLevelFloor amendedLevelFloor;

    /**
     * § 4B1.1(b) on a § 3582(c)(2) motion: the career-offender finding stays (§ 1B1.10(b)(1)), so the
     * career-offender level, less the § 3E1.1 decrease that applied, floors the amended level.
     */
    public record AmendedLevelFloor(String provision, List<Authority> authorities) {
        public AmendedLevelFloor {
            authorities = List.copyOf(authorities);
        }
    }

    private CareerOffender(List<LevelRow> levels, List<ConsecutiveCountRow> ranges, List<Integer> acceptanceDecreases,
            AmendedLevelFloor amendedLevelFloor) {
        this.levels = List.copyOf(levels);
        this.consecutiveCountRanges = List.copyOf(ranges);
        this.acceptanceDecreases = List.copyOf(acceptanceDecreases);
        this.amendedLevelFloor = amendedLevelFloor;
    }

    public static CareerOffender load(CaseLaw caseLaw) {
        JsonNode root = LawData.read("chapter4/career-offender.yaml");
        List<LevelRow> levels = new ArrayList<>();
        for (JsonNode r : root.get("offense_levels")) {
            levels.add(new LevelRow(Months.parse(LawData.text(r, "statutory_maximum_from")), r.get("level").asInt(),
                    LawData.text(r, "provision")));
        }
        List<ConsecutiveCountRow> ranges = new ArrayList<>();
        for (JsonNode r : root.get("consecutive_count_table").get("ranges")) {
            ranges.add(new ConsecutiveCountRow(r.get("acceptance_levels").asInt(), MonthRange.parse(LawData.text(r, "range"))));
        }
        List<Integer> decreases = new ArrayList<>();
        root.get("acceptance_decreases").forEach(d -> decreases.add(d.asInt()));
        JsonNode floor = root.get("amended_level_floor");
        List<Authority> authorities = Authority.readAll(floor.get("authorities"), caseLaw);
        return new CareerOffender(levels, ranges, decreases, new AmendedLevelFloor(LawData.text(floor, "provision"), authorities));
    }

    /** The § 4B1.1(b) row for an offense statutory maximum; empty for a maximum of one year or less. */
    public java.util.Optional<LevelRow> levelFor(Months statutoryMaximum) {
        for (LevelRow r : levels) {
            if (!statutoryMaximum.isBefore(r.statutoryMaximumFrom())) {
                return java.util.Optional.of(r);
            }
        }
        return java.util.Optional.empty();
    }

    public List<LevelRow> levels() {
        return levels;
    }

    /** Whether a total offense level is one § 4B1.1(b) gives: a table level less a § 3E1.1 decrease. */
    public boolean isCareerOffenderTotal(int total, List<Integer> tableLevels) {
        for (int l : tableLevels) {
            for (int d : acceptanceDecreases) {
                if (total == l - d) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The decreases a § 3E1.1 adjustment can take off the § 4B1.1(b) level (none, (a), (a) and (b)). */
    public List<Integer> acceptanceDecreases() {
        return acceptanceDecreases;
    }

    public AmendedLevelFloor amendedLevelFloor() {
        return amendedLevelFloor;
    }

    public List<ConsecutiveCountRow> consecutiveCountRanges() {
        return consecutiveCountRanges;
    }

    /** Every range the § 4B1.1(c)(3) table can give. */
    public boolean isConsecutiveCountRange(MonthRange range) {
        return consecutiveCountRanges.stream().anyMatch(r -> r.range().equals(range));
    }
}
