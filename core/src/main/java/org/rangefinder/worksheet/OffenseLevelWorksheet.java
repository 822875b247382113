package org.rangefinder.worksheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rangefinder.Guidelines;
import org.rangefinder.chapter2.BaseLevel;
import org.rangefinder.chapter2.DrugAmount;
import org.rangefinder.chapter2.MitigatingRoleCap;
import org.rangefinder.explain.Step;
import org.rangefinder.explain.Trace;
import org.rangefinder.manual.Edition;
import org.rangefinder.model.Months;
import org.rangefinder.model.OffenseLevel;
import org.rangefinder.model.Worksheet;

/**
 * The total offense level from the worksheet findings (U.S.S.G. § 1B1.1(a)(1)-(5)): the Chapter Two
 * base level (a stated one, the Drug Quantity Table of § 2D1.1(c), or § 2L1.2(a)), the § 2D1.1(a)
 * mitigating-role cap, the safety-valve decrease, the specific offense characteristics and Chapter
 * Three adjustments as found, acceptance of responsibility (§ 3E1.1), the career-offender level
 * (§ 4B1.1(b)) and the zero-point decrease (§ 4C1.1).
 *
 * <p>For a reduction under § 1B1.10(b)(1) the same findings are run again with only the Drug
 * Quantity Table of the amendment substituted ({@code drugTable}); every other finding is kept.
 */
public final class OffenseLevelWorksheet {

    /** What the worksheet gives. {@code adjusted} is the level before § 3E1.1 and § 4B1.1. */
    public record Result(int base, int adjusted, int acceptance, Optional<Integer> careerOffenderLevel, OffenseLevel total,
            List<String> warnings, Trace trace) {

        public Result {
            warnings = List.copyOf(warnings);
        }
    }

    /** The inputs that are not on the worksheet itself. */
    public record Facts(Optional<String> offenseGuideline, boolean careerOffender, Optional<Months> statutoryMaximum,
            boolean zeroPointDecrease) {}

    /** A fact the computation needs and the case file lacks (named by its case-file key). */
    public static final class MissingFact extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public MissingFact(String field, String why) {
            super(field + ": " + why);
        }
    }

    private final Guidelines law;

    public OffenseLevelWorksheet(Guidelines law) {
        this.law = law;
    }

    /**
     * @param edition the Manual of sentencing (§ 1B1.11), for every rule but the Drug Quantity Table
     * @param drugTable the edition whose Drug Quantity Table applies (the same edition, or the
     *     amendment's for § 1B1.10(b)(1))
     */
    public Result compute(Edition edition, Edition drugTable, Worksheet w, Facts facts) {
        List<String> warnings = new ArrayList<>();
        Trace t = Trace.EMPTY;
        boolean drugGuideline = !w.drugs().isEmpty() || facts.offenseGuideline().map(g -> g.startsWith("2D1.1")).orElse(false);
        int base;
        if (w.baseOffenseLevel().isPresent()) {
            base = w.baseOffenseLevel().get();
            t = t.with(Step.of("base offense level", "as found", edition.cite("§ " + facts.offenseGuideline().orElse("2")),
                    "level " + base));
            if (!w.drugs().isEmpty()) {
                warnings.add("sentencing.worksheet gives both base_offense_level and drugs; the stated base level is used");
            }
        } else if (!w.drugs().isEmpty()) {
            List<String> known = law.drugQuantityTable().substances();
            for (Worksheet.DrugQuantity d : w.drugs()) {
                if (!known.contains(d.substance())) {
                    throw new MissingFact("sentencing.worksheet.drugs", "'" + d.substance() + "' is not a substance the"
                            + " engine's Drug Quantity Table encodes (" + String.join(", ", known) + "); state"
                            + " base_offense_level instead");
                }
            }
            List<DrugAmount> amounts = w.drugs().stream().map(d -> new DrugAmount(d.substance(), d.grams())).toList();
            BaseLevel bl = law.drugQuantityTable().baseOffenseLevel(drugTable, amounts);
            base = bl.level();
            t = t.with(bl.trace());
            bl.unverified().forEach(u -> warnings.add("Drug Quantity Table: " + u));
            Capped capped = capForMitigatingRole(edition, w, base, t);
            base = capped.level();
            t = capped.trace();
        } else if (facts.offenseGuideline().map(g -> g.startsWith("2L1.2")).orElse(false)) {
            base = law.illegalReentry().baseLevel();
            t = t.with(Step.of("base offense level", "unlawfully entering or remaining in the United States",
                    edition.cite(law.illegalReentry().baseProvision()), "level " + base));
            law.illegalReentry().on(edition.effective()).ifPresent(era -> {
                for (Worksheet.Adjustment a : w.adjustments()) {
                    if (a.section().startsWith("2L1.2(b)") && !org.rangefinder.chapter2.IllegalReentry.allows(era, a.section(), a.levels())) {
                        warnings.add("§ " + a.section() + " gives no " + a.levels() + "-level enhancement in the " + edition.label()
                                + " Manual (Amendment " + era.amendment() + ")");
                    }
                }
            });
        } else {
            throw new MissingFact("sentencing.worksheet.base_offense_level",
                    "the worksheet needs a base offense level or drug quantities (or offense_guideline 2L1.2)");
        }
        int level = base;
        final int chapterTwoBase = base;
        if (w.safetyValve().orElse(false) && drugGuideline) {
            boolean stated = w.adjustments().stream().anyMatch(a -> a.section().startsWith("2D1.1(b)") && a.levels() < 0);
            var era = law.safetyValve().on(edition.effective());
            if (stated) {
                warnings.add("safety_valve is true and a decrease under § 2D1.1(b) is also listed; the listed one is used");
            } else if (era.isEmpty()) {
                t = t.with(Step.of("safety valve", "no § 2D1.1(b) safety-valve decrease in this edition", edition.cite("§ 2D1.1(b)"),
                        "no decrease"));
            } else if (era.get().appliesIfLevelAtLeast().map(min -> chapterTwoBase < min).orElse(false)) {
                t = t.with(Step.of("safety valve", "the decrease applies only from level " + era.get().appliesIfLevelAtLeast().get(),
                        edition.cite(era.get().provision()), "no decrease at level " + base));
            } else {
                level -= era.get().levels();
                t = t.with(Step.of("safety valve", "the § 5C1.2 criteria are met", edition.cite(era.get().provision()),
                        "-" + era.get().levels() + " levels (Amendment " + era.get().amendment() + ")"));
            }
        }
        int acceptance = 0;
        for (Worksheet.Adjustment a : w.adjustments()) {
            if (a.isAcceptance()) {
                acceptance += a.levels();
                continue;
            }
            level += a.levels();
            t = t.with(Step.of("adjustment", "as found", edition.cite("§ " + a.section()),
                    (a.levels() > 0 ? "+" : "") + a.levels() + " levels, level " + level));
        }
        int adjusted = level;
        if (acceptance != 0) {
            var era = law.acceptance().on(edition.effective());
            int most = era.aLevels() + era.bLevels().orElse(0);
            if (-acceptance > most) {
                warnings.add("§ 3E1.1 allows at most " + most + " levels in the " + edition.label() + " Manual; " + -acceptance + " were listed");
            } else if (-acceptance > era.aLevels() && era.bRequiresLevelAtLeast().map(min -> adjusted < min).orElse(false)) {
                warnings.add("§ 3E1.1(b) applies only when the level before (a) is " + era.bRequiresLevelAtLeast().get()
                        + " or more; the worksheet gives " + adjusted + " (the finding is kept)");
            }
        }
        Optional<Integer> careerLevel = Optional.empty();
        int highestCareerLevel = law.careerOffender().levels().stream().mapToInt(r -> r.level()).max().orElse(0);
        if (facts.careerOffender() && facts.statutoryMaximum().isEmpty() && adjusted >= highestCareerLevel) {
            t = t.with(Step.of("career offender", "the greater of the level otherwise applicable and the table level",
                    edition.cite("§ 4B1.1(b)"), "level " + adjusted + ": it is at or above the highest career-offender level ("
                            + highestCareerLevel + "), so the statutory maximum does not matter"));
        } else if (facts.careerOffender()) {
            Months max = facts.statutoryMaximum().orElseThrow(() -> new MissingFact("sentencing.statutory_maximum_months",
                    "the career-offender level of § 4B1.1(b) depends on the offense statutory maximum"));
            var row = law.careerOffender().levelFor(max).orElseThrow(() -> new MissingFact("sentencing.statutory_maximum_months",
                    "a statutory maximum of one year or less gives no career-offender level"));
            careerLevel = Optional.of(row.level());
            t = t.with(Step.of("career offender", "the greater of the level otherwise applicable and the table level",
                    edition.cite(row.provision()), "level " + Math.max(adjusted, row.level()) + " (table " + row.level()
                            + " for a maximum of " + max + ", otherwise " + adjusted + ")"));
            level = Math.max(adjusted, row.level());
        }
        if (acceptance != 0 && !drugTable.equals(edition)) {
            // § 1B1.10(b)(1): only the amendment is substituted, but § 3E1.1(b) applies by its own terms only where
            // the level before subsection (a) is 16 or more. A further level the court found at sentencing, when
            // the level then met that condition, falls away where the amended table takes the level below it.
            var era = law.acceptance().on(edition.effective());
            int beforeA = level;
            if (-acceptance > era.aLevels() && era.bRequiresLevelAtLeast().map(min -> beforeA < min).orElse(false)) {
                Result original = compute(edition, edition, w, facts);
                int originalBeforeA = Math.max(original.adjusted(), original.careerOffenderLevel().orElse(Integer.MIN_VALUE));
                int min = era.bRequiresLevelAtLeast().get();
                if (originalBeforeA >= min) {
                    int kept = acceptance + era.bLevels().orElse(0);
                    t = t.with(Step.of("acceptance of responsibility, § 3E1.1(b)",
                            "the further decrease applies only where the level before subsection (a) is " + min
                                    + " or more; the amended level before (a) is " + beforeA + " (at sentencing " + originalBeforeA + ")",
                            edition.cite("§ 3E1.1(b)"), kept + " levels instead of " + acceptance + " as found"));
                    acceptance = kept;
                }
            }
        }
        if (acceptance != 0) {
            level += acceptance;
            t = t.with(Step.of("acceptance of responsibility", "as found", edition.cite("§ 3E1.1"), acceptance + " levels, level " + level));
        }
        if (facts.zeroPointDecrease()) {
            var era = law.zeroPointOffender().on(edition.effective());
            if (era.isPresent()) {
                level -= era.get().decreaseLevels();
                t = t.with(Step.of("zero-point offender", "no criminal history points and every criterion met",
                        edition.cite(era.get().provision()), "-" + era.get().decreaseLevels() + " levels, level " + level));
            }
        }
        OffenseLevel total = OffenseLevel.clamped(level);
        t = t.with(Step.of("total offense level", "levels below 1 are 1 and above 43 are 43", edition.cite("Ch. 5, Pt. A, comment. (n.2)"),
                "level " + total, "computed", level));
        return new Result(base, adjusted, acceptance, careerLevel, total, warnings, t);
    }

    private record Capped(int level, Trace trace) {}

    private Capped capForMitigatingRole(Edition edition, Worksheet w, int base, Trace t) {
        boolean role = w.adjustments().stream().anyMatch(Worksheet.Adjustment::isMitigatingRole);
        if (!role) {
            return new Capped(base, t);
        }
        boolean minimal = w.minimalParticipant().orElse(false)
                || w.adjustments().stream().anyMatch(a -> a.section().startsWith("3B1.2(a)") || (a.isMitigatingRole() && a.levels() <= -4));
        var era = law.mitigatingRoleCap().on(edition.effective());
        if (era.isEmpty()) {
            return new Capped(base, t);
        }
        MitigatingRoleCap.Capped capped = MitigatingRoleCap.apply(era.get(), base, minimal);
        if (capped.explanation().isPresent()) {
            t = t.with(Step.of("mitigating-role cap", "a § 3B1.2 adjustment caps the drug base level",
                    edition.cite(era.get().provision()), "level " + capped.level() + ": " + capped.explanation().get()));
        }
        return new Capped(capped.level(), t);
    }
}
