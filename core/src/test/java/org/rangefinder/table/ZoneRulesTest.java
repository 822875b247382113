package org.rangefinder.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rangefinder.Guidelines;
import org.rangefinder.manual.Edition;
import org.rangefinder.model.CriminalHistoryCategory;
import org.rangefinder.model.MonthRange;
import org.rangefinder.model.Months;
import org.rangefinder.model.OffenseLevel;
import org.rangefinder.model.Zone;
import org.rangefinder.testing.Shared;

/** Zone lines by era (Amendments 462 and 738) against the shared zones.csv and zone history. */
class ZoneRulesTest {

    private static final Guidelines LAW = Guidelines.load();
    private static final LocalDate LAST_462 = LocalDate.of(2010, 10, 31);
    private static final LocalDate FIRST_738 = LocalDate.of(2010, 11, 1);

    private static List<SentencingTable.Cell> allCells() {
        List<SentencingTable.Cell> cells = new ArrayList<>();
        for (int l = OffenseLevel.LOWEST; l <= OffenseLevel.HIGHEST; l++) {
            for (CriminalHistoryCategory c : CriminalHistoryCategory.values()) {
                cells.add(new SentencingTable.Cell(OffenseLevel.of(l), c));
            }
        }
        return cells;
    }

    private static MonthRange cell(SentencingTable.Cell c, LocalDate date) {
        return LAW.table().range(LAW.manuals().inEffectOn(date), c.level(), c.category());
    }

    @Test
    void amendment738MovedExactlyTwelveCellsOnNovember1_2010() {
        Set<String> moved = new HashSet<>();
        for (SentencingTable.Cell c : allCells()) {
            Zone before = LAW.zones().zoneOf(cell(c, LAST_462), LAST_462).orElseThrow();
            Zone after = LAW.zones().zoneOf(cell(c, FIRST_738), FIRST_738).orElseThrow();
            if (before != after) {
                moved.add(c.level() + "/" + c.category());
                // the amendment widened Zones B and C: every moved cell went down one zone
                assertThat(after.ordinal()).as("%s: %s -> %s", c, before, after).isEqualTo(before.ordinal() - 1);
            }
        }
        assertThat(moved).hasSize(12);

        Set<String> movedInReference = new HashSet<>();
        for (Shared.Row r : Shared.csv(SentencingTableTest.ZONE_HISTORY_CSV)) {
            if (!r.get("zone_since_2010_11_01").equals(r.get("zone_1992_11_01_to_2010_10_31"))) {
                movedInReference.add(r.integer("offense_level") + "/" + CriminalHistoryCategory.parse(r.get("chc")));
            }
        }
        assertThat(moved).isEqualTo(movedInReference);
    }

    @Test
    void noZonesBeforeNovember1_1992() {
        LocalDate lastDay = LocalDate.of(1992, 10, 31);
        assertThat(LAW.zones().eraOn(lastDay)).isEmpty();
        assertThat(LAW.zones().zoneOf(MonthRange.of(0, 6), lastDay)).isEmpty();
        assertThat(LAW.zones().zoneOf(MonthRange.parse("360-life"), lastDay)).isEmpty();
        assertThat(LAW.zones().zoneOf(MonthRange.parse("life"), lastDay)).isEmpty();
        Edition edition = LAW.manuals().inEffectOn(lastDay);
        assertThat(edition.effective()).isEqualTo(LocalDate.of(1991, 11, 1));
        // the table of that day is encoded (Amendment 270 era); it has no zones
        assertThat(LAW.table().range(edition, OffenseLevel.of(10), CriminalHistoryCategory.I)).isEqualTo(MonthRange.parse("6-12"));
    }

    @Test
    void zonesFromNovember1_1992() {
        LocalDate firstDay = LocalDate.of(1992, 11, 1);
        assertThat(LAW.zones().eraOn(firstDay)).hasValueSatisfying(e -> assertThat(e.amendment()).isEqualTo("462"));
        assertThat(LAW.manuals().inEffectOn(firstDay).effective()).isEqualTo(firstDay);
        for (SentencingTable.Cell c : allCells()) {
            assertThat(LAW.zones().zoneOf(cell(c, firstDay), firstDay)).as(c.toString()).isPresent();
        }
        assertThat(LAW.zones().eraOn(LAST_462)).hasValueSatisfying(e -> assertThat(e.amendment()).isEqualTo("462"));
        assertThat(LAW.zones().eraOn(FIRST_738)).hasValueSatisfying(e -> assertThat(e.amendment()).isEqualTo("738"));
    }

    @Test
    void aLifeMinimumIsZoneDInBothEras() {
        for (LocalDate d : List.of(LocalDate.of(1992, 11, 1), LAST_462, FIRST_738, LocalDate.of(2025, 11, 1))) {
            assertThat(LAW.zones().zoneOf(MonthRange.parse("life"), d)).as(d.toString()).contains(Zone.D);
        }
    }

    /** One zone of one era of zones.csv: range minimums from {@code lo} to {@code hi} inclusive. */
    record Band(LocalDate from, Zone zone, int lo, int hi) {}

    static Stream<Band> zoneBands() {
        List<Band> bands = new ArrayList<>();
        for (Shared.Row r : Shared.csv("reference/zones.csv")) {
            if (r.get("zone_A_min_months").isBlank()) {
                continue; // the era before zones
            }
            LocalDate from = LocalDate.parse(r.get("effective_from"));
            for (Zone z : Zone.values()) {
                String spec = r.get("zone_" + z + "_min_months").strip();
                int lo;
                int hi;
                if (spec.endsWith("+")) {
                    lo = Integer.parseInt(spec.substring(0, spec.length() - 1));
                    hi = 600; // far above any numeric minimum of the table (life is tested apart)
                } else if (spec.contains("-")) {
                    lo = Integer.parseInt(spec.substring(0, spec.indexOf('-')));
                    hi = Integer.parseInt(spec.substring(spec.indexOf('-') + 1));
                } else {
                    lo = hi = Integer.parseInt(spec);
                }
                bands.add(new Band(from, z, lo, hi));
            }
        }
        return bands.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("zoneBands")
    void everyMinimumOfAZoneBandGivesThatZone(Band band) {
        for (LocalDate d : List.of(band.from(), band.from().plusYears(5))) {
            for (int m = band.lo(); m <= band.hi(); m++) {
                assertThat(LAW.zones().zoneOf(MonthRange.of(m, m + 6), d)).as("minimum %d on %s", m, d).contains(band.zone());
            }
        }
    }

    @Test
    void noTableCellHasAMinimumBetweenTwoZones() {
        // zones.csv leaves gaps (7 and 11 months before 2010-11-01; 13 and 14 after): no cell falls in one
        List<Band> bands = zoneBands().toList();
        for (LocalDate era : List.of(LocalDate.of(1992, 11, 1), FIRST_738)) {
            List<Band> eraBands = bands.stream().filter(b -> b.from().equals(era)).toList();
            assertThat(eraBands).hasSize(4);
            for (SentencingTable.Cell c : allCells()) {
                Months min = cell(c, era).min();
                if (min.isLife()) {
                    continue;
                }
                assertThat(eraBands).as("%s minimum %s in the era from %s", c, min, era)
                        .anyMatch(b -> min.count() >= b.lo() && min.count() <= b.hi());
            }
        }
    }
}
