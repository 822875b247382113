package org.rangefinder.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rangefinder.Guidelines;
import org.rangefinder.law.UnsupportedQuestionException;
import org.rangefinder.manual.Edition;
import org.rangefinder.model.CriminalHistoryCategory;
import org.rangefinder.model.MonthRange;
import org.rangefinder.model.Months;
import org.rangefinder.model.OffenseLevel;
import org.rangefinder.model.Zone;
import org.rangefinder.testing.Shared;

/** Every cell of the Sentencing Table, and its zone in both zone eras, against the shared reference CSVs. */
class SentencingTableTest {

    static final String TABLE_CSV = "reference/sentencing_table.csv";
    static final String ZONE_HISTORY_CSV = "reference/sentencing_table_zone_history.csv";

    /** A date in the Amendment 462 zone era (1992-11-01 to 2010-10-31). */
    static final LocalDate ERA_462 = LocalDate.of(2000, 1, 1);
    /** A date in the Amendment 738 zone era (from 2010-11-01). */
    static final LocalDate ERA_738 = LocalDate.of(2015, 1, 1);

    private static final Guidelines LAW = Guidelines.load();

    static Stream<Arguments> referenceCells() {
        return Shared.csv(TABLE_CSV).stream().map(r -> Arguments.of(
                r.integer("offense_level"), r.get("chc"), r.get("min_months"), r.get("max_months"),
                Boolean.parseBoolean(r.get("life_max")), r.get("zone")));
    }

    static Stream<Arguments> zoneHistory() {
        return Shared.csv(ZONE_HISTORY_CSV).stream().map(r -> Arguments.of(
                r.integer("offense_level"), r.get("chc"), r.get("range"),
                r.get("zone_1992_11_01_to_2010_10_31"), r.get("zone_since_2010_11_01")));
    }

    @ParameterizedTest(name = "level {0}, category {1}: {2}-{3}")
    @MethodSource("referenceCells")
    void cellMatchesTheReferenceTable(int level, String chc, String min, String max, boolean lifeMax, String zone) {
        Edition edition = LAW.manuals().inEffectOn(ERA_738);
        MonthRange cell = LAW.table().range(edition, OffenseLevel.of(level), CriminalHistoryCategory.parse(chc));

        assertThat(cell).isEqualTo(MonthRange.of(Months.parse(min), Months.parse(max)));
        assertThat(cell.max().isLife()).isEqualTo(lifeMax);
        assertThat(LAW.zones().zoneOf(cell, ERA_738)).contains(Zone.valueOf(zone));
    }

    @ParameterizedTest(name = "level {0}, category {1}: {2}, zone {3} then {4}")
    @MethodSource("zoneHistory")
    void zoneInBothEras(int level, String chc, String range, String zone1992, String zone2010) {
        MonthRange expected = MonthRange.parse(range);
        OffenseLevel l = OffenseLevel.of(level);
        CriminalHistoryCategory c = CriminalHistoryCategory.parse(chc);
        MonthRange early = LAW.table().range(LAW.manuals().inEffectOn(ERA_462), l, c);
        MonthRange late = LAW.table().range(LAW.manuals().inEffectOn(ERA_738), l, c);

        assertThat(early).isEqualTo(expected);
        assertThat(late).isEqualTo(expected);
        assertThat(LAW.zones().zoneOf(early, ERA_462)).contains(Zone.valueOf(zone1992));
        assertThat(LAW.zones().zoneOf(late, ERA_738)).contains(Zone.valueOf(zone2010));
    }

    @Test
    void theReferenceFilesHoldEachOfThe258CellsOnce() {
        for (String file : List.of(TABLE_CSV, ZONE_HISTORY_CSV)) {
            List<Shared.Row> rows = Shared.csv(file);
            Set<String> cells = new HashSet<>();
            rows.forEach(r -> cells.add(r.integer("offense_level") + "/" + CriminalHistoryCategory.parse(r.get("chc"))));
            assertThat(rows).as(file).hasSize(258);
            assertThat(cells).as(file).hasSize(258);
        }
    }

    @Test
    void everyEditionSinceAmendment462GivesTheSameCells() {
        List<Shared.Row> reference = Shared.csv(TABLE_CSV);
        List<Edition> editions = LAW.manuals().editions().stream()
                .filter(e -> !e.effective().isBefore(LocalDate.of(1992, 11, 1)))
                .toList();
        assertThat(editions).hasSizeGreaterThan(25);
        for (Edition e : editions) {
            for (Shared.Row r : reference) {
                MonthRange cell = LAW.table().range(e, OffenseLevel.of(r.integer("offense_level")),
                        CriminalHistoryCategory.parse(r.get("chc")));
                assertThat(cell).as("%s in the %s edition", r, e)
                        .isEqualTo(MonthRange.of(Months.parse(r.get("min_months")), Months.parse(r.get("max_months"))));
            }
        }
    }

    @Test
    void editionsBeforeNovember1992AreUnsupported() {
        assertThat(LAW.table().effectiveFrom()).isEqualTo(LocalDate.of(1992, 11, 1));
        for (Edition e : LAW.manuals().editions()) {
            if (e.effective().isBefore(LocalDate.of(1992, 11, 1))) {
                assertThatThrownBy(() -> LAW.table().range(e, OffenseLevel.of(20), CriminalHistoryCategory.I))
                        .as(e.toString())
                        .isInstanceOf(UnsupportedQuestionException.class)
                        .hasMessageContaining("1992-11-01");
            }
        }
    }

    @Test
    void cellsMatchingFindsEveryCellOfARange() {
        Edition edition = LAW.manuals().inEffectOn(ERA_738);
        long lifeMaxCells = Shared.csv(TABLE_CSV).stream()
                .filter(r -> r.get("min_months").equals("360") && r.get("max_months").equals("life"))
                .count();
        assertThat(LAW.table().cellsMatching(edition, MonthRange.parse("360-life"))).hasSize((int) lifeMaxCells);
        List<SentencingTable.Cell> seventyTo87 = Shared.csv(TABLE_CSV).stream()
                .filter(r -> r.get("min_months").equals("70") && r.get("max_months").equals("87"))
                .map(r -> new SentencingTable.Cell(OffenseLevel.of(r.integer("offense_level")),
                        CriminalHistoryCategory.parse(r.get("chc"))))
                .toList();
        assertThat(seventyTo87).hasSize(6);
        assertThat(LAW.table().cellsMatching(edition, MonthRange.parse("70-87"))).containsExactlyInAnyOrderElementsOf(seventyTo87);
        assertThat(LAW.table().cellsMatching(edition, MonthRange.parse("1-2"))).isEmpty();
    }
}
