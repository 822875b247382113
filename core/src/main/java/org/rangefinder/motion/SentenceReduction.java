package org.rangefinder.motion;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.rangefinder.chapter2.SafetyValve;
import org.rangefinder.chapter4.CareerOffender;
import org.rangefinder.chapter4.StatusPoints;
import org.rangefinder.explain.Step;
import org.rangefinder.explain.Trace;
import org.rangefinder.limits.ApplicableRange;
import org.rangefinder.limits.StatutoryLimits;
import org.rangefinder.model.Case;
import org.rangefinder.model.CriminalHistoryCategory;
import org.rangefinder.model.MonthRange;
import org.rangefinder.model.Months;
import org.rangefinder.model.OffenseLevel;
import org.rangefinder.model.ZeroPointExclusion;
import org.rangefinder.manual.Edition;
import org.rangefinder.worksheet.OffenseLevelWorksheet;

/**
 * 18 U.S.C. § 3582(c)(2) under U.S.S.G. § 1B1.10 for one candidate cell: the amended range by
 * substituting only the covered amendment ((b)(1)), whether it is lowered ((a)(2)(B)), and the
 * floors of (b)(2): the amended minimum (A), the comparable reduction (B), time served (C).
 */
final class SentenceReduction {

    private final MotionContext ctx;
    private final Amendment amendment;
    private final ReasonCatalog catalog;
    /** Set when the worksheet shows that only earlier amendments changed the level (see earlierAmendmentsOnly). */
    private String changedOnlyByEarlier;

    SentenceReduction(MotionContext ctx, Amendment amendment) {
        this.ctx = ctx;
        this.amendment = amendment;
        this.catalog = ctx.reasons();
    }

    private String cite(String provision) {
        return ctx.motionEdition().cite(ctx.law().policyStatement().section(ctx.motionDate(), provision));
    }

    /**
     * The recency point: its provision in the Manual used at sentencing where recency points were still counted (from
     * the Nov. 1, 2023 Manual § 4A1.1(e) is the status-point rule of Amendment 821, not a recency point); else the
     * amendment that removed it (status-points.yaml, recency_points).
     */
    private String recencyCitation() {
        var recency = ctx.law().statusPoints().recency();
        return ctx.sentencingEdition().filter(e -> recency.window().contains(e.effective()))
                .map(e -> e.cite(recency.provision())).orElse("U.S.S.G. App. C, Amend. " + recency.removedBy());
    }

    private String amend() {
        return "Amendment " + amendment.number();
    }

    /** Decides for one cell and the given covered parts (empty: the amendment as a whole). */
    Outcome decide(Cell cell, List<Amendment.Part> parts) {
        Outcome out;
        if (parts.isEmpty() || amendment.lowers() == Amendment.Lowers.OFFENSE_LEVEL) {
            out = amendment.lowers() == Amendment.Lowers.OFFENSE_LEVEL ? offenseLevel(cell) : statusPoints(cell);
        } else {
            List<Outcome> each = new ArrayList<>();
            for (Amendment.Part p : parts) {
                each.add(switch (p.id().toUpperCase(java.util.Locale.ROOT)) {
                    case "A" -> amendment.lowers() == Amendment.Lowers.CRIMINAL_HISTORY ? statusPoints(cell) : offenseLevel(cell);
                    case "B", "B1" -> amendment.lowers() == Amendment.Lowers.CRIMINAL_HISTORY ? zeroPoint(cell) : offenseLevel(cell);
                    default -> offenseLevel(cell);
                });
            }
            out = combine(cell, each);
        }
        return alreadyInEffect(out);
    }

    /** The amendment took effect on or before the sentencing date: the original range already applied it. */
    private Outcome alreadyInEffect(Outcome out) {
        var date = ctx.sentencing().date();
        if (date.isEmpty() || date.get().isBefore(amendment.effective())) {
            return out;
        }
        Reason r = catalog.specific(ReasonCode.RANGE_NOT_LOWERED, () -> "The sentence was imposed on " + org.rangefinder.explain.Dates.prose(date.get()) + ", when "
                + amend() + " (effective " + org.rangefinder.explain.Dates.prose(amendment.effective()) + ") was already part of the Guidelines Manual in force;"
                + " the original range already reflects it.", cite("§ 1B1.10(a)(2)(B)"), "U.S.S.G. § 1B1.11(a)");
        Trace t = out.trace().with(() -> Step.of("amendment already in force at sentencing", "the original range applied the amendment",
                ctx.sentencingEdition().map(e -> e.cite("§ 1B1.11(a)")).orElse("U.S.S.G. § 1B1.11(a)"),
                "no lowering possible", "sentencing_date", date.get(), "amendment_effective", amendment.effective()));
        return new Outcome(Relief.UNAVAILABLE, out.original(), out.relief() == Relief.AVAILABLE ? out.original() : out.amended(),
                Optional.empty(), Optional.empty(), merge(out.reasons(), r, out.relief() == Relief.AVAILABLE), List.of(), t,
                out.warnings());
    }

    private static List<Reason> merge(List<Reason> reasons, Reason r, boolean replace) {
        List<Reason> out = new ArrayList<>();
        if (!replace) {
            out.addAll(reasons.stream().filter(x -> x.code() != ReasonCode.INSUFFICIENT_FACTS).toList());
        }
        out.add(r);
        return out;
    }

    /** Several parts (e.g. 821 A and B): relief if any part gives it. */
    private Outcome combine(Cell cell, List<Outcome> each) {
        if (each.size() == 1) {
            return each.getFirst();
        }
        Optional<Outcome> best = each.stream().filter(o -> o.relief() == Relief.AVAILABLE)
                .min((a, b) -> a.lowest().orElse(Months.ZERO).compareTo(b.lowest().orElse(Months.ZERO)));
        // what any part found wrong with the record is said whichever part decides
        List<String> warnings = new ArrayList<>();
        each.forEach(o -> o.warnings().stream().filter(w -> !warnings.contains(w)).forEach(warnings::add));
        if (best.isPresent()) {
            return best.get().withWarnings(warnings);
        }
        List<Reason> reasons = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        Trace trace = ctx.blank();
        for (Outcome o : each) {
            o.reasons().stream().filter(r -> reasons.stream().noneMatch(x -> x.code() == r.code())).forEach(reasons::add);
            o.missing().stream().filter(m -> !missing.contains(m)).forEach(missing::add);
            trace = trace.with(o.trace());
        }
        if (each.stream().anyMatch(o -> o.relief() == Relief.UNDETERMINED)) {
            return Outcome.undetermined(cell.ranges(), reasons, missing, trace).withWarnings(warnings);
        }
        // the lowest amended range any part gives: the lower minimum, and on a tie the lower maximum (a part that
        // lowered only the top of the range, e.g. to a statutory minimum, is reported rather than one that changed nothing).
        // A part whose amended range is not known (§ 1B1.10(c) with the amended cell unknown) leaves the lowest unknown:
        // only what every part agrees on is shown.
        List<Determination.Ranges> amendeds = each.stream().map(Outcome::amended).toList();
        Determination.Ranges lowestAmended = amendeds.stream().anyMatch(a -> a.applicableRange().isEmpty())
                ? MotionAnalyzer.common(amendeds)
                : amendeds.stream()
                        .min(java.util.Comparator.<Determination.Ranges, Months>comparing(a -> a.applicableRange().get().min())
                                .thenComparing(a -> a.applicableRange().get().max()))
                        .orElse(cell.ranges());
        return Outcome.unavailable(cell.ranges(), lowestAmended, reasons, trace).withWarnings(warnings);
    }

    // ---- Offense-level amendments (706, 750, 782, ...) ----

    private Outcome offenseLevel(Cell cell) {
        Trace t = ctx.blank();
        var guideline = ctx.sentencing().offenseGuideline();
        if (guideline.isPresent() && !ctx.law().amendments().mayChange(amendment, guideline.get())) {
            Reason r = catalog.specific(ReasonCode.RANGE_NOT_LOWERED, () -> "The offense level was set by § " + guideline.get()
                    + ", which " + amend() + " did not change (it amended " + sections(amendment.guidelines())
                    + "), so the applicable guideline range is not lowered.", cite("§ 1B1.10(a)(2)(B)"));
            t = t.with(() -> Step.of("guideline not amended", "the amendment changes other guidelines", cite("§ 1B1.10(a)(2)(B)"),
                    "range not lowered", "offense_guideline", guideline.get(), "amended_guidelines", amendment.guidelines()));
            return Outcome.unavailable(cell.ranges(), cell.ranges(), List.of(r), t);
        }
        boolean amendedStated = ctx.amended().offenseLevel().isPresent() || ctx.amended().guidelineRange().isPresent();
        Optional<WorksheetLevel> fromWorksheet = amendedStated ? Optional.empty() : worksheetLevel(cell);
        if (fromWorksheet.isPresent()) {
            t = t.with(fromWorksheet.get().trace());
        }
        // Without a worksheet the career-offender level is taken to have set the range (docs/case-file.md);
        // with one, only when the § 4B1.1(b) level was above the Chapter Two and Three level.
        boolean careerGoverns = ctx.worksheetLevel()
                .map(r -> r.careerOffenderLevel().map(c -> c > r.adjusted()).orElse(false))
                .orElseGet(() -> ctx.sentencing().offenseLevel().isEmpty() || !notACareerOffenderTotal(cell));
        if (ctx.careerOffender() && !amendedStated && careerGoverns
                && fromWorksheet.map(x -> x.level().compareTo(cell.level()) >= 0).orElse(true)) {
            Reason r = catalog.specific(ReasonCode.CAREER_OFFENDER, () -> "The table range " + inMonths(cell.tableRange()) + " came"
                    + " from the career-offender guideline, § 4B1.1, which " + amend() + " does not change; the offense level"
                    + " and category VI stay as they were.", ctx.tableEdition().cite("§ 4B1.1(b)"), cite("§ 1B1.10(a)(2)(B)"));
            t = t.with(() -> Step.of("career offender", "the § 4B1.1 level and category set the range", ctx.tableEdition().cite("§ 4B1.1"),
                    "range not lowered", "career_offender", true));
            if (cell.fixedByMinimum()) {
                // a statutory minimum that is the whole applicable range is the first ground, whatever set the cell
                return fixedByMinimum(cell, t, Optional.of(cell.level()), Optional.of(cell.category())).withReason(r);
            }
            Optional<Outcome> split = departureFromCareerRange(cell, t);
            if (split.isPresent()) {
                return split.get();
            }
            return Outcome.unavailable(cell.ranges(), cell.ranges(), List.of(r), t);
        }
        OffenseLevel amendedLevel = ctx.amended().offenseLevel().or(() -> fromWorksheet.map(WorksheetLevel::level)).orElse(null);
        // a career offender's amended level is never below the § 4B1.1(b) level (a stated amended range governs as stated)
        Optional<CareerFloor> floor = amendedLevel == null || ctx.amended().guidelineRange().isPresent() ? Optional.empty()
                : careerFloor(cell).filter(f -> f.raises(amendedLevel));
        if (cell.fixedByMinimum()) {
            Optional<OffenseLevel> shown = Optional.ofNullable(amendedLevel);
            if (floor.isPresent()) {
                List<OffenseLevel> levels = floor.get().levels(amendedLevel);
                t = t.with(() -> floorStep(floor.get(), amendedLevel, levels));
                shown = levels.size() == 1 ? Optional.of(levels.getFirst()) : Optional.empty();
            }
            return fixedByMinimum(cell, t, shown, Optional.of(statedAmendedCategory().orElse(cell.category())));
        }
        Optional<Outcome> categoryUnknown = categoryOfAnEarlierOrder(cell, t);
        if (categoryUnknown.isPresent()) {
            return categoryUnknown.get();
        }
        CriminalHistoryCategory amendedCategory = statedAmendedCategory().orElse(cell.category());
        if (ctx.amended().guidelineRange().isEmpty() && amendedLevel == null) {
            Trace sofar = t;
            Optional<Outcome> atMinimum = sentenceAtMinimum(cell, sofar).or(() -> atOrBelowEveryAmendedLevel(cell, sofar));
            if (atMinimum.isPresent()) {
                return atMinimum.get();
            }
            boolean quantities = ctx.sentencing().worksheet().map(w -> !w.drugs().isEmpty() && w.baseOffenseLevel().isEmpty())
                    .orElse(false);
            if (quantities && ctx.sentencingEdition().isEmpty()) {
                Reason r = catalog.specific(ReasonCode.INSUFFICIENT_FACTS, () -> "The offense level under " + amend()
                        + " is not stated, and the worksheet's drug quantities cannot be scored without sentencing.date"
                        + " (the date of sentencing chooses the Manual, § 1B1.11): give sentencing.date, or"
                        + " amended.offense_level or amended.guideline_range.");
                return Outcome.undetermined(cell.ranges(), List.of(r), List.of("sentencing.date", "amended.offense_level"), t);
            }
            Reason r = catalog.specific(ReasonCode.INSUFFICIENT_FACTS, () -> "The offense level under " + amend()
                    + " is not stated: give amended.offense_level or amended.guideline_range, or the drug quantities on"
                    + " sentencing.worksheet from which it is computed.");
            return Outcome.undetermined(cell.ranges(), List.of(r), List.of("amended.offense_level"), t);
        }
        if (floor.isPresent()) {
            return floored(cell, floor.get(), amendedLevel, amendedCategory, t);
        }
        return amendedRange(cell, amendedLevel, amendedCategory, t);
    }

    /**
     * An earlier order applied an amendment to the criminal history (821): § 1B1.10(b)(1) keeps it, so the amended range
     * of an offense-level amendment is in the category that order gave, not the one at sentencing. Without the amended
     * category (or range) stated the answer is undetermined rather than measured in the original category.
     */
    private Optional<Outcome> categoryOfAnEarlierOrder(Cell cell, Trace t) {
        var prior = ctx.theCase().priorReduction().amendment().flatMap(n -> ctx.law().amendments().all().stream()
                .filter(a -> n.equalsIgnoreCase(a.number()) || n.toUpperCase(java.util.Locale.ROOT).startsWith(a.number() + "-"))
                .findFirst());
        if (prior.isEmpty() || prior.get().lowers() != Amendment.Lowers.CRIMINAL_HISTORY || statedAmendedCategory().isPresent()
                || ctx.amended().guidelineRange().isPresent()) {
            return Optional.empty();
        }
        Reason r = catalog.specific(ReasonCode.INSUFFICIENT_FACTS, () -> "The term being served comes from an earlier reduction"
                + " under Amendment " + prior.get().number() + ", which may have changed the criminal history category;"
                + " § 1B1.10(b)(1) keeps that change, so the range under " + amend() + " is in the category that order applied,"
                + " which the case file does not state (amended.criminal_history_category).", cite("§ 1B1.10(b)(1)"));
        return Optional.of(Outcome.undetermined(cell.ranges(), List.of(r), List.of("amended.criminal_history_category"), t));
    }

    /**
     * Before Amendment 759 (Nov. 1, 2011) defined the "applicable guideline range" as the one found before any departure
     * (§ 1B1.10 comment. (n.1(A))), the courts of appeals differed on whether a career offender whom the sentencing court
     * departed from the career-offender range (e.g. under § 4A1.3, to the range of the drug guideline) was sentenced on
     * a range the amendment lowered: the First, Second and Fourth Circuits took the range the departure reached, others
     * the career-offender range. The engine does not model the circuit, so where the record shows such a departure the
     * answer is undetermined rather than one circuit's rule.
     */
    private Optional<Outcome> departureFromCareerRange(Cell cell, Trace t) {
        var era = ctx.law().policyStatement().on(ctx.motionDate());
        boolean departed = ctx.sentencing().departures().map(d -> d.contains(Case.Departure.OTHER_DEPARTURE)).orElse(false);
        if (era.applicableRangeBeforeDepartures() || !departed) {
            return Optional.empty();
        }
        Reason r = catalog.specific(ReasonCode.INSUFFICIENT_FACTS, () -> "The career-offender guideline, § 4B1.1, which " + amend()
                + " does not change, set the range " + inMonths(cell.tableRange()) + ", but the sentencing court departed from"
                + " it. Before Nov. 1, 2011 the policy statement did not say whether the \"applicable guideline range\" is the"
                + " range before or after a departure, and the courts of appeals decided it differently: in some, a career"
                + " offender whose departure (e.g. under § 4A1.3) took the range of the guideline the amendment lowered is"
                + " eligible; in others the career-offender range governs and no reduction is authorized. The answer depends on"
                + " the law of the circuit and on the range the departure reached, which the engine does not model.",
                ctx.tableEdition().cite("§ 4B1.1"), ctx.tableEdition().cite("§ 4A1.3"), cite("§ 1B1.10(a)(2)(B)"),
                "18 U.S.C. § 3582(c)(2)");
        return Optional.of(Outcome.undetermined(cell.ranges(), List.of(r), List.of("the law of the circuit on a departure from"
                + " the career-offender range (before Nov. 1, 2011)"), t.with(() -> Step.of("departure from the career-offender range",
                "before Amendment 759 the circuits differed on the range before or after a departure", cite("§ 1B1.10(a)(2)(B)"),
                "depends on the circuit", "departures", "other-departure"))));
    }

    // ---- § 4B1.1(b) as a floor on a career offender's amended level ----

    /**
     * A career offender's amended level under § 1B1.10(b)(1): only the amended guideline is substituted, and
     * the career-offender finding is one of the application decisions left in place, so § 4B1.1(b) still takes
     * the greater of the career-offender level for the statutory maximum, less the § 3E1.1 decrease that
     * applied, and the level otherwise applicable, even where Chapters Two and Three set the original range
     * (career-offender.yaml, {@code amended_level_floor}). {@code decreases}: the one the worksheet shows, or
     * every listed decrease the original level allows (the original total was not below the career-offender
     * level less its decrease); the largest gives the lowest possible floor.
     */
    private record CareerFloor(CareerOffender.LevelRow row, Months maximum, List<Integer> decreases, boolean known) {

        /** The lowest level the floor allows: the career-offender level less the largest possible decrease. */
        OffenseLevel lowest() {
            return OffenseLevel.clamped(row.level() - decreases.stream().mapToInt(Integer::intValue).max().orElseThrow());
        }

        /** Whether the level otherwise applicable is below the floor: below the lowest level any possible decrease allows. */
        boolean raises(OffenseLevel otherwise) {
            return otherwise.compareTo(lowest()) < 0;
        }

        /**
         * The amended levels possible for a level otherwise applicable (ascending): that level when it is not below
         * the floor (a stated level that some possible decrease allows stands as stated); else the career-offender
         * level less each possible decrease, one level when the decrease is known.
         */
        List<OffenseLevel> levels(OffenseLevel otherwise) {
            if (!raises(otherwise)) {
                return List.of(otherwise);
            }
            return decreases.stream().map(d -> OffenseLevel.clamped(row.level() - d)).distinct().sorted().toList();
        }

        /** The floor in words: its level and where it comes from. */
        String describe() {
            String co = "the career-offender level for a statutory maximum of " + months(maximum);
            if (!known) {
                return lowest() + ", " + co + ", " + row.level() + ", less at most " + (row.level() - lowest().value())
                        + " levels for acceptance of responsibility (§ 3E1.1; the decrease that applied is not stated)";
            }
            int d = decreases.getFirst();
            return d == 0 ? lowest() + ", " + co + " (no § 3E1.1 decrease applied, as the worksheet finds)"
                    : lowest() + ", " + co + ", " + row.level() + ", less the " + d + "-level § 3E1.1 decrease the worksheet finds";
        }

        /** Why the amended level cannot go lower, as a clause. */
        String clause() {
            return "as a career offender the amended offense level cannot be below " + describe() + ": the career-offender"
                    + " finding stands (§ 1B1.10(b)(1)), and § 4B1.1(b) takes the greater of that level and the level"
                    + " otherwise applicable";
        }
    }

    /**
     * The § 4B1.1(b) floor for a career offender whose statutory maximum gives a career-offender level; empty
     * otherwise, or when the original level is below every level the floor allows (the record does not fit it).
     */
    private Optional<CareerFloor> careerFloor(Cell cell) {
        if (!ctx.careerOffender()) {
            return Optional.empty();
        }
        var table = ctx.law().careerOffender();
        Optional<Months> maximum = cell.limits().maximum();
        Optional<CareerOffender.LevelRow> row = maximum.flatMap(table::levelFor);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        // the decrease that applied is known when the worksheet's findings give the level in use
        Optional<Integer> found = ctx.worksheetLevel().filter(r -> r.total().equals(cell.level())).map(r -> -r.acceptance())
                .filter(table.acceptanceDecreases()::contains);
        List<Integer> decreases = found.map(List::of).orElse(table.acceptanceDecreases()).stream()
                .filter(d -> row.get().level() - d <= cell.level().value()).toList();
        if (decreases.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CareerFloor(row.get(), maximum.get(), decreases, found.isPresent()));
    }

    private String[] floorCitations(Optional<CareerFloor> f, String... first) {
        return f.isPresent() ? floorCitations(f.get(), first) : first;
    }

    private String[] floorCitations(CareerFloor f, String... first) {
        List<String> out = new ArrayList<>(List.of(first));
        out.add(ctx.tableEdition().cite(f.row().provision()));
        out.add(cite("§ 1B1.10(b)(1)"));
        out.addAll(catalog.citations(ctx.law().careerOffender().amendedLevelFloor().authorities()));
        return out.toArray(String[]::new);
    }

    private Step floorStep(CareerFloor f, OffenseLevel otherwise, List<OffenseLevel> levels) {
        return floorStep(f, otherwise, "amended offense level " + words(levels) + ", not " + otherwise + " (below the floor "
                + f.describe() + ")");
    }

    private Step floorStep(CareerFloor f, OffenseLevel otherwise, String result) {
        return Step.of("career-offender floor", "the career-offender finding stands (§ 1B1.10(b)(1)); § 4B1.1(b) takes the"
                + " greater of the career-offender level, less the § 3E1.1 decrease, and the level otherwise applicable",
                ctx.tableEdition().cite(f.row().provision()), result,
                "career_offender_level", f.row().level(), "statutory_maximum", f.maximum(),
                "acceptance_decrease", f.known() ? f.decreases().getFirst() : "not stated: " + f.decreases(),
                "level_otherwise", otherwise);
    }

    private static String words(List<OffenseLevel> levels) {
        if (levels.size() == 1) {
            return levels.getFirst().toString();
        }
        List<String> all = levels.stream().map(String::valueOf).toList();
        return String.join(", ", all.subList(0, all.size() - 1)) + " or " + all.getLast();
    }

    /**
     * The amended range with the level the § 4B1.1(b) floor gives. With the § 3E1.1 decrease not known the floor
     * may give several levels: the relief stands only when every one gives it (the ranges and the lowest permitted
     * term are reported only where all agree); otherwise it depends on the decrease, and the answer is undetermined.
     */
    private Outcome floored(Cell cell, CareerFloor f, OffenseLevel otherwise, CriminalHistoryCategory category, Trace t) {
        List<OffenseLevel> levels = f.levels(otherwise);
        Trace withFloor = t.with(() -> floorStep(f, otherwise, levels));
        List<Outcome> each = new ArrayList<>();
        for (OffenseLevel l : levels) {
            each.add(amendedRange(cell, l, category, withFloor));
        }
        Outcome first = each.getFirst();
        if (each.stream().anyMatch(o -> o.relief() != first.relief())) {
            Reason r = catalog.specific(ReasonCode.INSUFFICIENT_FACTS, () -> "The amended offense level otherwise applicable is "
                    + otherwise + ", but " + f.clause() + ": the amended level is " + words(levels) + " depending on that"
                    + " decrease, and the answer differs among them. Give the § 3E1.1 adjustment on sentencing.worksheet.",
                    floorCitations(f));
            return Outcome.undetermined(cell.ranges(), List.of(r), List.of("sentencing.worksheet (the § 3E1.1 adjustment)"),
                    withFloor);
        }
        List<Reason> reasons = new ArrayList<>();
        for (Reason r : first.reasons()) {
            boolean identical = each.stream().allMatch(o -> o.reasons().contains(r));
            boolean everywhere = each.stream().allMatch(o -> o.has(r.code()));
            if (identical || everywhere) {
                reasons.add(identical ? r : catalog.general(r.code()));
            }
        }
        // the same relief at every possible level; the ranges and the lowest permitted term only where all agree
        boolean sameLowest = each.stream().allMatch(o -> o.lowest().equals(first.lowest()));
        List<String> missing = new ArrayList<>(first.missing());
        if (!sameLowest) {
            missing.add("sentencing.worksheet (the § 3E1.1 adjustment)");
            reasons.add(catalog.specific(ReasonCode.INSUFFICIENT_FACTS, () -> "Relief is available at each amended level the"
                    + " career-offender floor allows (" + words(levels) + "), but the lowest permitted term differs among them;"
                    + " it depends on the § 3E1.1 decrease that applied: give the § 3E1.1 adjustment on sentencing.worksheet."));
        }
        Supplier<String> said = () -> "As a career offender the amended offense level is " + (levels.size() == 1 ? levels.getFirst() + ","
                : words(levels) + ", depending on the § 3E1.1 decrease that applied,") + " not " + otherwise + ": the career-offender"
                + " finding stands (§ 1B1.10(b)(1)), and § 4B1.1(b) takes the greater of the level otherwise applicable and "
                + f.describe() + ".";
        return new Outcome(first.relief(), first.original(), MotionAnalyzer.common(each.stream().map(Outcome::amended).toList()),
                sameLowest ? first.lowest() : Optional.empty(),
                each.stream().allMatch(o -> o.orderEffectiveFrom().equals(first.orderEffectiveFrom())) ? first.orderEffectiveFrom()
                        : Optional.empty(), noted(reasons, said, f), missing, first.trace(), first.warnings());
    }

    private static final Set<ReasonCode> DECISIVE = Set.of(ReasonCode.RANGE_NOT_LOWERED,
            ReasonCode.AT_OR_BELOW_AMENDED_MINIMUM, ReasonCode.ELIGIBLE);

    /** The reasons with the floor said, and cited, in the first that decides the motion. */
    private List<Reason> noted(List<Reason> reasons, Supplier<String> said, CareerFloor f) {
        List<Reason> out = new ArrayList<>();
        boolean done = false;
        for (Reason r : reasons) {
            if (!done && DECISIVE.contains(r.code())) {
                done = true;
                out.add(new Reason(r.code(), () -> r.text() + " " + said.get(), () -> {
                    List<String> cites = new ArrayList<>(r.citations());
                    for (String c : floorCitations(f)) {
                        if (!cites.contains(c)) {
                            cites.add(c);
                        }
                    }
                    return cites;
                }));
            } else {
                out.add(r);
            }
        }
        return out;
    }

    /** The amended level from the worksheet, with only the amendment's Drug Quantity Table substituted (§ 1B1.10(b)(1)). */
    private record WorksheetLevel(OffenseLevel level, Trace trace) {}

    private Optional<WorksheetLevel> worksheetLevel(Cell cell) {
        changedOnlyByEarlier = null; // set below for this cell only
        var w = ctx.sentencing().worksheet();
        if (w.isEmpty() || w.get().drugs().isEmpty() || w.get().baseOffenseLevel().isPresent() || ctx.worksheetLevel().isEmpty()
                || ctx.sentencingEdition().isEmpty() || !amendment.guidelines().contains("2D1.1")) {
            return Optional.empty();
        }
        Edition drugTable = ctx.law().manuals().inEffectOn(amendment.effective());
        if (!drugTable.effective().isAfter(ctx.sentencingEdition().get().effective())) {
            return Optional.empty();
        }
        var original = ctx.worksheetLevel().get();
        var s = ctx.sentencing();
        OffenseLevelWorksheet.Result amended;
        try {
            amended = new OffenseLevelWorksheet(ctx.law()).compute(ctx.sentencingEdition().get(), drugTable, w.get(),
                    new OffenseLevelWorksheet.Facts(s.offenseGuideline(), ctx.careerOffender(), cell.limits().maximum(),
                            s.points().map(p -> p == 0).orElse(false) && s.zeroPointExclusions().map(x -> x.isEmpty()).orElse(false)));
        } catch (OffenseLevelWorksheet.MissingFact | org.rangefinder.law.UnsupportedQuestionException | IllegalArgumentException e) {
            return Optional.empty();
        }
        Optional<Step> notThisAmendment = earlierAmendmentsOnly(original, amended, w.get(), cell);
        int delta = amended.total().value() - original.total().value();
        OffenseLevel level = OffenseLevel.clamped(cell.level().value() + delta);
        Trace t = ctx.blank().with(() -> Step.of("amended offense level from the worksheet", "the same findings with only the"
                        + " Drug Quantity Table of " + amend() + " (the " + drugTable.label() + " Manual)", cite("§ 1B1.10(b)(1)"),
                "level " + level + (original.total().equals(cell.level()) ? ""
                        : " (the original level " + cell.level() + " moved by the worksheet's change of " + delta + ")"),
                "original_worksheet_level", original.total(), "amended_worksheet_level", amended.total()))
                .with(amended.trace());
        if (notThisAmendment.isPresent()) {
            t = t.with(notThisAmendment::get);
            changedOnlyByEarlier = "on the same findings the Drug Quantity Table " + amend() + " amended already gave the level "
                    + amend() + " gives (" + amended.adjusted() + " before § 3E1.1 and § 4B1.1), so the change from the original"
                    + " level " + original.total() + " was made by earlier amendments to the table, not by " + amend();
        }
        return Optional.of(new WorksheetLevel(level, t));
    }

    /**
     * The amendment relied on must itself lower the range (§ 1B1.10(a)(1), (a)(2)(B)). When later amendments to the
     * Drug Quantity Table came between the sentencing and the table this amendment amended (data/motion/amendments.yaml,
     * {@code amends_table_in_force_on}; by default the day before it took effect), the same findings under that table
     * show what the amendment itself changed: where it gives the same level, the change from the original level is the
     * earlier amendments' (e.g. Amendment 505's cap at level 38, Nov. 1, 1994, for a crack level of 40 and a motion
     * under Amendment 706), and this amendment does not lower the range. The step saying so, or empty.
     */
    private Optional<Step> earlierAmendmentsOnly(OffenseLevelWorksheet.Result original, OffenseLevelWorksheet.Result amended,
            org.rangefinder.model.Worksheet w, Cell cell) {
        if (amended.total().equals(original.total())) {
            return Optional.empty();
        }
        Edition before = ctx.law().manuals().inEffectOn(amendment.amendsTableInForceOn());
        if (!before.effective().isAfter(ctx.sentencingEdition().get().effective())) {
            return Optional.empty();
        }
        OffenseLevelWorksheet.Result baseline;
        try {
            var s = ctx.sentencing();
            baseline = new OffenseLevelWorksheet(ctx.law()).compute(ctx.sentencingEdition().get(), before, w,
                    new OffenseLevelWorksheet.Facts(s.offenseGuideline(), ctx.careerOffender(), cell.limits().maximum(),
                            s.points().map(p -> p == 0).orElse(false) && s.zeroPointExclusions().map(x -> x.isEmpty()).orElse(false)));
        } catch (OffenseLevelWorksheet.MissingFact | org.rangefinder.law.UnsupportedQuestionException | IllegalArgumentException e) {
            return Optional.empty();
        }
        if (baseline.adjusted() != amended.adjusted()) {
            return Optional.empty();
        }
        return Optional.of(Step.of("change made by the amendment itself", "the same findings under the Drug Quantity Table "
                        + amend() + " amended (the " + before.label() + " Manual) already give level " + baseline.adjusted()
                        + " before § 3E1.1 and § 4B1.1, as " + amend() + " does; the change from the original level "
                        + original.total() + " was made by earlier amendments, not by " + amend()
                        + ", which therefore does not lower the range", cite("§ 1B1.10(a)(2)(B)"),
                "not lowered by " + amend(), "original_adjusted_level", original.adjusted(),
                "level_before_the_amendment", baseline.adjusted(), "level_under_the_amendment", amended.adjusted()));
    }

    /**
     * Whatever the amended level, a statutory minimum keeps the amended range from starting below it
     * (§ 5G1.1), so a term already at that minimum cannot be reduced, unless a substantial-assistance
     * motion allowed a term below it (§ 1B1.10(c)).
     */
    private Optional<Outcome> sentenceAtMinimum(Cell cell, Trace t) {
        Optional<Months> min = cell.limits().minimum();
        Optional<Months> sentence = ctx.sentencing().sentence();
        // a term below the minimum shows the minimum did not bind it (a substantial-assistance motion or the
        // safety valve, § 3553(e)-(f)), so only a term at the minimum decides the motion here
        if (min.isEmpty() || sentence.isEmpty() || ctx.substantialAssistance() || !sentence.get().equals(min.get())) {
            return Optional.empty();
        }
        Reason atOrBelow = catalog.specific(ReasonCode.AT_OR_BELOW_AMENDED_MINIMUM, () -> "The term imposed, " + months(sentence.get())
                + ", is at or below the statutory minimum of " + months(min.get()) + "; whatever the amended offense level, the"
                + " amended range cannot begin below that minimum (§ 5G1.1), and no term below the amended range's minimum is"
                + " permitted.", cite("§ 1B1.10(b)(2)(A)"));
        t = t.with(() -> Step.of("sentence at the statutory minimum", "the amended range cannot start below the minimum",
                ctx.tableEdition().cite("§ 5G1.1"), "no reduction possible", "statutory_minimum", min.get(),
                "sentence", sentence.get()));
        // a life minimum makes every amended range life (§ 5G1.1); any other leaves it unknown without the level
        Determination.Ranges amended = min.get().isLife() ? new Determination.Ranges(Optional.empty(),
                Optional.of(statedAmendedCategory().orElse(cell.category())), Optional.empty(),
                Optional.of(MonthRange.exactly(min.get()))) : Determination.Ranges.UNKNOWN;
        return Optional.of(Outcome.unavailable(cell.ranges(), amended, List.of(minimumReason(min.get()), atOrBelow), t));
    }

    /**
     * § 4B1.1(b) applies the career-offender level only when it is greater than the level otherwise
     * applicable: a stated total that no career-offender level gives (the table's level for the statutory
     * maximum, or any when the maximum is not known, less 0, 2 or 3 for acceptance) was set by Chapters Two
     * and Three. (Without a stated level, the career-offender level is taken to have set the range, as the
     * case-file format says.)
     */
    private boolean notACareerOffenderTotal(Cell cell) {
        var table = ctx.law().careerOffender();
        List<Integer> levels = cell.limits().maximum().flatMap(table::levelFor).map(r -> List.of(r.level()))
                .orElseGet(() -> table.levels().stream().map(CareerOffender.LevelRow::level).toList());
        return !table.isCareerOffenderTotal(cell.level().value(), levels);
    }

    /** The one offense level whose cell in {@code category} is the stated range, if exactly one is. */
    private Optional<OffenseLevel> levelOf(Optional<MonthRange> range, CriminalHistoryCategory category) {
        if (range.isEmpty()) {
            return Optional.empty();
        }
        OffenseLevel found = null;
        for (int l = OffenseLevel.LOWEST; l <= OffenseLevel.HIGHEST; l++) {
            if (ctx.law().table().is(ctx.tableEdition(), OffenseLevel.of(l), category, range.get())) {
                if (found != null) {
                    return Optional.empty();
                }
                found = OffenseLevel.of(l);
            }
        }
        return Optional.ofNullable(found);
    }

    /** A range in prose: {@code 120-135 months}, {@code 360 months to life}, {@code life imprisonment}. */
    private static String inMonths(MonthRange r) {
        return r.min().isLife() ? "life imprisonment" : r.prose();
    }

    /** A range as the table writes it ({@code 120-135}), or in words where it reaches life ({@code 360 months to life}). */
    private static String bare(MonthRange r) {
        return r.max().isLife() ? inMonths(r) : r.toString();
    }

    /** {@code 120-135 to 100-125 months}, or in words where a range reaches life. */
    private static String fromTo(MonthRange a, MonthRange b) {
        return a.max().isLife() || b.max().isLife() ? inMonths(a) + " to " + inMonths(b) : a + " to " + b + " months";
    }

    /**
     * No amended level is known, but the amendment lowers an offense level by at most so many levels
     * (amendments.yaml, {@code max_levels_lowered}), and a career offender's amended level is never below the
     * § 4B1.1(b) floor (with the § 3E1.1 decrease not known, the lowest it can be): when the applicable range at
     * the lowest level these allow is the same as before, no amended level lowers it; and a term at or below its
     * minimum is at or below the floor of § 1B1.10(b)(2)(A) for every amended level, unless a comparable
     * reduction (b)(2)(B) could go lower.
     */
    private Optional<Outcome> atOrBelowEveryAmendedLevel(Cell cell, Trace t) {
        Optional<CareerFloor> careerFloor = careerFloor(cell);
        if (amendment.maxLevelsLowered().isEmpty() && careerFloor.isEmpty()) {
            return Optional.empty();
        }
        var era = ctx.law().policyStatement().on(ctx.motionDate());
        List<String> statutes = ctx.theCase().conviction().statutes().stream()
                .map(org.rangefinder.statute.StatutoryPenalties::normalize).flatMap(Optional::stream).toList();
        List<String> others = new ArrayList<>();
        Optional<Integer> most = mostLevelsLowered(statutes, others);
        OffenseLevel byAmendment = OffenseLevel.clamped(most.map(m -> cell.level().value() - m).orElse(OffenseLevel.LOWEST));
        // a career offender's amended level is also never below the lowest level the § 4B1.1(b) floor allows
        Optional<CareerFloor> floor = careerFloor.filter(f -> f.lowest().compareTo(byAmendment) > 0);
        if (most.isEmpty() && floor.isEmpty()) {
            return Optional.empty();
        }
        OffenseLevel lowest = floor.map(CareerFloor::lowest).orElse(byAmendment);
        String lowerer = others.isEmpty() ? amend() : amend() + " and the other listed amendments § 1B1.10(b)(1) substitutes"
                + " that the original range did not reflect (" + (others.size() == 1 ? "Amendment " + others.getFirst()
                        : "Amendments " + String.join(", ", others.subList(0, others.size() - 1)) + " and " + others.getLast()) + ")";
        String bounded = most.map(m -> (others.isEmpty() ? "the amendment lowers" : lowerer + " lower") + " a level by at most " + m)
                .orElse("the career-offender floor");
        if (floor.isPresent()) {
            t = t.with(() -> floorStep(floor.get(), byAmendment, "amended offense level at least " + lowest + ": "
                    + most.map(m -> lowerer + (others.isEmpty() ? " takes" : " take") + " off at most " + m + " levels ("
                            + byAmendment + "), and ").orElse("")
                    + "the floor is " + floor.get().describe()));
        }
        Supplier<String> bound = () -> "The amended offense level is not stated, but " + most.map(m -> lowerer
                + (others.isEmpty() ? " lowers" : " lower") + " an"
                + " offense level by at most " + m + " levels" + floor.map(f -> " (to " + byAmendment + " here), and " + f.clause())
                .orElse("")).orElseGet(() -> floor.get().clause());
        CriminalHistoryCategory category = statedAmendedCategory().orElse(cell.category());
        StatutoryLimits limits = era.ignoreMinimumForSubstantialAssistance() && ctx.belowMinimumAuthorityShown()
                ? new StatutoryLimits(Optional.empty(), cell.limits().maximum()) : cell.limits();
        MonthRange lowestTable = ctx.law().table().range(ctx.tableEdition(), lowest, category);
        MonthRange lowestRange = ApplicableRange.apply(ctx.tableEdition(), lowestTable, limits, Trace.OFF).range();
        if (lowestRange.equals(cell.applicableRange())) {
            // e.g. a statutory maximum below every cell the amendment can reach (§ 5G1.1(a)), or the career-offender floor
            Reason r = catalog.specific(ReasonCode.RANGE_NOT_LOWERED, () -> bound.get() + (floor.isPresent() ? "." : ",")
                    + (floor.isPresent() ? " Even" : " and even") + " at level " + lowest
                    + " the applicable guideline range would still be " + inMonths(lowestRange)
                    + (lowestRange.equals(lowestTable) ? "" : " (§ 5G1.1)") + ": the range is not lowered.",
                    floorCitations(floor, cite("§ 1B1.10(a)(2)(B)")));
            Determination.Ranges amended = new Determination.Ranges(Optional.empty(), Optional.of(category), Optional.empty(),
                    Optional.of(cell.applicableRange()));
            return Optional.of(Outcome.unavailable(cell.ranges(), amended, List.of(r), t.with(() -> Step.of(
                    "range the same at every amended level", bounded, cite("§ 1B1.10(a)(2)(B)"),
                    "lowest possible amended range " + bare(lowestRange) + ", the same as before", "offense_level", cell.level()))));
        }
        Optional<Months> sentence = ctx.sentencing().sentence();
        if (sentence.isEmpty() || era.comparable() == PolicyStatement.Comparable.NOT_MODELED
                || comparableMayApply(era) && sentence.get().isBefore(cell.applicableRange().min())
                || sentence.get().isAfter(lowestRange.min())) {
            return Optional.empty();
        }
        Reason r = catalog.specific(ReasonCode.AT_OR_BELOW_AMENDED_MINIMUM, () -> bound.get() + ". Even at level " + lowest
                + " the range would be " + inMonths(lowestRange) + ", and the term imposed, " + months(sentence.get())
                + ", is already at or below its minimum: no amended level permits a lower term.",
                floorCitations(floor, cite("§ 1B1.10(b)(2)(A)")));
        return Optional.of(Outcome.unavailable(cell.ranges(), Determination.Ranges.UNKNOWN, List.of(r), t.with(() -> Step.of(
                "term at or below every amended minimum", bounded, cite("§ 1B1.10(b)(2)(A)"),
                "lowest possible amended range " + bare(lowestRange) + "; no reduction possible",
                "offense_level", cell.level(), "sentence", sentence.get()))));
    }

    /**
     * The most the amended offense level can be below the original one: § 1B1.10(b)(1) substitutes every amendment listed
     * on the motion date, so besides this amendment's own bound ({@code max_levels_lowered}) that of every other listed
     * offense-level amendment whose change the original range did not reflect and that may change the stated offense
     * guideline is added (e.g. 706 for a crack sentence of 2005 and a motion under 782, whether or not an earlier order
     * applied it). With the sentencing date stated, those are the amendments that changed a text still in force at
     * sentencing (on or before {@code amends_table_in_force_on}: 750, which re-promulgated the emergency Amendment 748 of
     * Nov. 1, 2010, changed nothing for a sentence of 2011). Without it, only an earlier order shows the sentence came
     * first: its amendment and every one that took effect after it; with no earlier order stated this amendment's bound
     * is used alone (a limitation: the Manual at sentencing is not known). Empty when one of them has no bound.
     * {@code others} receives their numbers.
     */
    private Optional<Integer> mostLevelsLowered(List<String> statutes, List<String> others) {
        var guideline = ctx.sentencing().offenseGuideline();
        Optional<Integer> own = amendment.maxLevelsLowered().map(m -> m.levelsFor(guideline, statutes));
        if (own.isEmpty()) {
            return Optional.empty();
        }
        int total = own.get();
        for (Amendment a : ctx.law().amendments().all()) {
            if (a.number().equals(amendment.number()) || !a.covered() || a.lowers() != Amendment.Lowers.OFFENSE_LEVEL
                    || a.listedFrom().map(d -> d.isAfter(ctx.motionDate())).orElse(true)
                    || !changeNotInTheOriginalRange(a)
                    || guideline.map(g -> !ctx.law().amendments().mayChange(a, g)).orElse(false)) {
                continue;
            }
            if (a.maxLevelsLowered().isEmpty()) {
                others.clear();
                return Optional.empty();
            }
            total += a.maxLevelsLowered().get().levelsFor(guideline, statutes);
            others.add(a.number());
        }
        return Optional.of(total);
    }

    /** Whether the original range may predate the change {@code a} made (see mostLevelsLowered). */
    private boolean changeNotInTheOriginalRange(Amendment a) {
        var date = ctx.sentencing().date();
        if (date.isPresent()) {
            return !date.get().isAfter(a.amendsTableInForceOn());
        }
        Optional<Amendment> prior = ctx.theCase().priorReduction().amendment().flatMap(n -> ctx.law().amendments().all().stream()
                .filter(x -> x.number().equalsIgnoreCase(n)).findFirst());
        return prior.map(p -> !a.effective().isBefore(p.effective())).orElse(false);
    }

    /**
     * With the amended range stated and the original cell not known, an original cell for which the range is not lowered
     * and one for which it is lowered both leave the term where it is when the term is at or below the stated amended
     * minimum (§ 1B1.10(b)(2)(A)) and no comparable reduction is allowed: that ground holds for every candidate, and is
     * said in the words the lowered candidates use, so that the candidates agree on it (Gutierrez, S.D. Cal. 2015: 51
     * months after a fast-track departure, amended range 70-87).
     */
    private Optional<Reason> statedMinimumAbove(MonthRange ar, PolicyStatement.Era era) {
        Optional<Months> sentence = ctx.sentencing().sentence();
        if (ctx.amended().guidelineRange().isEmpty() || sentence.isEmpty() || ar.min().isLife()
                || era.comparable() == PolicyStatement.Comparable.NOT_MODELED || sentence.get().isAfter(ar.min())
                || comparableMayApply(era) && sentence.get().isBefore(ar.min())
                || ctx.sentencing().timeServed().filter(x -> x.isAfter(ar.min())).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(catalog.specific(ReasonCode.AT_OR_BELOW_AMENDED_MINIMUM, () -> "The term imposed, " + months(sentence.get())
                + ", is already at or below " + months(ar.min()) + ", the lowest term a reduction may reach"
                + " (the minimum of the amended range " + bare(ar) + ").", cite("§ 1B1.10(b)(2)(A)")));
    }

    /**
     * Whether a term below the range may have a floor below the amended minimum: a comparable reduction is allowed, or,
     * under Amendment 548's note 3, the term was below the range by a variance or for a reason not stated, of which the
     * note says nothing (no floor is stated then).
     */
    private boolean comparableMayApply(PolicyStatement.Era era) {
        return comparableAllowed(era) || era.comparable() == PolicyStatement.Comparable.DEPARTURE
                && ctx.sentencing().departures().map(d -> d.contains(Case.Departure.VARIANCE)).orElse(true);
    }

    /** Whether the policy statement in force allows a comparable reduction (§ 1B1.10(b)(2)(B)) for the stated departures. */
    private boolean comparableAllowed(PolicyStatement.Era era) {
        return switch (era.comparable()) {
            case SUBSTANTIAL_ASSISTANCE -> ctx.substantialAssistance();
            // Mar. 3, 2008 - Oct. 31, 2011: any original term below the range (a non-guideline sentence "generally"
            // not, but not forbidden), whatever moved it there
            case ANY_BELOW_RANGE -> true;
            // Nov. 1, 1997 - Mar. 2, 2008 (Amendment 548, comment. (n.3)): a term below the range by a downward departure
            case DEPARTURE -> ctx.sentencing().departures().map(d -> !d.contains(Case.Departure.VARIANCE)
                    && (d.contains(Case.Departure.SUBSTANTIAL_ASSISTANCE) || d.contains(Case.Departure.OTHER_DEPARTURE)
                            || d.contains(Case.Departure.EARLY_DISPOSITION))).orElse(false);
            case NOT_MODELED -> false;
        };
    }

    private static String months(Months m) {
        return m.asTerm();
    }

    private Outcome fixedByMinimum(Cell cell, Trace t, Optional<OffenseLevel> amendedLevel,
            Optional<CriminalHistoryCategory> amendedCategory) {
        Months min = cell.limits().minimum().orElseThrow();
        boolean belowForAssistance = ctx.substantialAssistance();
        // Koons is named, in the sentence and the citations, only in an answer given on or after the day it was decided
        Optional<String> koons = belowForAssistance ? catalog.cite(Precedent.KOONS, null) : Optional.empty();
        boolean aboveTheCell = min.isAfter(cell.tableRange().max());
        String subsection = aboveTheCell ? "§ 5G1.1(b)" : "§ 5G1.1(c)(2)";
        Supplier<String> text = () -> "The statutory minimum of " + months(min) + (aboveTheCell
                ? " is above the top of the table range " + cell.tableRange() + ", so it is the guideline sentence (§ 5G1.1(b))"
                : " is the top of the table range " + bare(cell.tableRange()) + ", so it is the whole applicable range (§ 5G1.1(c)(2))")
                + "; a lower table range cannot lower a range fixed by the statutory minimum." + (belowForAssistance
                        ? " A substantial-assistance departure below that minimum does not change this: the sentence was not"
                        + " based on a range the Commission lowered" + koons.map(k -> " (" + k + ")").orElse("") + "." : "");
        List<String> extra = new ArrayList<>(List.of(ctx.tableEdition().cite(subsection), cite("§ 1B1.10 comment. (n.1(A))")));
        catalog.cite(Precedent.BAYLOR, "673").ifPresent(extra::add);
        if (belowForAssistance) {
            catalog.cite(Precedent.KOONS, "1788").ifPresent(extra::add);
        }
        Reason r = catalog.specific(ReasonCode.MANDATORY_MINIMUM, text, extra.toArray(String[]::new));
        t = t.with(() -> Step.of("range fixed by a statutory minimum", aboveTheCell
                        ? "a minimum above the range is the guideline sentence" : "a minimum at the top of the range is the whole range",
                ctx.tableEdition().cite(subsection), "the amendment cannot lower " + cell.applicableRange(),
                "statutory_minimum", min, "table_range", cell.tableRange()));
        Determination.Ranges amended = amendedWhenFixed(cell, amendedLevel, amendedCategory);
        boolean withoutMinimum = ctx.law().policyStatement().on(ctx.motionDate()).ignoreMinimumForSubstantialAssistance()
                && ctx.belowMinimumAuthorityShown();
        MonthRange compared = withoutMinimum
                ? ApplicableRange.apply(ctx.tableEdition(), cell.tableRange(),
                        new StatutoryLimits(Optional.empty(), cell.limits().maximum()), Trace.OFF).range()
                : cell.applicableRange();
        // not lowered only when the amended range is known and the same as the original, both taken the same way
        boolean same = amended.applicableRange().map(compared::equals).orElse(false);
        Reason notLowered = catalog.specific(ReasonCode.RANGE_NOT_LOWERED, () -> "The applicable guideline range stays at "
                + inMonths(compared) + (compared.equals(cell.applicableRange()) ? "" : " (before and after the amendment, both taken"
                        + " without the statutory minimum as § 1B1.10(c) directs; with the minimum it was " + inMonths(cell.applicableRange())
                        + ")") + ".", cite("§ 1B1.10(a)(2)(B)"));
        return Outcome.unavailable(cell.ranges(), amended, same ? List.of(r, notLowered) : List.of(r), t);
    }

    /**
     * The amended ranges reported beside a range fixed by a statutory minimum: the cell for the amended
     * level and category where both are known, and the applicable range with § 5G1.1, or without it under
     * § 1B1.10(c) where a substantial-assistance motion allowed a term below the minimum (the range the
     * parties compare, though Koons still bars relief). An amended level or category not known is not shown;
     * nor is the applicable range then under § 1B1.10(c), which is the unknown cell (with § 5G1.1 it is the
     * minimum whatever the cell, since an amendment only lowers the cell).
     */
    private Determination.Ranges amendedWhenFixed(Cell cell, Optional<OffenseLevel> amendedLevel,
            Optional<CriminalHistoryCategory> amendedCategory) {
        boolean withoutMinimum = ctx.law().policyStatement().on(ctx.motionDate()).ignoreMinimumForSubstantialAssistance()
                && ctx.belowMinimumAuthorityShown();
        if (amendedLevel.isEmpty() || amendedCategory.isEmpty()) {
            return new Determination.Ranges(amendedLevel, amendedCategory, Optional.empty(),
                    withoutMinimum ? Optional.empty() : Optional.of(cell.applicableRange()));
        }
        MonthRange table = ctx.law().table().range(ctx.tableEdition(), amendedLevel.get(), amendedCategory.get());
        StatutoryLimits limits = withoutMinimum ? new StatutoryLimits(Optional.empty(), cell.limits().maximum()) : cell.limits();
        MonthRange applicable = ApplicableRange.apply(ctx.tableEdition(), table, limits, Trace.OFF).range();
        return new Determination.Ranges(amendedLevel, amendedCategory, Optional.of(table), Optional.of(applicable));
    }

    // ---- Amendment 821 Part A: status points ----

    private Outcome statusPoints(Cell cell) {
        Trace t = ctx.blank();
        if (ctx.careerOffender()) {
            Reason r = catalog.specific(ReasonCode.CAREER_OFFENDER, () -> "As a career offender the defendant's category is VI under"
                    + " § 4B1.1(b) whatever the criminal history points, so removing status points does not change the range.",
                    ctx.tableEdition().cite("§ 4B1.1(b)"));
            return Outcome.unavailable(cell.ranges(), cell.ranges(), List.of(r), t.with(() -> Step.of("career offender",
                    "category VI regardless of points", ctx.tableEdition().cite("§ 4B1.1(b)"), "range not lowered")));
        }
        Optional<OffenseLevel> resting = levelRestingOn(cell);
        if (resting.isEmpty() && ctx.amended().offenseLevel().isEmpty()) {
            return levelNotKnown(cell, t);
        }
        OffenseLevel now = resting.orElse(cell.level());
        var status = ctx.sentencing().statusPoints();
        var points = ctx.sentencing().points();
        // status points are criminal history points: with none at all, none were status points
        boolean noPoints = status.isEmpty() && points.isPresent() && points.get() == 0;
        // nor where every status-point rule that can have applied at sentencing adds more than the category allows
        List<StatusPoints.Rule> tooMany = status.isEmpty() && points.isEmpty() ? statusPointsAboveTheCategory(cell.category())
                : List.of();
        if (status.isPresent() && status.get() == 0 || noPoints || !tooMany.isEmpty()) {
            int most = ctx.law().criminalHistory().highestPoints(cell.category());
            List<String> cites = new ArrayList<>();
            for (StatusPoints.Rule x : tooMany) {
                cites.add(ctx.sentencingEdition().map(e -> e.cite(x.provision())).orElse("U.S.S.G. " + x.provision()));
            }
            if (!tooMany.isEmpty()) {
                cites.add(ctx.tableEdition().cite("Ch. 5, Pt. A"));
            }
            cites.add(cite("§ 4A1.1(e)"));
            Reason r = catalog.specific(ReasonCode.NO_STATUS_POINTS, () -> (noPoints ? "The defendant had no criminal history"
                    + " points, so no status points were counted at sentencing;" : !tooMany.isEmpty() ? "Criminal history"
                    + " category " + cell.category() + " means at most " + most + " criminal history point" + (most == 1 ? "" : "s")
                    + ", and status points are part of them: " + describe(tooMany) + ", so none can have been counted at"
                    + " sentencing;" : "No status points were counted at sentencing, so")
                    + " Amendment 821 Part A, which changed only status points, does not change the criminal history category.",
                    cites.toArray(String[]::new));
            // with no status points Part A changes nothing: a stated amended category other than the original contradicts it
            Optional<Integer> original = noPoints ? Optional.of(0) : points;
            List<String> warnings = statedAmendedCategory().filter(a -> a != cell.category()).map(a -> List.of(
                    statedAmendedCategoryKey() + " differs from category " + cell.category() + ", which Amendment 821 Part A"
                            + " leaves unchanged when no status points were counted; the stated amended facts are not used"))
                    .or(() -> ctx.amended().points().filter(a -> original.isPresent() && !a.equals(original.get())).map(a -> List.of(
                            "amended.criminal_history_points " + a + " differs from the " + original.get() + " points, which"
                                    + " Amendment 821 Part A leaves unchanged when no status points were counted")))
                    .orElse(List.of());
            return Outcome.unavailable(cell.ranges(), cell.ranges(), List.of(r),
                    t.with(() -> Step.of("status points", "Part A changes only status points", cite("§ 4A1.1(e)"), "none counted"
                            + (tooMany.isEmpty() ? "" : ": category " + cell.category() + " allows at most " + most + " point(s)"),
                            "status_points", status.isPresent() || noPoints ? 0 : "not stated"))).withWarnings(warnings);
        }
        // more status points than any rule that can have applied at sentencing counted (before Nov. 1, 2010 a
        // "recency" point of § 4A1.1(e) often came with them): which of them Part A removes is not known
        var possible = ctx.sentencing().date().map(d -> List.of(ctx.law().statusPoints().ruleOn(d)))
                .orElse(ctx.law().statusPoints().rules());
        int mostCounted = possible.stream().mapToInt(StatusPoints.Rule::points).max().orElse(0);
        if (status.isPresent() && status.get() > mostCounted) {
            if (cell.fixedByMinimum()) {
                return fixedByMinimum(cell, t, Optional.of(ctx.amended().offenseLevel().orElse(now)), Optional.empty());
            }
            var recency = ctx.law().statusPoints().recency();
            Reason r = catalog.specific(ReasonCode.INSUFFICIENT_FACTS, () -> "sentencing.status_points is " + status.get()
                    + ", but " + (possible.size() == 1 ? "the status-point rule in force at sentencing, " + possible.getFirst().provision()
                            + ", counted " + mostCounted : "no status-point rule counted more than " + mostCounted)
                    + "; state only the status points (a recency point of " + recency.provision() + " before "
                    + org.rangefinder.explain.Dates.prose(recency.window().until().plusDays(1)) + " is not a status point"
                    + " and stays: Amendment " + recency.removedBy() + ", which removed it, is not retroactive).", recencyCitation(),
                    possible.size() == 1 ? ctx.sentencingEdition().map(e -> e.cite(possible.getFirst().provision()))
                            .orElse("U.S.S.G. " + possible.getFirst().provision()) : cite("§ 4A1.1(e)"));
            return Outcome.undetermined(cell.ranges(), List.of(r), List.of("sentencing.status_points"),
                    t.with(() -> Step.of("status points", "no rule counted more than " + mostCounted, recencyCitation(),
                            "stated " + status.get(), "status_points", status.get())));
        }
        var rule = ctx.law().statusPoints().ruleOn(amendment.effective());
        var history = ctx.law().criminalHistory();
        var stated = ctx.amended();
        // the engine's own computation, where the record gives the points and the status points
        Optional<Integer> other = status.isPresent() && points.isPresent() ? Optional.of(points.get() - status.get()) : Optional.empty();
        Optional<Integer> computedPoints = other.map(o -> o + rule.pointsFor(o));
        // the amended points: as stated (§ 1B1.10(b)(1)); else the other points with the stated amended status points;
        // else as computed. The amended category: as stated; else the one the amended points give (Ch. 5, Pt. A)
        Optional<Integer> amendedPoints = stated.points().or(() -> other.flatMap(o -> stated.statusPoints().map(x -> o + x)))
                .or(() -> computedPoints);
        Optional<CriminalHistoryCategory> amendedCategory = stated.category().or(() -> amendedPoints.map(history::categoryFor));
        List<String> warnings = againstTheComputation(cell, rule, other, computedPoints);
        if (cell.fixedByMinimum()) { // Koons: a range the statutory minimum fixed was not lowered by the Commission
            return fixedByMinimum(cell, t, Optional.of(stated.offenseLevel().orElse(now)), amendedCategory)
                    .withWarnings(warnings);
        }
        if (amendedCategory.isEmpty()) {
            if (points.isPresent()) {
                Optional<Outcome> either = unchangedEitherWay(cell, points.get(), t);
                if (either.isPresent()) {
                    return either.get().withWarnings(warnings);
                }
            }
            Optional<CriminalHistoryCategory> fromRange = status.isPresent() && points.isEmpty()
                    ? categoryFromStatedRange(cell, status.get(), rule, stated.offenseLevel().orElse(now))
                    : Optional.empty();
            if (fromRange.isPresent()) {
                CriminalHistoryCategory c = fromRange.get();
                Trace withStep = t.with(() -> Step.of("amended category from the stated amended range", "stated amended findings"
                        + " govern; of the categories Part A can give from category " + cell.category() + " with "
                        + status.get() + " status points, only one has the stated range", cite("§ 1B1.10(b)(1)"),
                        "category " + c, "amended_guideline_range", stated.guidelineRange().orElseThrow().toString()));
                return amendedRange(cell, stated.offenseLevel().orElse(now), c, withStep).withWarnings(warnings);
            }
            Optional<Outcome> everyWay = status.isPresent() && points.isEmpty()
                    ? sameReliefInEveryCategory(cell, status.get(), rule, stated.offenseLevel().orElse(now), t)
                    : Optional.empty();
            if (everyWay.isPresent()) {
                return everyWay.get().withWarnings(warnings);
            }
            List<String> missing = new ArrayList<>();
            if (status.isEmpty()) {
                missing.add("sentencing.status_points");
            }
            if (points.isEmpty()) {
                missing.add("sentencing.criminal_history_points");
            }
            Reason r = catalog.specific(ReasonCode.INSUFFICIENT_FACTS, () -> "Amendment 821 Part A depends on the criminal history"
                    + " points and the status points counted at sentencing; not stated: " + String.join(", ", missing) + ".");
            return Outcome.undetermined(cell.ranges(), List.of(r), missing, t).withWarnings(warnings);
        }
        if (computedPoints.isPresent()) {
            int o = other.get();
            int newPoints = computedPoints.get();
            CriminalHistoryCategory computed = history.categoryFor(newPoints);
            t = t.with(() -> Step.of("status points under Amendment 821 Part A", rule.points() + " status point"
                    + (rule.points() == 1 ? "" : "s") + ", only with " + rule.minimumOtherPoints() + " or more other points",
                    cite(rule.provision()), newPoints + " points, category " + computed,
                    "original_points", points.get(), "original_status_points", status.get(), "other_points", o,
                    "new_status_points", rule.pointsFor(o)));
        }
        CriminalHistoryCategory category = amendedCategory.get();
        if (stated.category().isPresent() || stated.points().isPresent() || stated.statusPoints().isPresent() && other.isPresent()) {
            t = t.with(() -> Step.of("stated amended criminal history", "stated amended findings govern", cite("§ 1B1.10(b)(1)"),
                    "category " + category + computedPoints.map(x -> " (computed " + history.categoryFor(x) + ", " + x + " points)")
                            .orElse(""),
                    "amended_category", stated.category().map(Enum::name).orElse(null),
                    "amended_points", stated.points().orElse(null), "amended_status_points", stated.statusPoints().orElse(null)));
        }
        return amendedRange(cell, stated.offenseLevel().orElse(now), category, t).withWarnings(warnings);
    }

    /**
     * The stated amended category: {@code amended.criminal_history_category}, else the one {@code amended.criminal_history_points}
     * give; none where no amendment listed on the motion date changes the category (before Amendment 821 Part A): the
     * amended range then keeps the original category (§ 1B1.10(b)(1)), and MotionAnalyzer warns that the stated one is not used.
     */
    private Optional<CriminalHistoryCategory> statedAmendedCategory() {
        if (!ctx.law().amendments().criminalHistoryListedOn(ctx.motionDate())) {
            return Optional.empty();
        }
        return ctx.amended().category().or(() -> ctx.amended().points().map(ctx.law().criminalHistory()::categoryFor));
    }

    private String statedAmendedCategoryKey() {
        return ctx.amended().category().map(c -> "amended.criminal_history_category " + c)
                .orElseGet(() -> "amended.criminal_history_points " + ctx.amended().points().orElseThrow() + " (category "
                        + statedAmendedCategory().orElseThrow() + ")");
    }

    /**
     * Where the stated amended facts (they govern, § 1B1.10(b)(1)) differ from what the engine computes under Part A:
     * with the original points and status points stated, the amended status points, points and (when the points are
     * not stated) category; with either not stated, amended points that no original points of the category (or as
     * stated) and no status points it can hold give. A stated amended category against the stated amended points is
     * checked for every motion (MotionAnalyzer).
     */
    private List<String> againstTheComputation(Cell cell, StatusPoints.Rule rule, Optional<Integer> other,
            Optional<Integer> computedPoints) {
        var stated = ctx.amended();
        var history = ctx.law().criminalHistory();
        List<String> warnings = new ArrayList<>();
        if (other.isPresent()) {
            int o = other.get();
            String record = ctx.sentencing().points().get() + " criminal history points with " + ctx.sentencing().statusPoints().get()
                    + " status points: " + o + " other points and " + rule.pointsFor(o) + " status point(s) under "
                    + rule.provision() + ", " + computedPoints.get() + " points";
            if (stated.statusPoints().isPresent() && stated.statusPoints().get() != rule.pointsFor(o)) {
                warnings.add("amended.status_points " + stated.statusPoints().get() + " differs from the " + rule.pointsFor(o)
                        + " status point(s) " + rule.provision() + " counts with " + o + " other points; the stated value governs"
                        + " (U.S.S.G. § 1B1.10(b)(1))");
            }
            if (stated.points().isPresent() && !stated.points().equals(computedPoints)) {
                warnings.add("amended.criminal_history_points " + stated.points().get() + " differs from the " + computedPoints.get()
                        + " points Amendment 821 Part A gives for the stated points (" + record + "); the stated points govern"
                        + " (U.S.S.G. § 1B1.10(b)(1))");
            }
            CriminalHistoryCategory computed = history.categoryFor(computedPoints.get());
            if (stated.category().isPresent() && stated.points().isEmpty() && stated.category().get() != computed) {
                warnings.add("amended.criminal_history_category " + stated.category().get() + " differs from category " + computed
                        + ", which Amendment 821 Part A gives for the stated points (" + record + "); the stated category governs"
                        + " (U.S.S.G. § 1B1.10(b)(1))");
            }
            return warnings;
        }
        if (stated.points().isPresent()) {
            java.util.SortedSet<Integer> possible = possibleAmendedPoints(cell, rule, stated.points().get());
            boolean open = ctx.sentencing().points().isEmpty() && history.highestPoints(cell.category()) == Integer.MAX_VALUE;
            if (!possible.contains(stated.points().get()) && !(open && stated.points().get() > possible.last())) {
                var s = ctx.sentencing();
                int lo = history.lowestPoints(cell.category());
                int hi = history.highestPoints(cell.category());
                warnings.add("amended.criminal_history_points " + stated.points().get() + " cannot follow from the record under"
                        + " Amendment 821 Part A: " + s.points().map(p -> p + " criminal history points").orElse("category "
                                + cell.category() + " (" + lo + (hi == Integer.MAX_VALUE ? " or more" : "-" + hi) + " points)")
                        + s.statusPoints().map(x -> " with " + x + " status points").orElse(" with or without status points")
                        + " gives " + (open ? possible.first() + " or more" : words(possible)) + " points; the stated points"
                        + " govern (U.S.S.G. § 1B1.10(b)(1))");
            }
        }
        return warnings;
    }

    /**
     * The amended points Part A can give where the original points or status points are not stated: the original
     * points as stated or any the category allows (for category VI, whose band has no top, up to {@code near} plus the
     * most status points: Part A only takes points off, so more cannot give {@code near}), the status points as stated,
     * or none or those a rule at sentencing counted.
     */
    private java.util.SortedSet<Integer> possibleAmendedPoints(Cell cell, StatusPoints.Rule after, int near) {
        var history = ctx.law().criminalHistory();
        var s = ctx.sentencing();
        var rules = ctx.law().statusPoints();
        List<StatusPoints.Rule> atSentencing = s.date().map(d -> List.of(rules.ruleOn(d))).orElse(rules.rules());
        java.util.Set<Integer> statuses = new java.util.TreeSet<>();
        if (s.statusPoints().isPresent()) {
            statuses.add(s.statusPoints().get());
        } else {
            statuses.add(0);
            atSentencing.forEach(r -> statuses.add(r.points()));
        }
        int most = statuses.stream().mapToInt(Integer::intValue).max().orElse(0);
        int lo = s.points().orElse(history.lowestPoints(cell.category()));
        int top = history.highestPoints(cell.category());
        int hi = s.points().orElse(top == Integer.MAX_VALUE ? Math.max(lo, near + most) : top);
        java.util.SortedSet<Integer> out = new java.util.TreeSet<>();
        for (int p = lo; p <= hi; p++) {
            for (int x : statuses) {
                if (x <= p) {
                    out.add(x == 0 ? p : p - x + after.pointsFor(p - x));
                }
            }
        }
        return out;
    }

    /** A set of points in words: {@code 9, 10 or 11}, or {@code 9 to 14} when they run without a gap. */
    private static String words(java.util.SortedSet<Integer> points) {
        if (points.isEmpty()) {
            return "no";
        }
        if (points.size() > 3 && points.last() - points.first() + 1 == points.size()) {
            return points.first() + " to " + points.last();
        }
        List<String> all = points.stream().map(String::valueOf).toList();
        return all.size() == 1 ? all.getFirst() : String.join(", ", all.subList(0, all.size() - 1)) + " or " + all.getLast();
    }

    /**
     * The status-point rules that can have applied at sentencing (the one in force on the sentencing date, or every
     * one when the date is not stated) if each counts status points only to a defendant with more criminal history
     * points in all than {@code category} allows (status-points.yaml; the category's band in
     * criminal-history-categories.yaml); empty when some rule could have counted them in the category. Other points
     * that came with status points (the recency points of § 4A1.1(e) before Nov. 1, 2010) only add to the total.
     */
    private List<StatusPoints.Rule> statusPointsAboveTheCategory(CriminalHistoryCategory category) {
        var rules = ctx.law().statusPoints();
        List<StatusPoints.Rule> possible = ctx.sentencing().date().map(d -> List.of(rules.ruleOn(d))).orElse(rules.rules());
        int most = ctx.law().criminalHistory().highestPoints(category);
        return possible.stream().allMatch(x -> x.fewestTotalWithStatusPoints() > most) ? possible : List.of();
    }

    /** The status-point rules in words: "the status-point rule in force at sentencing, § 4A1.1(d), added 2 points". */
    private static String describe(List<StatusPoints.Rule> rules) {
        List<String> each = rules.stream().map(x -> x.provision() + ": " + x.points() + " point" + (x.points() == 1 ? "" : "s")
                + (x.minimumOtherPoints() > 0 ? ", only with " + x.minimumOtherPoints() + " or more other points" : "")).toList();
        if (rules.size() == 1) {
            var x = rules.getFirst();
            return "the status-point rule in force at sentencing, " + x.provision() + ", added " + x.points() + " point"
                    + (x.points() == 1 ? "" : "s") + (x.minimumOtherPoints() > 0 ? ", and only with " + x.minimumOtherPoints()
                            + " or more other points" : "");
        }
        return "the sentencing date is not stated, but every status-point rule adds more (" + String.join("; ", each) + ")";
    }

    /** The criminal history points once the status points are counted as Amendment 821 Part A counts them. */
    private static int pointsAfterPartA(StatusPoints.Rule rule, int points, int status) {
        int other = points - status;
        return other + rule.pointsFor(other);
    }

    /**
     * The points are stated but not how many were status points: they were either none (then Part A
     * changes nothing) or the points the rule at sentencing counted. When the category stays the same
     * in both, the range is not lowered whatever the record would say.
     */
    /**
     * With the status points stated but not the points, the amended category is one of those Part A can give from
     * the original category: every total the category's band allows (at least the status points), less the status
     * points, plus the status points counted now. Where the record states the amended range
     * ({@code amended.guideline_range}, which governs, § 1B1.10(b)(1)) and exactly one of those categories gives it at
     * the amended level (as the cell or after the statutory limits), that is the amended category; otherwise none.
     */
    private Optional<CriminalHistoryCategory> categoryFromStatedRange(Cell cell, int status, StatusPoints.Rule now,
            OffenseLevel level) {
        Optional<MonthRange> statedRange = ctx.amended().guidelineRange();
        if (statedRange.isEmpty() || status <= 0) {
            return Optional.empty();
        }
        List<CriminalHistoryCategory> matching = new ArrayList<>();
        for (CriminalHistoryCategory c : possibleCategories(cell, status, now)) {
            MonthRange table = ctx.law().table().range(ctx.tableEdition(), level, c);
            MonthRange applicable = ApplicableRange.apply(ctx.tableEdition(), table, cell.limits(), Trace.OFF).range();
            if (table.equals(statedRange.get()) || applicable.equals(statedRange.get())) {
                matching.add(c);
            }
        }
        return matching.size() == 1 ? Optional.of(matching.getFirst()) : Optional.empty();
    }

    /**
     * With the status points stated and the points not, the motion is decided when every amended category Part A can
     * give leads to the same relief (and, when available, the same lowest term); each category's reasons are kept,
     * introduced by the category they hold for.
     */
    private Optional<Outcome> sameReliefInEveryCategory(Cell cell, int status, StatusPoints.Rule now, OffenseLevel level, Trace t) {
        if (status <= 0) {
            return Optional.empty();
        }
        Set<CriminalHistoryCategory> possible = possibleCategories(cell, status, now);
        List<Outcome> each = new ArrayList<>();
        for (CriminalHistoryCategory c : possible) {
            each.add(amendedRange(cell, level, c, ctx.blank()));
        }
        Outcome first = each.getFirst();
        boolean same = each.stream().allMatch(o -> o.relief() == first.relief() && o.lowest().equals(first.lowest())
                && o.orderEffectiveFrom().equals(first.orderEffectiveFrom()));
        if (!same || first.relief() == Relief.UNDETERMINED) {
            return Optional.empty();
        }
        List<Reason> reasons = new ArrayList<>();
        List<CriminalHistoryCategory> categories = List.copyOf(possible);
        for (int i = 0; i < each.size(); i++) {
            CriminalHistoryCategory c = categories.get(i);
            for (Reason r : each.get(i).reasons()) {
                reasons.add(new Reason(r.code(), () -> "The record states " + status + " status point" + (status == 1 ? "" : "s")
                        + " but not the criminal history points; " + (categories.size() == 1 ? "every point total of category " + cell.category()
                                + " gives category " + c + " after Part A: " : "the category after Part A may be any of "
                                + categories.stream().map(Enum::name).collect(java.util.stream.Collectors.joining(", "))
                                + ". In category " + c + ": ") + r.text(), r::citations));
            }
        }
        Determination.Ranges amended = MotionAnalyzer.common(each.stream().map(Outcome::amended).toList());
        Trace steps = t.with(() -> Step.of("status points stated, points not", "every amended category Part A can give from"
                + " category " + cell.category() + " with " + status + " status points", cite(now.provision()),
                first.relief().word() + " in each of " + categories, "status_points", status));
        for (Outcome o : each) {
            steps = steps.with(o.trace());
        }
        return Optional.of(new Outcome(first.relief(), cell.ranges(), amended, first.lowest(), first.orderEffectiveFrom(),
                reasons, List.of(), steps));
    }

    /** The amended categories Part A can give from the cell's category with {@code status} status points, points unknown. */
    private Set<CriminalHistoryCategory> possibleCategories(Cell cell, int status, StatusPoints.Rule now) {
        var history = ctx.law().criminalHistory();
        int low = Math.max(history.lowestPoints(cell.category()), status);
        int high = history.highestPoints(cell.category());
        // past the lowest total of the band plus the status points and one more, the category no longer changes
        int last = high == Integer.MAX_VALUE ? low + status + now.minimumOtherPoints() + 1 : high;
        Set<CriminalHistoryCategory> possible = new java.util.TreeSet<>();
        for (int total = low; total <= last; total++) {
            int other = total - status;
            possible.add(history.categoryFor(other + now.pointsFor(other)));
        }
        return possible;
    }

    private Optional<Outcome> unchangedEitherWay(Cell cell, int points, Trace t) {
        var history = ctx.law().criminalHistory();
        if (history.categoryFor(points) != cell.category()) {
            return Optional.empty();
        }
        var sentenced = ctx.sentencing().date();
        if (sentenced.isPresent() && !sentenced.get().isBefore(amendment.effective())) {
            return Optional.empty(); // the original range already applied the amendment (alreadyInEffect says so)
        }
        var rules = ctx.law().statusPoints();
        var before = rules.ruleOn(sentenced.orElse(amendment.effective().minusDays(1)));
        var after = rules.ruleOn(amendment.effective());
        int counted = before.points();
        int other = points - counted;
        int newPoints = other + after.pointsFor(other);
        if (counted > 0 && points >= counted && history.categoryFor(newPoints) != cell.category()) {
            return Optional.empty();
        }
        Reason r = catalog.specific(ReasonCode.RANGE_NOT_LOWERED, () -> "The record states " + points + " criminal history"
                + " points but not whether status points were among them. Either way Amendment 821 Part A leaves criminal"
                + " history category " + cell.category() + ": with no status points it changes nothing"
                + (points >= counted && counted > 0 ? ", and with " + counted + " (" + before.provision() + ") the other " + other
                        + " points and the status points counted now (" + after.provision() + ") make " + newPoints
                        + ", still category " + cell.category() : "")
                + ". The applicable guideline range is not lowered.", cite("§ 1B1.10(a)(2)(B)"));
        return Optional.of(Outcome.unavailable(cell.ranges(), cell.ranges(), List.of(r), t.with(() -> Step.of(
                "status points not stated", "the category must change whether or not status points were counted",
                cite(after.provision()), "category " + cell.category() + " either way", "criminal_history_points", points))));
    }

    // ---- Amendment 821 Part B, Subpart 1: zero-point offenders (§ 4C1.1) ----

    private Outcome zeroPoint(Cell cell) {
        Optional<OffenseLevel> resting = levelRestingOn(cell);
        if (resting.isEmpty() && ctx.amended().offenseLevel().isEmpty()) {
            return levelNotKnown(cell, ctx.blank());
        }
        OffenseLevel now = resting.orElse(cell.level());
        Trace t = ctx.blank();
        List<Reason> against = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        var points = ctx.sentencing().points();
        if (ctx.careerOffender()) {
            against.add(catalog.specific(ReasonCode.CAREER_OFFENDER, () -> "A career offender has prior felony convictions that"
                    + " score criminal history points; § 4C1.1 cannot apply.", ctx.tableEdition().cite("§ 4B1.1")));
        }
        if (points.isPresent() && points.get() > 0) {
            against.add(catalog.specific(ReasonCode.NOT_ZERO_POINT_OFFENDER, () -> "The defendant had " + points.get()
                    + " criminal history point" + (points.get() == 1 ? "" : "s") + "; § 4C1.1 applies only with none.",
                    cite("§ 4C1.1(a)(1)")));
        } else if (points.isEmpty() && cell.category() != CriminalHistoryCategory.I) {
            against.add(catalog.specific(ReasonCode.NOT_ZERO_POINT_OFFENDER, () -> "Criminal history category " + cell.category()
                    + " means at least " + ctx.law().criminalHistory().lowestPoints(cell.category())
                    + " criminal history points; § 4C1.1 applies only with none.", cite("§ 4C1.1(a)(1)")));
        } else if (points.isEmpty() && !ctx.careerOffender()) {
            missing.add("sentencing.criminal_history_points");
        }
        Optional<Set<ZeroPointExclusion>> stated = ctx.sentencing().zeroPointExclusions();
        Set<ZeroPointExclusion> shown = stated.orElseGet(() -> shownByOffense(ctx.theCase().conviction().offense()));
        if (!shown.isEmpty()) {
            String which = String.join(", ", shown.stream().map(e -> org.rangefinder.io.Reader.word(e)).toList());
            against.add(catalog.specific(ReasonCode.ZERO_POINT_EXCLUSION, () -> "The defendant does not meet every criterion of"
                    + " § 4C1.1(a) (" + which + (stated.isEmpty() ? ", shown by the offense of conviction" : "") + ").",
                    cite("§ 4C1.1(a)")));
        } else if (stated.isEmpty()) {
            missing.add("sentencing.zero_point_exclusions");
        }
        t = t.with(() -> Step.of("zero-point offender criteria", "no criminal history points and none of the § 4C1.1(a) exclusions",
                cite("§ 4C1.1(a)"), against.isEmpty() ? (missing.isEmpty() ? "all met" : "not known") : "not met",
                "criminal_history_points", points.map(String::valueOf).orElse("not stated"),
                "exclusions", stated.map(Object::toString).orElse("not stated")));
        if (!against.isEmpty()) {
            return Outcome.unavailable(cell.ranges(), cell.ranges(), against, t);
        }
        if (cell.fixedByMinimum()) { // Koons: a range the statutory minimum fixed was not lowered by the Commission
            return fixedByMinimum(cell, t, Optional.of(ctx.amended().offenseLevel().orElse(now.minus(2))),
                    Optional.of(statedAmendedCategory().orElse(cell.category())));
        }
        if (!missing.isEmpty()) {
            Reason r = catalog.specific(ReasonCode.INSUFFICIENT_FACTS, () -> "Amendment 821 Part B depends on facts not stated: "
                    + String.join(", ", missing) + ".");
            return Outcome.undetermined(cell.ranges(), List.of(r), missing, t);
        }
        OffenseLevel level = ctx.amended().offenseLevel().orElse(now.minus(2));
        t = t.with(() -> Step.of("zero-point offender decrease", "2 levels off the offense level", cite("§ 4C1.1(a)"),
                "offense level " + level, "original_level", cell.level(), "level_before", now));
        return amendedRange(cell, level, statedAmendedCategory().orElse(cell.category()), t);
    }

    /** The § 4C1.1(a) exclusions the offense of conviction itself shows (a sex offense; a weapon in a firearms offense). */
    static Set<ZeroPointExclusion> shownByOffense(Optional<Case.OffenseKind> offense) {
        return switch (offense.orElse(Case.OffenseKind.OTHER)) {
            case SEX_OFFENSE -> Set.of(ZeroPointExclusion.SEX_OFFENSE);
            case FIREARMS -> Set.of(ZeroPointExclusion.WEAPON);
            default -> Set.of();
        };
    }

    // ---- The amended range and the floors of § 1B1.10(b)(2) ----

    private Outcome amendedRange(Cell cell, OffenseLevel known, CriminalHistoryCategory category, Trace t) {
        // § 5C1.2(b): where the safety valve set aside a minimum of at least five years, the offense level is not less
        // than the floor, in the amended range as in the original (§ 1B1.10(b)(1) substitutes only the amendment);
        // a stated amended range governs as stated
        Optional<SafetyValve.LevelFloor> svFloor = known == null ? Optional.empty()
                : safetyValveFloor().filter(f -> known.value() < f.level());
        OffenseLevel level = svFloor.map(f -> OffenseLevel.of(f.level()))
                .orElseGet(() -> known != null ? known : levelOf(ctx.amended().guidelineRange(), category).orElse(null));
        if (svFloor.isPresent()) {
            String floorCite = ctx.tableEdition().cite(svFloor.get().provision());
            t = t.with(() -> Step.of("safety-valve floor", "with a statutory minimum of at least five years set aside, the offense"
                    + " level is not less than " + svFloor.get().level(), floorCite, "amended offense level " + level + ", not " + known,
                    "minimum_set_aside", ctx.minimumSetAside().get().minimum()));
            String sentence = "The amended offense level is " + level + ", not " + known + ": the safety valve set aside a statutory"
                    + " minimum of " + months(ctx.minimumSetAside().get().minimum()) + ", and for such a defendant the offense level"
                    + " is not less than level " + svFloor.get().level() + " (" + floorCite + "), a guideline § 1B1.10(b)(1) leaves"
                    + " in place.";
            return withSafetyValveFloor(amendedRangeAt(cell, level, category, t), sentence, floorCite);
        }
        return amendedRangeAt(cell, level, category, t);
    }

    /**
     * The § 5C1.2(b) offense-level floor (safety-valve.yaml, {@code floor}) where the safety valve set aside a statutory
     * minimum of at least five years (MotionContext.minimumSetAside); empty otherwise.
     */
    private Optional<SafetyValve.LevelFloor> safetyValveFloor() {
        return ctx.minimumSetAside().flatMap(a -> ctx.law().safetyValve().levelFloor(ctx.sentencing().date())
                .filter(f -> f.reaches(a.minimum())));
    }

    /** The outcome with the floor said in its deciding reason (ELIGIBLE, RANGE_NOT_LOWERED or AT_OR_BELOW_AMENDED_MINIMUM). */
    private static Outcome withSafetyValveFloor(Outcome o, String sentence, String citation) {
        Set<ReasonCode> deciding = Set.of(ReasonCode.ELIGIBLE, ReasonCode.RANGE_NOT_LOWERED, ReasonCode.AT_OR_BELOW_AMENDED_MINIMUM);
        List<Reason> reasons = new ArrayList<>();
        boolean said = false;
        for (Reason r : o.reasons()) {
            if (!said && deciding.contains(r.code())) {
                List<String> cites = new ArrayList<>(r.citations());
                if (!cites.contains(citation)) {
                    cites.add(citation);
                }
                reasons.add(new Reason(r.code(), r.text() + " " + sentence, cites));
                said = true;
            } else {
                reasons.add(r);
            }
        }
        return new Outcome(o.relief(), o.original(), o.amended(), o.lowest(), o.orderEffectiveFrom(), reasons, o.missing(), o.trace(),
                o.warnings());
    }

    private Outcome amendedRangeAt(Cell cell, OffenseLevel level, CriminalHistoryCategory category, Trace t) {
        StatutoryLimits limits = cell.limits();
        var era = ctx.law().policyStatement().on(ctx.motionDate());
        boolean withoutMinimum = era.ignoreMinimumForSubstantialAssistance() && ctx.belowMinimumAuthorityShown()
                && limits.minimum().isPresent();
        if (withoutMinimum) {
            limits = new StatutoryLimits(Optional.empty(), limits.maximum());
            t = t.with(() -> Step.of("amended range without § 5G1.1", "a substantial-assistance motion allowed a term below the"
                    + " statutory minimum", cite("§ 1B1.10(c)"), "the minimum is disregarded for the amended range"));
        }
        Optional<MonthRange> table = Optional.empty();
        MonthRange applicable = null;
        if (level != null) {
            MonthRange cellRange = ctx.law().table().range(ctx.tableEdition(), level, category);
            table = Optional.of(cellRange);
            ApplicableRange.Result r = ApplicableRange.apply(ctx.tableEdition(), cellRange, limits, ctx.blank());
            applicable = r.range();
            t = t.with(() -> Step.of("amended table range", "only the amendment substituted; every other finding kept",
                    cite("§ 1B1.10(b)(1)"), cellRange.prose(), "offense_level", level, "category", category)).with(r.trace());
        }
        if (ctx.amended().guidelineRange().isPresent()) {
            MonthRange stated = ctx.amended().guidelineRange().get();
            if (applicable != null && !applicable.equals(stated) && !table.get().equals(stated)) {
                MonthRange computed = applicable;
                t = t.with(() -> Step.of("stated amended range", "stated amended findings govern; checked, not trusted",
                        cite("§ 1B1.10(b)(1)"), "stated " + stated + " differs from computed " + computed));
            }
            if (applicable == null || !table.get().equals(stated)) {
                // the stated range may be the cell or the range after the statutory limits: § 5G1.1 on either gives
                // the applicable range (it leaves a range already within the limits as it is)
                ApplicableRange.Result r = ApplicableRange.apply(ctx.tableEdition(), stated, limits, ctx.blank());
                applicable = r.range();
                if (!applicable.equals(stated)) {
                    t = t.with(r.trace());
                }
            }
        }
        Determination.Ranges amendedRanges = new Determination.Ranges(Optional.ofNullable(level), Optional.of(category),
                table, Optional.of(applicable));
        return floors(cell, amendedRanges, applicable, era, t);
    }

    private Outcome floors(Cell cell, Determination.Ranges amended, MonthRange ar, PolicyStatement.Era era, Trace t) {
        List<Reason> reasons = new ArrayList<>();
        // Under § 1B1.10(c) the amended range of a substantial-assistance case is taken without § 5G1.1; whether the
        // amendment lowered the range is then judged like for like, against the original cell taken the same way:
        // dropping the minimum on one side only is not an effect of the amendment (§ 1B1.10(a)(2)(B)).
        boolean withoutMinimum = era.ignoreMinimumForSubstantialAssistance() && ctx.belowMinimumAuthorityShown()
                && cell.limits().minimum().isPresent();
        MonthRange original = withoutMinimum
                ? ApplicableRange.apply(ctx.tableEdition(), cell.tableRange(),
                        new StatutoryLimits(Optional.empty(), cell.limits().maximum()), Trace.OFF).range()
                : cell.applicableRange();
        var prior = ctx.theCase().priorReduction();
        if (prior.stated() && lowers(ar, original) && restsOn(prior, ar).isEmpty()) {
            return Outcome.undetermined(cell.ranges(), List.of(catalog.specific(ReasonCode.INSUFFICIENT_FACTS, () -> amend()
                    + " lowers the range at sentencing, " + fromTo(original, ar) + "; but the term being served comes from"
                    + " an earlier reduction" + prior.amendment().map(a -> " under Amendment " + a).orElse("") + ", and whether "
                    + amend() + " lowers the range that term rests on depends on the amended range that order applied,"
                    + " which the case file does not state (prior_reduction.guideline_range).", cite("§ 1B1.10(a)(2)(B)"))),
                    List.of("prior_reduction.guideline_range"), t);
        }
        // After an earlier § 3582(c)(2) reduction the term being served rests on the amended range that order applied.
        Optional<MonthRange> rests = prior.stated() ? restsOn(prior, ar) : Optional.empty();
        MonthRange or = rests.orElse(cell.applicableRange());
        MonthRange compared = rests.orElse(original);
        // the amendment relied on changed nothing itself; earlier amendments made the whole change (earlierAmendmentsOnly)
        boolean onlyEarlier = rests.isEmpty() && changedOnlyByEarlier != null && ctx.amended().offenseLevel().isEmpty()
                && ctx.amended().guidelineRange().isEmpty();
        boolean lowered = !onlyEarlier && lowers(ar, compared);
        String before = rests.isPresent() ? "the range the term being served rests on (the amended range of the earlier reduction"
                + prior.amendment().map(a -> " under Amendment " + a).orElse("") + "), " : "";
        t = t.with(() -> Step.of("is the range lowered?", "the amendment must lower the applicable guideline range",
                withoutMinimum && rests.isEmpty() ? cite("§ 1B1.10(c)") : cite("§ 1B1.10(a)(2)(B)"),
                (lowered ? "yes: " + before + bare(compared) + " to " + bare(ar) : onlyEarlier ? "no: " + changedOnlyByEarlier
                        : "no: " + before + bare(compared) + " stays " + bare(ar))
                        + (withoutMinimum && rests.isEmpty() && !compared.equals(or)
                                ? " (both without § 5G1.1; with it the original range was " + bare(or) + ")" : "")));
        Optional<Months> statMin = cell.limits().minimum();
        boolean minimumHolds = statMin.isPresent() && ar.min().equals(statMin.get()) && !ctx.substantialAssistance();
        if (!lowered) {
            reasons.add(onlyEarlier ? catalog.specific(ReasonCode.RANGE_NOT_LOWERED, () -> amend() + " does not lower the applicable"
                    + " guideline range: " + changedOnlyByEarlier + ". With or without it the range is " + inMonths(ar) + "; the"
                    + " range at sentencing was " + inMonths(compared) + ".", cite("§ 1B1.10(a)(1)"), cite("§ 1B1.10(a)(2)(B)"))
                    : catalog.specific(ReasonCode.RANGE_NOT_LOWERED, () -> amend() + " does not lower the applicable guideline"
                    + " range: " + (rests.isPresent() ? "the term being served rests on the range the earlier reduction"
                            + prior.amendment().map(a -> " under Amendment " + a).orElse("") + " applied, " : "it is ")
                    + inMonths(compared) + (rests.isPresent() ? ", and it is " : " before and ") + inMonths(ar) + " after"
                    + (rests.isPresent() ? " (the range at sentencing was " + bare(cell.applicableRange()) + ")" : "")
                    + (withoutMinimum && rests.isEmpty() && !compared.equals(or)
                            ? " (both taken without the statutory minimum, § 1B1.10(c))" : "")
                    + ".", cite("§ 1B1.10(a)(2)(B)")));
            if (minimumHolds) {
                reasons.add(minimumReason(statMin.get()));
            }
            statedMinimumAbove(ar, era).ifPresent(reasons::add);
            return Outcome.unavailable(cell.ranges(), amended, reasons, t);
        }
        Optional<Months> sentence = ctx.sentencing().sentence();
        if (ar.min().isLife()) {
            return Outcome.unavailable(cell.ranges(), amended, List.of(catalog.specific(ReasonCode.AT_OR_BELOW_AMENDED_MINIMUM,
                    "The amended range is still life imprisonment.", cite("§ 1B1.10(b)(2)(A)"))), t);
        }
        if (era.maximumLowered().isPresent()) {
            return afterAgreement(cell, maximumLowered(cell, amended, or, ar, rests, era.maximumLowered().get(), t));
        }
        if (era.comparable() == PolicyStatement.Comparable.NOT_MODELED) {
            reasons.add(catalog.specific(ReasonCode.ELIGIBLE, () -> amend() + " lowers the applicable range from " + fromTo(or, ar)
                    + ". The § 1B1.10 in force on " + org.rangefinder.explain.Dates.prose(ctx.motionDate()) + " set no floor"
                    + " at the amended range and no other limit on the extent of a reduction; the extent is for the court.",
                    cite("§ 1B1.10(b)"), "18 U.S.C. § 3582(c)(2)"));
            return afterAgreement(cell, new Outcome(Relief.AVAILABLE, cell.ranges(), amended, Optional.empty(), Optional.empty(),
                    reasons, List.of(), t));
        }
        var departures = ctx.sentencing().departures().orElse(Set.of());
        boolean belowRange = sentence.isPresent() && sentence.get().isBefore(or.min());
        if (era.comparable() == PolicyStatement.Comparable.DEPARTURE && belowRange
                && (ctx.sentencing().departures().isEmpty() || departures.contains(Case.Departure.VARIANCE))) {
            // Amendment 548's note 3 allows a comparable reduction for a downward departure and says nothing of a term
            // below the range for another reason (a non-guideline sentence after Booker) or for a reason not stated
            boolean unknown = ctx.sentencing().departures().isEmpty();
            reasons.add(catalog.specific(ReasonCode.ELIGIBLE, () -> amend() + " lowers the applicable range from " + or + " to " + ar
                    + " months. The term imposed, " + sentence.get() + " months, was below the range "
                    + (unknown ? "for a reason the record does not state (sentencing.departures)" : "by a variance (a non-guideline"
                            + " sentence)") + "; the § 1B1.10 in force on " + org.rangefinder.explain.Dates.prose(ctx.motionDate())
                    + " lets the amended range limit the reduction and allows a comparable reduction below it only where the"
                    + " original sentence was a downward departure, and says nothing of "
                    + (unknown ? "other terms below the range" : "a variance") + ", so the lowest permitted term is not stated;"
                    + " in no event may the term be reduced below the time already served.",
                    cite("§ 1B1.10(b)(2)(B)"), cite("§ 1B1.10(b)(2)(C)"), "18 U.S.C. § 3582(c)(2)"));
            return afterAgreement(cell, new Outcome(Relief.AVAILABLE, cell.ranges(), amended, Optional.empty(), Optional.empty(),
                    reasons, List.of(), t));
        }
        boolean comparable = belowRange && comparableAllowed(era) && !or.min().isLife() && or.min().count() > 0;
        Months byPolicy;
        Optional<Months> comparableTerm = Optional.empty();
        // only the Government-motion departure carries over: with its levels stated, what a further variance or
        // departure took below the range that departure reached is not counted (§ 1B1.10(b)(2)(B)). That limit is
        // Amendment 759's (Nov. 1, 2011): before it a comparable reduction carried over any term below the range
        // (2008-2011) or any downward departure (1997-2008) whole, so the share does not matter then.
        Optional<MonthRange> departed = era.comparable() != PolicyStatement.Comparable.SUBSTANTIAL_ASSISTANCE ? Optional.empty()
                : ctx.sentencing().substantialAssistanceLevels().map(k -> ctx.law().table()
                        .range(ctx.tableEdition(), OffenseLevel.clamped(cell.level().value() - k), cell.category()));
        // the share carried over is the larger of the term's (against the range it rests on) and the departure's, whose
        // range was reached from the range at sentencing and is measured against it (after an earlier reduction the
        // term being served already reflects the earlier order, the departure's range does not)
        Months originalMin = cell.applicableRange().min();
        boolean departureShare = comparable && departed.isPresent() && !originalMin.isLife() && originalMin.count() > 0
                && (long) departed.get().min().count() * or.min().count() > (long) sentence.get().count() * originalMin.count();
        Months basis = departureShare ? departed.get().min() : sentence.orElse(null);
        Months denom = departureShare ? originalMin : or.min();
        if (comparable) {
            long num = (long) ar.min().count() * basis.count();
            Months term = Months.of((int) Math.round((double) num / denom.count()));
            comparableTerm = Optional.of(term);
            byPolicy = term;
            t = t.with(() -> Step.of("comparable reduction", "a term comparably below the amended range, to the nearest month",
                    cite("§ 1B1.10(b)(2)(B)"), term + " months (" + ar.min() + " x " + basis + " / " + denom + ")"
                            + (!departureShare ? "" : ": " + basis + " months is the minimum of the range the "
                                    + ctx.sentencing().substantialAssistanceLevels().get() + "-level Government-motion departure"
                                    + " reached, " + departed.get() + (denom.equals(or.min()) ? "" : ", from the range at sentencing ("
                                    + bare(cell.applicableRange()) + ")") + "; the rest of the cut to " + sentence.get()
                                    + " is not carried over"),
                    "original_minimum", or.min(), "sentence", sentence.get(), "amended_minimum", ar.min()));
        } else {
            byPolicy = ar.min();
            t = t.with(() -> Step.of("lowest permitted term", "no reduction below the amended range minimum",
                    cite("§ 1B1.10(b)(2)(A)"), ar.min() + " months"));
        }
        // a statutory minimum the term imposed respected still binds: § 3582(c)(2) gives no authority to go below it,
        // and the record shows no § 3553(e) authority (only a term below the minimum shows it, § 1B1.10(c))
        Optional<Months> binding = statMin.filter(m -> sentence.isPresent() && !sentence.get().isBefore(m) && byPolicy.isBefore(m));
        Months floor = binding.orElse(byPolicy);
        if (binding.isPresent()) {
            t = t.with(() -> Step.of("statutory minimum", "no reduction below a statutory minimum the term imposed respected",
                    ctx.tableEdition().cite("§ 5G1.1"), floor + " months, not " + byPolicy,
                    "statutory_minimum", floor, "sentence", sentence.get()));
        }
        var served = ctx.sentencing().timeServed();
        Months lowest = served.filter(x -> x.isAfter(floor)).orElse(floor);
        if (!lowest.equals(floor)) {
            t = t.with(() -> Step.of("time served", "no reduction below the time already served", cite("§ 1B1.10(b)(2)(C)"),
                    lowest + " months"));
        }
        if (sentence.isPresent() && !sentence.get().isAfter(lowest)) {
            reasons.add(catalog.specific(ReasonCode.AT_OR_BELOW_AMENDED_MINIMUM, () -> "The term imposed, " + months(sentence.get())
                    + ", is already at or below " + months(lowest) + ", the lowest term a reduction may reach"
                    + (!lowest.equals(floor) ? " (the time already served)" : binding.isPresent() ? " (the statutory minimum)"
                            : comparable ? " under § 1B1.10(b)(2)(B)" + (!departureShare ? ""
                                    : ", which carries over only the " + ctx.sentencing().substantialAssistanceLevels().get()
                                            + "-level Government-motion departure (to " + departed.get() + " months), not the"
                                            + " rest of the cut: " + ar.min() + " x " + basis + " / " + denom)
                            : " (the minimum of the amended range " + bare(ar) + ")") + ".",
                    cite(!lowest.equals(floor) ? "§ 1B1.10(b)(2)(C)" : comparable && binding.isEmpty() ? "§ 1B1.10(b)(2)(B)"
                            : "§ 1B1.10(b)(2)(A)")));
            if (binding.isPresent() && lowest.equals(floor)) {
                reasons.add(bindingMinimumReason(floor, sentence.get(), comparableTerm, era));
            } else if (minimumHolds && !comparable) {
                reasons.add(minimumReason(statMin.get()));
            }
            return Outcome.unavailable(cell.ranges(), amended, reasons, t);
        }
        AgreementCheck agreement = agreement(cell, amended, t);
        if (agreement.decided().isPresent()) {
            return agreement.decided().get();
        }
        t = agreement.trace();
        // a minimum the safety valve set aside at sentencing does not bind the reduction either: say so where it is above the floor
        Optional<MotionContext.SetAside> aside = ctx.minimumSetAside().filter(a -> a.minimum().isAfter(lowest));
        List<String> eligibleCites = new ArrayList<>(List.of(cite("§ 1B1.10(b)"), "18 U.S.C. § 3582(c)(2)"));
        aside.ifPresent(a -> eligibleCites.addAll(a.citations()));
        reasons.add(catalog.specific(ReasonCode.ELIGIBLE, () -> amend() + " lowers the applicable guideline range from " + fromTo(or, ar)
                + ". The court may reduce the term" + sentence.map(s -> " of " + months(s)).orElse("")
                + ", after considering the 18 U.S.C. § 3553(a) factors, to no less than " + lowest + " months."
                + aside.map(a -> " The statutory minimum of " + months(a.minimum()) + " (" + a.statutes() + ") does not bind:"
                        + " the court found at sentencing that the safety valve applies, so the sentence is imposed under the"
                        + " guidelines without regard to it (" + String.join("; ", a.citations()) + "), and § 1B1.10(b)(1)"
                        + " leaves that finding in place.").orElse(""),
                eligibleCites.toArray(String[]::new)));
        if (binding.isPresent()) {
            reasons.add(bindingMinimumReason(floor, sentence.get(), comparableTerm, era));
        } else if (comparable) {
            reasons.add(catalog.specific(ReasonCode.COMPARABLE_REDUCTION, () -> (rests.isPresent() ? "The term being served, "
                    + sentence.get() + " months, is below the minimum of the earlier order's range, " + or.min() + " months,"
                    + " as the original term was below the range at sentencing," : "The original term of " + sentence.get()
                    + " months was below the original range minimum of " + or.min() + " months") + belowTheRangeBy(departures)
                    + (!departureShare ? "" : "; only the Government-motion departure, of "
                            + ctx.sentencing().substantialAssistanceLevels().get() + " levels (to " + departed.get()
                            + " months), carries over")
                    + "; a comparably reduced term is " + ar.min() + " x " + basis + " / " + denom + " = " + lowest
                    + " months (to the nearest month).", cite("§ 1B1.10(b)(2)(B)")));
        } else if (belowRange && departures.contains(Case.Departure.VARIANCE)) {
            t = t.with(() -> Step.of("no comparable reduction", "a variance below the range does not allow a term below the amended minimum",
                    cite("§ 1B1.10(b)(2)(A)"), "floor stays at " + lowest));
        }
        Optional<java.time.LocalDate> effective = amendment.ordersEffectiveFrom().filter(d -> ctx.motionDate().isBefore(d));
        if (effective.isPresent()) {
            reasons.add(catalog.specific(ReasonCode.EFFECTIVE_DATE, () -> "An order reducing the term under " + amend()
                    + " may not take effect before " + org.rangefinder.explain.Dates.prose(effective.get()) + ".", cite("§ 1B1.10(e)")));
        }
        return new Outcome(Relief.AVAILABLE, cell.ranges(), amended, Optional.of(lowest), effective, reasons, List.of(),
                sentence.isEmpty() ? t.with(() -> Step.of("sentence not stated", "a reduction is possible only above the floor",
                        cite("§ 1B1.10(b)(2)"), "the term imposed must exceed " + lowest + " months")) : t);
    }

    /** What the Rule 11(c)(1)(C) agreement rule decides: an outcome that replaces relief, or none with the trace so far. */
    private record AgreementCheck(Optional<Outcome> decided, Trace trace) {}

    /**
     * A term imposed under a Rule 11(c)(1)(C) agreement (conviction.disposition: plea-11c1c): before Freeman the circuits
     * differed (undetermined); from Freeman until Hughes it is based on the range only where the agreement used it
     * (conviction.plea_agreement_uses_range); from Hughes on it is. Asked wherever relief would otherwise be available,
     * whatever the era of § 1B1.10.
     */
    private AgreementCheck agreement(Cell cell, Determination.Ranges amended, Trace t) {
        if (ctx.theCase().conviction().disposition().orElse(null) != Case.Disposition.PLEA_11C1C) {
            return new AgreementCheck(Optional.empty(), t);
        }
        var rule = ctx.law().policyStatement().rule11c1c();
        // the order of that day cannot speak of Hughes; before Freeman it cannot cite Freeman either
        Optional<String> earlier = rule.earlier().on(ctx.motionDate());
        Optional<Boolean> usesRange = ctx.theCase().conviction().pleaAgreementUsesRange();
        if (ctx.motionDate().isBefore(rule.decided()) && earlier.isPresent() && usesRange.isPresent()) {
            String freeman = earlier.get();
            if (!usesRange.get()) {
                Reason r = catalog.specific(ReasonCode.NO_AUTHORITY_TO_MODIFY, () -> "The sentence was imposed under a Rule"
                        + " 11(c)(1)(C) agreement that did not itself use a guideline range, so the term was not \"based on\""
                        + " a sentencing range the Commission has lowered (" + freeman + "), and § 3582(c)(2) does not"
                        + " authorize a reduction.", freeman, "18 U.S.C. § 3582(c)(2)");
                return new AgreementCheck(Optional.of(Outcome.unavailable(cell.ranges(), amended, List.of(r), t.with(() -> Step.of(
                        "Rule 11(c)(1)(C) agreement", "based on a guideline range only where the agreement used it", freeman,
                        "the agreement did not use a range", "plea_agreement_uses_range", false)))), t);
            }
            t = t.with(() -> Step.of("Rule 11(c)(1)(C) agreement", "based on a guideline range where the agreement used it",
                    freeman, "the agreement used the range: eligible like any other sentence", "plea_agreement_uses_range", true));
        } else if (ctx.motionDate().isBefore(rule.decided())) {
            String[] cites = earlier.map(e -> new String[] {e})
                    .orElse(new String[] {"Fed. R. Crim. P. 11(c)(1)(C)", "18 U.S.C. § 3582(c)(2)"});
            Reason r = catalog.specific(ReasonCode.INSUFFICIENT_FACTS, () -> "The sentence was imposed under a Rule 11(c)(1)(C)"
                    + " agreement. " + earlier.map(e -> "Such a sentence is \"based on\" a guideline range where the agreement"
                            + " itself used that range (" + e + ")").orElse("Whether such a sentence is \"based on\" a guideline"
                            + " range depends on the agreement and on the law of the circuit, which the courts of appeals have"
                            + " decided differently")
                    + "; the case file does not say what the agreement provided"
                    + (earlier.isPresent() ? " (conviction.plea_agreement_uses_range)." : "."), cites);
            return new AgreementCheck(Optional.of(Outcome.undetermined(cell.ranges(), List.of(r), List.of(earlier.isPresent()
                    ? "conviction.plea_agreement_uses_range" : "the terms of the Rule 11(c)(1)(C) agreement"),
                    t.with(() -> Step.of("Rule 11(c)(1)(C) agreement", earlier.isPresent()
                                    ? "based on a guideline range where the agreement used it"
                                    : "based on a guideline range depending on the agreement and the circuit",
                            cites[0], "not stated in the case file")))), t);
        } else {
            t = t.with(() -> Step.of("Rule 11(c)(1)(C) agreement", "a sentence under such an agreement is generally based on"
                    + " the range", rule.controlling().citation(), "eligible like any other sentence"));
        }
        return new AgreementCheck(Optional.empty(), t);
    }

    /** An outcome of relief checked against the Rule 11(c)(1)(C) agreement rule (see agreement). */
    private Outcome afterAgreement(Cell cell, Outcome o) {
        if (o.relief() != Relief.AVAILABLE) {
            return o;
        }
        AgreementCheck a = agreement(cell, o.amended(), o.trace());
        return a.decided().orElseGet(() -> new Outcome(o.relief(), o.original(), o.amended(), o.lowest(), o.orderEffectiveFrom(),
                o.reasons(), o.missing(), a.trace(), o.warnings()));
    }

    /**
     * § 1B1.10(c) from Nov. 1, 1989 to Oct. 31, 1994 (Amendments 306 and 423): a reduction may not exceed the months by
     * which the maximum of the range from the Sentencing Table (Ch. 5, Pt. A) was lowered; until Oct. 31, 1991 it was
     * authorized only where that maximum was lowered by at least six months ((c)(1)). No floor at the amended range.
     * A statutory minimum the term imposed respected still binds (§ 3582(c)(2) gives no authority below it). After an
     * earlier reduction ({@code rests}) the maximum is lowered from the range that order applied: the months the earlier
     * order could take off are not counted twice.
     */
    private Outcome maximumLowered(Cell cell, Determination.Ranges amended, MonthRange or, MonthRange ar,
            Optional<MonthRange> rests, PolicyStatement.MaximumLowered rule, Trace t) {
        MonthRange before = rests.orElse(cell.tableRange());
        MonthRange after = amended.tableRange().orElse(ar);
        String cap = cite("§ 1B1.10" + rule.capProvision());
        Optional<Months> sentence = ctx.sentencing().sentence();
        if (before.max().isLife() || after.max().isLife()) {
            // life to a term of months: the lowering is not a number of months, and the cap gives no figure
            Reason r = catalog.specific(ReasonCode.ELIGIBLE, () -> amend() + " lowers the applicable range from " + or + " to " + ar
                    + " months. The § 1B1.10 in force on " + org.rangefinder.explain.Dates.prose(ctx.motionDate()) + " limits a"
                    + " reduction to the months by which the maximum of the range was lowered; the maximum was life imprisonment,"
                    + " so the limit is not a number of months, and the lowest permitted term is not stated.",
                    cap, "18 U.S.C. § 3582(c)(2)");
            return new Outcome(Relief.AVAILABLE, cell.ranges(), amended, Optional.empty(), Optional.empty(), List.of(r), List.of(), t);
        }
        int lowered = before.max().count() - after.max().count();
        t = t.with(() -> Step.of("maximum of the range lowered", "a reduction may not exceed the months by which the maximum of"
                + " the range (Ch. 5, Pt. A) was lowered", cap, lowered + " months (" + before.max() + " to " + after.max() + ")",
                "original_maximum", before.max(), "amended_maximum", after.max()));
        Optional<Integer> required = rule.minimumMonths();
        if (lowered <= 0 || required.isPresent() && lowered < required.get()) {
            String provision = lowered > 0 ? cite("§ 1B1.10" + rule.minimumProvision()) : cap;
            Reason r = catalog.specific(ReasonCode.RANGE_NOT_LOWERED, () -> amend() + " lowers the range from " + or + " to " + ar
                    + " months, but " + (lowered <= 0 ? "not its maximum, and the § 1B1.10 in force on "
                            + org.rangefinder.explain.Dates.prose(ctx.motionDate()) + " allows a reduction of no more than the"
                            + " months by which the maximum was lowered: none."
                            : "its maximum by only " + lowered + " months; the § 1B1.10 in force on "
                                    + org.rangefinder.explain.Dates.prose(ctx.motionDate()) + " authorizes a reduction only where"
                                    + " the maximum was lowered by at least " + required.get() + " months."),
                    provision, "18 U.S.C. § 3582(c)(2)");
            return Outcome.unavailable(cell.ranges(), amended, List.of(r), t);
        }
        if (sentence.isEmpty() || sentence.get().isLife()) {
            Reason r = catalog.specific(ReasonCode.ELIGIBLE, () -> amend() + " lowers the applicable range from " + or + " to " + ar
                    + " months. The court may reduce the term, after considering the 18 U.S.C. § 3553(a) factors, by no more"
                    + " than " + lowered + " months, the months by which the maximum of the range was lowered.", cap,
                    "18 U.S.C. § 3582(c)(2)");
            return new Outcome(Relief.AVAILABLE, cell.ranges(), amended, Optional.empty(), Optional.empty(), List.of(r), List.of(),
                    t.with(() -> Step.of("sentence not stated", "the reduction is limited in months, not by a floor", cap,
                            "no more than " + lowered + " months off the term imposed")));
        }
        Months byCap = Months.of(Math.max(0, sentence.get().count() - lowered));
        Optional<Months> binding = cell.limits().minimum()
                .filter(m -> !m.isLife() && !sentence.get().isBefore(m) && byCap.isBefore(m));
        Months lowest = binding.orElse(byCap);
        t = t.with(() -> Step.of("lowest permitted term", "the term imposed less the months the maximum was lowered"
                + (binding.isPresent() ? ", but not below a statutory minimum the term imposed respected" : ""),
                binding.isPresent() ? ctx.tableEdition().cite("§ 5G1.1") : cap, lowest + " months",
                "sentence", sentence.get(), "maximum_lowered_by", lowered));
        if (!sentence.get().isAfter(lowest)) {
            Reason r = catalog.specific(ReasonCode.MANDATORY_MINIMUM, () -> "The statutory minimum of " + months(lowest)
                    + " binds the reduction, and the term imposed, " + months(sentence.get()) + ", is already at it.",
                    ctx.tableEdition().cite("§ 5G1.1"), "18 U.S.C. § 3582(c)(2)");
            return Outcome.unavailable(cell.ranges(), amended, List.of(r), t);
        }
        List<Reason> reasons = new ArrayList<>();
        reasons.add(catalog.specific(ReasonCode.ELIGIBLE, () -> amend() + " lowers the applicable guideline range from " + or
                + " to " + ar + " months, its maximum by " + lowered + " months. The court may reduce the term of " + sentence.get()
                + " months, after considering the 18 U.S.C. § 3553(a) factors, by no more than those " + lowered + " months,"
                + " to no less than " + lowest + " months" + (binding.isPresent() ? " (the statutory minimum)" : "")
                + "; the § 1B1.10 in force on " + org.rangefinder.explain.Dates.prose(ctx.motionDate()) + " sets no floor at the"
                + " amended range.", cap, "18 U.S.C. § 3582(c)(2)"));
        if (binding.isPresent()) {
            reasons.add(bindingMinimumReason(lowest, sentence.get(), Optional.empty(), ctx.law().policyStatement().on(ctx.motionDate())));
        }
        return new Outcome(Relief.AVAILABLE, cell.ranges(), amended, Optional.of(lowest), Optional.empty(), reasons, List.of(), t);
    }

    /**
     * What the record says took the original term below the range, for {@link ReasonCode#COMPARABLE_REDUCTION}, and no
     * more: {@code sentencing.departures} absent is unknown, not a departure. Outside a substantial-assistance motion
     * the reason arises only under the 2008 policy statement (Amendment 712), which allowed a comparable reduction for
     * any term below the range and said that for a non-guideline sentence (a variance) a further reduction "generally
     * would not be appropriate" (§ 1B1.10(b)(2)(B) (Mar. 3, 2008)).
     */
    /**
     * The offense level the term being served rests on, for an amendment that changes the criminal history or takes
     * levels off the total: the original level; after an earlier reduction whose stated range is a lower level's in the
     * original category, that level (§ 1B1.10(b)(1) keeps the earlier amendment in place). Empty when the earlier range
     * is stated and no single level of the category gives it.
     */
    private Optional<OffenseLevel> levelRestingOn(Cell cell) {
        var prior = ctx.theCase().priorReduction().guidelineRange();
        if (prior.isEmpty() || prior.get().equals(cell.tableRange()) || prior.get().equals(cell.applicableRange())) {
            return Optional.of(cell.level());
        }
        return levelOf(prior, cell.category()).filter(l -> l.value() < cell.level().value());
    }

    private Outcome levelNotKnown(Cell cell, Trace t) {
        MonthRange prior = ctx.theCase().priorReduction().guidelineRange().orElseThrow();
        Reason r = catalog.specific(ReasonCode.INSUFFICIENT_FACTS, () -> "The term being served rests on " + prior + " months, the"
                + " range of an earlier reduction, and no single offense level below " + cell.level() + " gives that range in"
                + " category " + cell.category() + "; the offense level " + amend() + " starts from is not known"
                + " (amended.offense_level).", cite("§ 1B1.10(b)(1)"));
        return Outcome.undetermined(cell.ranges(), List.of(r), List.of("amended.offense_level"), t);
    }

    private static boolean lowers(MonthRange after, MonthRange before) {
        return after.min().isBefore(before.min()) || after.max().isBefore(before.max());
    }

    /**
     * The range the term being served rests on after an earlier reduction: the one the case file states, or, when the
     * earlier order applied this same amendment, the amended range itself.
     */
    private Optional<MonthRange> restsOn(Case.PriorReduction prior, MonthRange ar) {
        return prior.guidelineRange().or(() -> prior.amendment()
                .filter(a -> ctx.theCase().motion().amendment().map(a::equalsIgnoreCase).orElse(false)).map(a -> ar));
    }

    private String belowTheRangeBy(Set<Case.Departure> departures) {
        if (ctx.substantialAssistance()) {
            return " on a Government motion for substantial assistance";
        }
        String anyTerm = " (the policy statement in force allows a comparable reduction for any term below the range)";
        if (ctx.sentencing().departures().isEmpty()) {
            return "; the record does not say what took it there" + anyTerm;
        }
        if (departures.isEmpty()) {
            return ", though no departure or variance is stated" + anyTerm;
        }
        boolean variance = departures.contains(Case.Departure.VARIANCE);
        return (!variance ? " by a departure" : departures.size() > 1 ? " by a departure and a variance" : " by a variance")
                + (variance ? " (the policy statement in force says a further reduction of a non-guideline sentence generally"
                        + " would not be appropriate, but does not forbid it)" : "");
    }

    /**
     * A statutory minimum the term imposed did not go below binds the reduction: § 3582(c)(2) gives no authority
     * below it, and only a Government motion under 18 U.S.C. § 3553(e) does (a § 5K1.1 motion alone does not:
     * {@link Precedent#MELENDEZ}), which is also what § 1B1.10(c) requires.
     */
    private Reason bindingMinimumReason(Months min, Months sentence, Optional<Months> comparableTerm, PolicyStatement.Era era) {
        boolean subsectionC = era.ignoreMinimumForSubstantialAssistance();
        List<String> cites = new ArrayList<>(List.of(ctx.tableEdition().cite("§ 5G1.1")));
        if (subsectionC) {
            cites.add(cite("§ 1B1.10(c)"));
        }
        cites.add("18 U.S.C. § 3553(e)");
        catalog.cite(Precedent.MELENDEZ, null).ifPresent(cites::add);
        return catalog.specific(ReasonCode.MANDATORY_MINIMUM, () -> "The statutory minimum of " + months(min) + " binds the"
                + " reduction: the term imposed, " + months(sentence) + ", was not below it, so the record does not show the"
                + " authority to go below it" + (subsectionC ? " that § 1B1.10(c) requires" : "") + " (a Government motion under"
                + " 18 U.S.C. § 3553(e); a § 5K1.1 motion alone gives none)" + comparableTerm.map(c -> "; the comparable"
                        + " reduction of § 1B1.10(b)(2)(B) would otherwise be " + c + " months").orElse("") + ".",
                cites.toArray(String[]::new));
    }

    private Reason minimumReason(Months min) {
        List<String> cites = new ArrayList<>(List.of(ctx.tableEdition().cite("§ 5G1.1(b)")));
        catalog.cite(Precedent.BAYLOR, "673").ifPresent(cites::add);
        return catalog.specific(ReasonCode.MANDATORY_MINIMUM, () -> "The statutory minimum of " + months(min) + " keeps the bottom"
                + " of the range at " + months(min) + " (§ 5G1.1); no term below it is permitted.", cites.toArray(String[]::new));
    }

    private static String sections(List<String> guidelines) {
        return String.join(", ", guidelines.stream().map(g -> "§ " + g).toList());
    }
}
