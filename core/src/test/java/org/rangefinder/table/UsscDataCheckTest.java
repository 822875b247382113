package org.rangefinder.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rangefinder.Guidelines;
import org.rangefinder.limits.ApplicableRange;
import org.rangefinder.limits.StatutoryLimits;
import org.rangefinder.manual.Edition;
import org.rangefinder.model.CriminalHistoryCategory;
import org.rangefinder.model.MonthRange;
import org.rangefinder.model.Months;
import org.rangefinder.model.OffenseLevel;
import org.rangefinder.testing.Shared;

/**
 * The Sentencing Table against real sentences: for each record of the two USSC extracts in the
 * shared folder, the cell for the recorded final offense level and criminal history category is
 * compared with the recorded guideline minimum and maximum. Every difference must fall in a
 * known class; an unexplained one fails. Figures and classes: {@code docs/ussc-data-check.md}.
 *
 * <p>USSC codes, as found in the data: {@code 9996} is life (level 43 records carry 9996/9996,
 * the 360-life cells 360/9996; statutory maximums of 9996 are life); {@code -999} is missing;
 * a non-integer value in a month or level column is a mean imputed for a missing value (the
 * project5 extract fills missing values with the column mean, the same figures in every such record).
 */
class UsscDataCheckTest {

    private static final Guidelines LAW = Guidelines.load();

    /** How a record compares with the table. */
    enum Outcome {
        /** The recorded range is the table cell. */
        MATCH,
        /** Level, category, minimum or maximum missing (-999) or imputed (non-integer): nothing to compare. */
        MISSING_DATA,
        /**
         * Category VI, a recorded range from the § 4B1.1(c)(3) table (360-life, 292-365, 262-327) at
         * or above the cell, and a statutory minimum of 60 months or more (a career offender with an
         * 18 U.S.C. § 924(c) count): the (c)(3) range replaces the cell.
         */
        CAREER_OFFENDER_C3,
        /** The recorded range is the cell after § 5G1.1 with the record's statutory minimum and maximum. */
        STATUTORY_LIMITS,
        UNEXPLAINED
    }

    /** One extract: its file, columns and a date within its fiscal year (selects the edition). */
    record Extract(String file, String level, String category, String min, String max, String statMin,
            String statMax, LocalDate date, int records, int matchedFloor, int comparedCeiling) {

        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Extract> extracts() {
        return Stream.of(
                // FY2015 (Oct. 1, 2014 - Sept. 30, 2015): measured 792 of 794 comparable records match
                new Extract("ussc-data/dsett_fedsentencing_district07_fy2015.csv",
                        "FinalOffLevel", "CrimHistCat", "MinGuideRange", "MaxGuideRange", "STATMIN", "STATMAX",
                        LocalDate.of(2015, 3, 1), 795, 792, 794),
                // FY2020, quarters 1-2 (Oct. 1, 2019 - Mar. 31, 2020): measured 1,082 of 1,087 comparable records match
                new Extract("ussc-data/project5_drugs_fy2020_misclass_subset.csv",
                        "xfolsor", "xcrhissr", "xminsor", "xmaxsor", "statmin", "statmax",
                        LocalDate.of(2020, 1, 15), 1090, 1082, 1087));
    }

    /** A decoded USSC value: months (life for 9996), or missing (-999, blank), or imputed (non-integer). */
    record Value(Optional<Months> months, String problem) {

        static Value decode(String raw) {
            String t = raw.strip();
            if (t.isEmpty()) {
                return new Value(Optional.empty(), "blank");
            }
            double d = Double.parseDouble(t);
            if (d == -999) {
                return new Value(Optional.empty(), "missing (-999)");
            }
            if (d != Math.rint(d)) {
                return new Value(Optional.empty(), "imputed (" + t + ")");
            }
            if (d == 9996) {
                return new Value(Optional.of(Months.LIFE), null);
            }
            if (d < 0 || d > 9000) {
                throw new IllegalStateException("unknown USSC code " + raw);
            }
            return new Value(Optional.of(Months.of((int) d)), null);
        }

        boolean present() {
            return months.isPresent();
        }

        int integer() {
            return months.orElseThrow().toMonths();
        }
    }

    record Classified(Shared.Row row, Outcome outcome, String detail) {}

    static Classified classify(Extract x, Edition edition, Shared.Row r) {
        Value level = Value.decode(r.get(x.level()));
        Value category = Value.decode(r.get(x.category()));
        Value min = Value.decode(r.get(x.min()));
        Value max = Value.decode(r.get(x.max()));
        for (Value v : List.of(level, category, min, max)) {
            if (!v.present()) {
                return new Classified(r, Outcome.MISSING_DATA, v.problem());
            }
        }
        if (level.integer() < OffenseLevel.LOWEST || level.integer() > OffenseLevel.HIGHEST
                || category.integer() < 1 || category.integer() > 6) {
            return new Classified(r, Outcome.UNEXPLAINED, "level or category outside the table");
        }
        CriminalHistoryCategory chc = CriminalHistoryCategory.parse(Integer.toString(category.integer()));
        MonthRange cell = LAW.table().range(edition, OffenseLevel.of(level.integer()), chc);
        if (min.months().get().isAfter(max.months().get())) {
            return new Classified(r, Outcome.UNEXPLAINED, "recorded minimum above maximum");
        }
        MonthRange recorded = MonthRange.of(min.months().get(), max.months().get());
        String where = level.integer() + "/" + chc + ": table " + cell + ", recorded " + recorded;
        if (recorded.equals(cell)) {
            return new Classified(r, Outcome.MATCH, where);
        }
        Value statMin = Value.decode(r.get(x.statMin()));
        Value statMax = Value.decode(r.get(x.statMax()));
        if (chc == CriminalHistoryCategory.VI
                && LAW.careerOffender().isConsecutiveCountRange(recorded)
                && !recorded.min().isBefore(cell.min())
                && statMin.present() && !statMin.months().get().isBefore(Months.of(60))) {
            return new Classified(r, Outcome.CAREER_OFFENDER_C3, where + ", statutory minimum " + statMin.months().get());
        }
        if (statMin.present() && statMax.present() && !statMin.months().get().isAfter(statMax.months().get())) {
            MonthRange limited = ApplicableRange.apply(edition, cell,
                    StatutoryLimits.of(statMin.months().get(), statMax.months().get())).range();
            if (limited.equals(recorded)) {
                return new Classified(r, Outcome.STATUTORY_LIMITS, where + ", limits " + statMin.months().get() + "-" + statMax.months().get());
            }
        }
        return new Classified(r, Outcome.UNEXPLAINED, where + ", statutory " + r.get(x.statMin()) + "-" + r.get(x.statMax()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("extracts")
    void everyRecordMatchesTheTableOrAKnownClassOfDifference(Extract x) {
        List<Shared.Row> rows = Shared.csv(x.file());
        assertThat(rows).as("records in %s", x.file()).hasSize(x.records());
        Edition edition = LAW.manuals().inEffectOn(x.date());

        Map<Outcome, List<Classified>> byOutcome = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            byOutcome.put(o, new ArrayList<>());
        }
        int wouldBeTrimmed = 0;
        for (Shared.Row r : rows) {
            Classified c = classify(x, edition, r);
            byOutcome.get(c.outcome()).add(c);
            if (c.outcome() == Outcome.MATCH && trimmedBy5G1_1(x, edition, r)) {
                wouldBeTrimmed++;
            }
        }
        int matched = byOutcome.get(Outcome.MATCH).size();
        int compared = rows.size() - byOutcome.get(Outcome.MISSING_DATA).size();
        double rate = (double) matched / compared;
        System.out.printf(Locale.ROOT, "USSC data check %s (edition %s): %d records, %d compared, %d match (%.4f%%; %.4f%% of all"
                        + " records); %s; %d matching records whose statutory limits would change the cell under § 5G1.1%n",
                x.file(), edition, rows.size(), compared, matched, 100 * rate, 100.0 * matched / rows.size(),
                byOutcome.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().size()).toList(), wouldBeTrimmed);
        byOutcome.forEach((o, list) -> {
            if (o != Outcome.MATCH) {
                list.forEach(c -> System.out.println("  " + o + " " + c.row() + ": " + c.detail()));
            }
        });

        assertThat(byOutcome.get(Outcome.UNEXPLAINED)).as("unexplained differences from the table").isEmpty();
        assertThat(compared).as("comparable records").isLessThanOrEqualTo(x.comparedCeiling());
        assertThat(rate).as("match rate (floor: %d of %d, measured)", x.matchedFloor(), x.comparedCeiling())
                .isGreaterThanOrEqualTo((double) x.matchedFloor() / x.comparedCeiling());
        assertThat(matched).isGreaterThanOrEqualTo(x.matchedFloor());
    }

    /** Whether the record's statutory minimum or maximum would change its cell under § 5G1.1 (the record keeps the cell). */
    private static boolean trimmedBy5G1_1(Extract x, Edition edition, Shared.Row r) {
        Value statMin = Value.decode(r.get(x.statMin()));
        Value statMax = Value.decode(r.get(x.statMax()));
        if (!statMin.present() || !statMax.present() || statMin.months().get().isAfter(statMax.months().get())) {
            return false;
        }
        MonthRange cell = MonthRange.of(Value.decode(r.get(x.min())).months().get(), Value.decode(r.get(x.max())).months().get());
        return !ApplicableRange.apply(edition, cell, StatutoryLimits.of(statMin.months().get(), statMax.months().get()))
                .range().equals(cell);
    }
}
