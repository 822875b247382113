package org.rangefinder.motion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.rangefinder.Guidelines;
import org.rangefinder.chapter2.SafetyValve;
import org.rangefinder.explain.Step;
import org.rangefinder.explain.Trace;
import org.rangefinder.limits.ApplicableRange;
import org.rangefinder.limits.StatutoryLimits;
import org.rangefinder.manual.Edition;
import org.rangefinder.model.Case;
import org.rangefinder.model.CriminalHistoryCategory;
import org.rangefinder.model.MonthRange;
import org.rangefinder.model.Months;
import org.rangefinder.model.OffenseLevel;
import org.rangefinder.statute.ConvictionLimits;
import org.rangefinder.worksheet.WorksheetFacts;

/**
 * Decides a motion from a case: chooses the editions once (§ 1B1.11 for the original range; the
 * motion date for § 1B1.10), finds every original table cell consistent with the stated facts,
 * applies the motion's rule to each, and answers only what every candidate agrees on.
 */
public final class MotionAnalyzer {

    private final Guidelines law;

    public MotionAnalyzer(Guidelines law) {
        this.law = law;
    }

    /** Decides {@code c}; {@code today} is the motion date when the case file gives none. */
    public Determination analyze(Case c, LocalDate today) {
        return analyze(c, today, Trace.EMPTY);
    }

    /**
     * The same answer without its trace ({@link Trace#OFF}): for callers that print only the relief,
     * ranges and reason codes (docket screening). Reason texts are still there, built when read.
     */
    public Determination analyzeWithoutTrace(Case c, LocalDate today) {
        return analyze(c, today, Trace.OFF);
    }

    private Determination analyze(Case stated, LocalDate today, Trace blank) {
        Case c = stated;
        List<String> warnings = new ArrayList<>();
        LocalDate motionDate = c.motion().date().orElse(today);
        Trace trace = blank;
        if (c.motion().date().isEmpty()) {
            trace = trace.with(() -> Step.of("motion date", "the date of decision; not stated, so today", "U.S.S.G. § 1B1.10",
                    motionDate.toString()));
        }
        if (law.manuals().isBeyondKnownData(motionDate)) {
            warnings.add("the engine's legal data is known current through " + law.manuals().knownThrough() + "; on "
                    + motionDate + " a newer Manual edition or amendment may be in force");
        }
        Edition motionEdition = law.manuals().inEffectOn(motionDate);
        Optional<Edition> sentencingEdition = c.sentencing().date().map(law.manuals()::inEffectOn);
        Edition tableEdition;
        // the law whose Sentencing Table the ranges are read from: the shipped one, or (where the table in force at
        // sentencing is not certain) one that lets a cell be read only when every table that may govern agrees on it
        Guidelines rules = law;
        if (sentencingEdition.isPresent()) {
            tableEdition = sentencingEdition.get();
            trace = trace.with(() -> Step.of("Manual at sentencing", "the Manual in force on the date of sentencing",
                    tableEdition.cite("§ 1B1.11(a)"), tableEdition.title(), "sentencing_date", stated.sentencing().date().get()));
            if (c.conviction().offenseDate().isPresent()) {
                Edition atOffense = law.manuals().inEffectOn(c.conviction().offenseDate().get());
                if (!atOffense.equals(tableEdition)) {
                    boolean same = law.table().sameCells(atOffense, tableEdition);
                    if (!same) {
                        rules = law.withTable(law.table().agreeingWith(tableEdition, List.of(atOffense), "the offense ("
                                + c.conviction().offenseDate().get() + ") was committed under the " + atOffense.label()
                                + " Manual, and U.S.S.G. § 1B1.11(b)(1) requires that Manual if the one at sentencing gives a"
                                + " higher range (ex post facto); the engine does not decide which Manual governed the sentence"));
                    }
                    trace = trace.with(() -> Step.of("ex post facto check", "the Manual at the offense date governs if the later"
                                    + " one gives a higher range", tableEdition.cite("§ 1B1.11(b)(1)"),
                            same ? "the Sentencing Table is the same in both (" + atOffense.label() + ", " + tableEdition.label() + ")"
                                    : "the Sentencing Tables of " + atOffense.label() + " (" + law.table().era(atOffense).label()
                                    + ") and " + tableEdition.label() + " (" + law.table().era(tableEdition).label() + ") differ;"
                                    + " every cell used must be the same in both",
                            "offense_date", stated.conviction().offenseDate().get()));
                }
            }
        } else {
            // the Manual at sentencing is not known: the table is read from the current one (its cells are the same in every
            // edition since Nov. 1, 1992), and what the Manual at sentencing provides is cited without an edition
            tableEdition = motionEdition.undated();
        }
        if (sentencingEdition.isEmpty() && c.motion().kind() == Case.MotionKind.SENTENCE_REDUCTION) {
            // the sentence was imposed on some day before the motion (and after the offense, when stated): every table
            // in force in that span may be the one the sentence was imposed under
            LocalDate earliest = c.conviction().offenseDate().filter(d -> !d.isBefore(law.table().effectiveFrom()))
                    .orElse(law.table().effectiveFrom());
            LocalDate from = law.manuals().inEffectOn(earliest).effective();
            List<Edition> possible = law.manuals().editions().stream()
                    .filter(e -> !e.effective().isAfter(motionDate) && !from.isAfter(e.effective()))
                    .filter(e -> !law.table().sameCells(e, tableEdition))
                    .toList();
            String since = law.table().era(tableEdition).window().from().toString();
            if (!possible.isEmpty()) {
                rules = law.withTable(law.table().agreeingWith(tableEdition, possible, "the sentencing date is not stated, and"
                        + " the sentence may have been imposed under a Manual before " + since + " whose table differs"));
            }
            trace = trace.with(() -> Step.of("Manual at sentencing", "sentencing date not stated; the Sentencing Table cells have"
                    + " been the same in every edition since " + since + (possible.isEmpty() ? "" : ", and a cell used must also"
                    + " be the same in the earlier tables the sentence may have been imposed under"), tableEdition.cite("Ch. 5, Pt. A"),
                    "table read from the " + tableEdition.label() + " edition"));
        }
        var derived = (blank == Trace.OFF ? ConvictionLimits.limits(law.statutes(), c.conviction().statutes(),
                c.conviction().offenseDate(), c.sentencing().date())
                : ConvictionLimits.derive(law.statutes(), c.conviction().statutes(), c.conviction().offenseDate(),
                        c.sentencing().date()));
        trace = trace.with(derived.trace());
        Optional<Months> minimum = c.sentencing().mandatoryMinimum().or(derived::minimum);
        Optional<Months> maximum = c.sentencing().statutoryMaximum().or(derived::maximum);
        if (c.sentencing().mandatoryMinimum().isPresent() && derived.minimum().isPresent()
                && !c.sentencing().mandatoryMinimum().equals(derived.minimum())) {
            warnings.add("sentencing.mandatory_minimum_months " + c.sentencing().mandatoryMinimum().get() + " differs from the "
                    + derived.minimum().get() + " months the statutes of conviction set without enhancement; the stated minimum is used");
        }
        Optional<MotionContext.SetAside> setAside = Optional.empty();
        if (c.sentencing().worksheet().flatMap(org.rangefinder.model.Worksheet::safetyValve).orElse(false) && minimum.isPresent()) {
            SafetyValveMinimum sv = safetyValve(c, derived, tableEdition, blank);
            minimum = sv.minimum();
            setAside = sv.setAside();
            trace = trace.with(sv.trace());
            warnings.addAll(sv.warnings());
        }
        if (minimum.isPresent() && maximum.isPresent() && minimum.get().isAfter(maximum.get())) {
            warnings.add("the statutory minimum " + minimum.get() + " is above the maximum " + maximum.get()
                    + " derived from the statutes; the derived maximum is not used");
            maximum = c.sentencing().statutoryMaximum();
        }
        StatutoryLimits limits = new StatutoryLimits(minimum, maximum);
        WorksheetFacts.Filled filled = WorksheetFacts.fill(rules, c, sentencingEdition, tableEdition, limits);
        c = filled.theCase();
        trace = trace.with(filled.trace());
        warnings.addAll(filled.warnings());
        if (setAside.isPresent() && stated.sentencing().offenseLevel().isEmpty() && c.sentencing().offenseLevel().isPresent()) {
            SafetyValveFloor floored = safetyValveFloor(c, setAside.get(), tableEdition, blank);
            c = floored.theCase();
            trace = trace.with(floored.trace());
            warnings.addAll(floored.warnings());
        }
        MotionContext ctx = new MotionContext(c, rules, motionDate, motionEdition, tableEdition, sentencingEdition, limits,
                filled.offenseLevel(), setAside, blank);

        Candidates cands = candidates(ctx, warnings);
        boolean rangeFacts = c.sentencing().offenseLevel().isPresent() || c.sentencing().guidelineRange().isPresent()
                || c.sentencing().category().isPresent() || c.sentencing().points().isPresent();
        if (c.motion().kind() != Case.MotionKind.EARLY_DISPOSITION || rangeFacts) {
            trace = trace.with(cands.step());
        }
        List<Determination.Ranges> cellRanges = new ArrayList<>(cands.cells().size());
        for (Cell cell : cands.cells()) {
            cellRanges.add(cell.ranges());
        }
        Determination.Ranges original = common(cellRanges);

        List<Outcome> outcomes = new ArrayList<>();
        List<org.rangefinder.table.UnestablishedCellException> thrown = new ArrayList<>();
        if (c.motion().kind() == Case.MotionKind.EARLY_DISPOSITION) {
            outcomes.add(EarlyDisposition.decide(ctx, original));
        } else if (c.motion().basis().isPresent()) {
            if (cands.cells().isEmpty()) {
                outcomes.add(NonAmendmentBasis.decide(ctx, null, original));
            }
            decideEach(cands, outcomes, thrown, cell -> NonAmendmentBasis.decide(ctx, cell, cell.ranges()).withTrace(cell.trace()));
        } else {
            String asked = c.motion().amendment().orElseThrow();
            int dash = asked.indexOf('-');
            String number = dash >= 0 ? asked.substring(0, dash) : asked;
            Optional<String> partAsked = dash >= 0 ? Optional.of(asked.substring(dash + 1)) : Optional.empty();
            Optional<Amendment> am = law.amendments().find(number);
            Optional<Outcome> gate = coverage(ctx, asked, am, partAsked, original);
            if (gate.isPresent()) {
                outcomes.add(gate.get());
            } else {
                List<Amendment.Part> parts = parts(am.get(), partAsked);
                SentenceReduction rule = new SentenceReduction(ctx, am.get());
                String list = law.policyStatement().on(motionDate).coveredList();
                trace = trace.with(() -> Step.of("covered amendment", "listed in " + list, motionEdition.cite(list),
                        "Amendment " + am.get().number() + (parts.isEmpty() ? "" : " Part(s) "
                                + String.join(", ", parts.stream().map(Amendment.Part::id).toList())) + ": " + am.get().summary(),
                        "effective", am.get().effective()));
                decideEach(cands, outcomes, thrown, cell -> rule.decide(cell, parts).withTrace(cell.trace()));
                otherListedAmendments(c, am.get(), motionDate).ifPresent(warnings::add);
            }
        }
        notDecidedByAnUnestablishedCell(cands, outcomes, thrown);
        exclusionsAgainstTheOffense(c).ifPresent(warnings::add);
        // only where the floor can decide: a range no candidate lowers (a career-offender range, a minimum that fixes it)
        // gives no reduction whatever took the term below it
        boolean floorCanDecide = outcomes.stream().anyMatch(o -> o.relief() != Relief.UNAVAILABLE
                || o.reasons().stream().anyMatch(r -> r.code() == ReasonCode.AT_OR_BELOW_AMENDED_MINIMUM));
        if (law.policyStatement().on(motionDate).comparable() == PolicyStatement.Comparable.SUBSTANTIAL_ASSISTANCE && floorCanDecide) {
            departuresNotStated(c, original).ifPresent(warnings::add);
        }
        return merge(ctx, outcomes, cands, trace, warnings);
    }

    /**
     * § 1B1.10(b)(1) substitutes every listed amendment, but a criminal-history amendment is decided here at the offense
     * level of sentencing (or of an earlier reduction): say so where another listed amendment that took effect after the
     * sentence may lower that level, and nothing in the case file shows it applied.
     */
    private Optional<String> otherListedAmendments(Case c, Amendment motion, java.time.LocalDate motionDate) {
        var s = c.sentencing();
        if (motion.lowers() != Amendment.Lowers.CRIMINAL_HISTORY || s.date().isEmpty() || s.offenseGuideline().isEmpty()
                || c.amended().offenseLevel().isPresent() || c.amended().guidelineRange().isPresent()
                || s.careerOffender().orElse(false)) {
            return Optional.empty();
        }
        List<String> others = new ArrayList<>();
        // an earlier order applied its amendment with every listed one that took effect before it (§ 1B1.10(b)(1))
        Optional<java.time.LocalDate> priorEffective = c.priorReduction().amendment().flatMap(n -> law.amendments().all().stream()
                .filter(x -> x.number().equalsIgnoreCase(n)).findFirst()).map(Amendment::effective);
        for (Amendment a : law.amendments().all()) {
            // an amendment whose changed text was no longer in force at sentencing (750 re-promulgated the emergency
            // Amendment 748 of Nov. 1, 2010) is already reflected in the range
            if (a.covered() && a.lowers() == Amendment.Lowers.OFFENSE_LEVEL && !s.date().get().isAfter(a.amendsTableInForceOn())
                    && a.listedFrom().map(d -> !d.isAfter(motionDate)).orElse(false)
                    && !c.priorReduction().amendment().map(a.number()::equals).orElse(false)
                    && !priorEffective.map(p -> !a.effective().isAfter(p)).orElse(false)
                    && law.amendments().mayChange(a, s.offenseGuideline().get())) {
                others.add(a.number());
            }
        }
        if (others.isEmpty()) {
            return Optional.empty();
        }
        String which = (others.size() == 1 ? "Amendment " : "Amendments ") + String.join(", ", others);
        return Optional.of(which + " (listed in § 1B1.10, effective after the sentence) may also lower the § "
                + s.offenseGuideline().get() + " offense level, and § 1B1.10(b)(1) substitutes every listed amendment; the amended"
                + " range here keeps the offense level of sentencing. If an earlier order applied it, state prior_reduction;"
                + " otherwise state amended.offense_level with it applied");
    }

    /**
     * Decides every candidate. A candidate whose decision needs a Sentencing Table cell that is not established
     * (an {@link org.rangefinder.table.UnestablishedCellException}, e.g. its amended cell in the 1987 table) gives no
     * outcome; it is kept in {@code thrown}, and {@link #notDecidedByAnUnestablishedCell} settles what that means.
     */
    private static void decideEach(Candidates cands, List<Outcome> outcomes, List<org.rangefinder.table.UnestablishedCellException> thrown,
            Function<Cell, Outcome> decide) {
        for (Cell cell : cands.cells()) {
            try {
                outcomes.add(decide.apply(cell));
            } catch (org.rangefinder.table.UnestablishedCellException x) {
                if (cands.cells().size() == 1) {
                    throw x;
                }
                thrown.add(x);
                outcomes.add(null);
            }
        }
    }

    /**
     * A cell whose range is not established (a cell of the 1987 table, or one that differs among the tables the
     * sentence may have been imposed under) stands as one candidate per range it may have been; a candidate whose
     * decision needs such a cell has no outcome. The answer stands only where it does not turn on such a cell:
     * where the established candidates alone already disagree on the relief (undetermined either way), or where
     * every candidate was decided and all agree. Otherwise it is unsupported, naming the cell. The candidates
     * without an outcome are then dropped from {@code outcomes}.
     */
    private static void notDecidedByAnUnestablishedCell(Candidates cands, List<Outcome> outcomes,
            List<org.rangefinder.table.UnestablishedCellException> thrown) {
        if (cands.uncertain().isEmpty() && thrown.isEmpty()) {
            return;
        }
        Set<Relief> establishedReliefs = new java.util.HashSet<>();
        List<Outcome> decidedOnes = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome o = outcomes.get(i);
            if (o == null) {
                continue;
            }
            decidedOnes.add(o);
            Cell cell = i < cands.cells().size() && outcomes.size() == cands.cells().size() ? cands.cells().get(i) : null;
            if (cell != null && cands.uncertain().stream().noneMatch(u -> u == cell)) {
                establishedReliefs.add(o.relief());
            }
        }
        boolean answerStands = establishedReliefs.size() > 1 || (thrown.isEmpty() && decided(decidedOnes));
        if (!answerStands) {
            throw new org.rangefinder.table.UnestablishedCellException(!thrown.isEmpty() ? thrown.getFirst().getMessage()
                    : cands.uncertainWhy());
        }
        outcomes.removeIf(Objects::isNull);
    }

    /** Every outcome gives the same relief (and, where relief is available, the same lowest term). */
    private static boolean decided(List<Outcome> outcomes) {
        Outcome first = outcomes.getFirst();
        return outcomes.stream().allMatch(o -> o.relief() == first.relief()
                && (first.relief() != Relief.AVAILABLE || o.lowest().equals(first.lowest())));
    }

    /** The original case with its worksheet level raised to the § 5C1.2(b) floor, and what was said. */
    private record SafetyValveFloor(Case theCase, Trace trace, List<String> warnings) {}

    /**
     * § 5C1.2(b): for a defendant who meets the safety-valve criteria and whose statutory minimum (set aside) is at least
     * five years, the offense level from Chapters Two and Three is not less than level 17 (safety-valve.yaml, floor).
     * Applied to an original level computed from the worksheet (a stated level is the court's finding and governs) where
     * the level form is known to be the one in force at sentencing, or the category is I (where the later range form,
     * 24-30 months, is the same floor); otherwise the level is left as computed, with a warning.
     */
    private SafetyValveFloor safetyValveFloor(Case c, MotionContext.SetAside aside, Edition edition, Trace blank) {
        var floor = law.safetyValve().levelFloor(c.sentencing().date()).filter(f -> f.reaches(aside.minimum()));
        OffenseLevel level = c.sentencing().offenseLevel().get();
        if (floor.isEmpty() || level.value() >= floor.get().level()) {
            return new SafetyValveFloor(c, blank, List.of());
        }
        var f = floor.get();
        String cite = edition.cite(f.provision());
        boolean known = c.sentencing().date().isPresent() && f.knownThrough().map(k -> !c.sentencing().date().get().isAfter(k))
                .orElse(false);
        boolean categoryI = !c.sentencing().careerOffender().orElse(false)
                && c.sentencing().category().map(x -> x == CriminalHistoryCategory.I).orElse(false);
        if (!known && !categoryI) {
            return new SafetyValveFloor(c, blank, List.of("the worksheet gives offense level " + level + ", below the level "
                    + f.level() + " that " + cite + " sets for a safety-valve defendant whose statutory minimum of "
                    + aside.minimum() + " months was set aside; the form of that floor on the sentencing date (level " + f.level()
                    + " or a range of not less than 24-30 months) is not known to the engine, so the level is used as computed"));
        }
        var s = c.sentencing();
        OffenseLevel raised = OffenseLevel.of(f.level());
        Case.Sentencing floored = new Case.Sentencing(s.date(), Optional.of(raised), s.offenseGuideline(), s.category(), s.points(),
                s.statusPoints(), s.careerOffender(), s.mandatoryMinimum(), s.statutoryMaximum(), s.guidelineRange(), s.departures(),
                s.sentence(), s.timeServed(), s.zeroPointExclusions(), s.worksheet(), s.substantialAssistanceLevels());
        Case out = c.withSentencing(floored);
        return new SafetyValveFloor(out, blank.with(() -> Step.of("safety-valve floor", "with a statutory minimum of at least five"
                + " years set aside, the offense level is not less than " + f.level(), cite, "offense level " + raised + ", not "
                + level + " (the worksheet's total)", "minimum_set_aside", aside.minimum())), List.of());
    }

    /**
     * Where the stated criminal history is more than a defendant who meets § 3553(f)(1) can have, why: before the First
     * Step Act (a sentence before Dec. 21, 2018, so a conviction before it) not more than 1 point, so category I and no
     * career offender (two prior sentences, each scored); after it (or with the date not known) not more than 4 points
     * besides 1-point offenses, which add at most 7 (§ 4A1.1(c), 4; the crime-of-violence item, 3), so not more than 11
     * points, category V at most (a career offender's category VI is not his points, so it alone shows nothing then).
     */
    private Optional<String> criminalHistoryBars(Case c) {
        var s = c.sentencing();
        int most = law.safetyValve().criterion().mostPoints(s.date());
        boolean before = most == law.safetyValve().criterion().pointsBefore();
        String rule = before ? "a defendant sentenced before " + law.safetyValve().criterion().firstStepActFrom()
                + " (First Step Act § 402) meets 18 U.S.C. § 3553(f)(1) only with not more than " + most + " criminal history point"
                : "a defendant meets 18 U.S.C. § 3553(f)(1) only with not more than " + law.safetyValve().criterion()
                        .excludingOnePointOffenses() + " criminal history points besides 1-point offenses (§ 4A1.1(c) and the"
                        + " crime-of-violence item count those up to " + SafetyValve.ONE_POINT_OFFENSES_AT_MOST + "), so not more than "
                        + most + " in all";
        if (s.points().isPresent() && s.points().get() > most) {
            return Optional.of("sentencing.criminal_history_points is " + s.points().get() + ", and " + rule);
        }
        boolean career = s.careerOffender().orElse(false);
        if (career && before) {
            return Optional.of("sentencing.career_offender is true (two prior sentences scored, so 2 points or more), and " + rule);
        }
        var cat = s.category();
        if (!career && cat.isPresent() && law.criminalHistory().lowestPoints(cat.get()) > most) {
            return Optional.of("sentencing.criminal_history_category is " + cat.get() + " (" + law.criminalHistory().lowestPoints(cat.get())
                    + " points or more), and " + rule);
        }
        return Optional.empty();
    }

    /** The statutory minimum once the safety valve has set aside those of the offenses it covers. */
    private record SafetyValveMinimum(Optional<Months> minimum, Optional<MotionContext.SetAside> setAside, Trace trace,
            List<String> warnings) {}

    /**
     * The safety valve found at sentencing (sentencing.worksheet.safety_valve): for an offense 18 U.S.C. § 3553(f)
     * covers, the court imposes the sentence under the guidelines "without regard to any statutory minimum sentence"
     * (U.S.S.G. § 5C1.2(a)), so that minimum neither fixes nor floors the range (§ 5G1.1 does not apply it), at
     * sentencing or on a motion (§ 1B1.10(b)(1) keeps the finding). The minimum of any other offense stands (18 U.S.C.
     * § 924(c), § 924(e), ...). Which offenses, and from when, is data (safety-valve.yaml, minimum_set_aside).
     * A minimum derived from the statutes is the highest of those not set aside. A stated minimum (the minimum the
     * offenses carry, docs/case-file.md) is set aside only when every statute of conviction cited is covered; when the
     * record does not show that, it is used as stated, with a warning (the engine does not guess where it came from).
     */
    private SafetyValveMinimum safetyValve(Case c, ConvictionLimits.Derived derived, Edition edition, Trace blank) {
        var sv = law.safetyValve();
        Optional<LocalDate> offense = c.conviction().offenseDate();
        Optional<LocalDate> sentenced = c.sentencing().date();
        String statute = sv.provision();
        String guideline = edition.cite(sv.guideline());
        List<String> warnings = new ArrayList<>();
        Optional<Months> stated = c.sentencing().mandatoryMinimum();
        Optional<String> barred = criminalHistoryBars(c).map(b -> b + "; the record contradicts itself, so no statutory minimum"
                + " is set aside (" + statute + "(1); " + edition.cite("§ 5C1.2(a)(1)") + ")")
                .or(() -> sv.firearmConviction(c.conviction().statutes()).map(f -> "the conviction under " + f.getKey()
                        + " is for a firearm used, carried or possessed in relation to a crime of violence or drug trafficking"
                        + " crime; in connection with the drug offense " + f.getValue().criterion() + " rules the safety valve"
                        + " out, and the record does not show otherwise, so no statutory minimum is set aside ("
                        + f.getValue().criterion() + "; " + edition.cite("§ 5C1.2(a)(2)") + ")"));
        if (barred.isPresent()) {
            warnings.add("sentencing.worksheet.safety_valve is true, but " + barred.get());
            return new SafetyValveMinimum(stated.or(derived::minimum), Optional.empty(), blank, warnings);
        }
        if (stated.isPresent()) {
            List<String> cited = c.conviction().statutes();
            List<String> notShown = new ArrayList<>();
            for (String s : cited) {
                Optional<String> section = org.rangefinder.statute.Citation.parse(s).map(org.rangefinder.statute.Citation::sectionKey);
                var coverage = section.map(k -> sv.covers(k, offense, sentenced)).orElse(SafetyValve.Coverage.NOT_COVERED);
                if (coverage != SafetyValve.Coverage.COVERED) {
                    notShown.add(s + (coverage == SafetyValve.Coverage.NOT_KNOWN ? " (covered only for a conviction or sentence"
                            + " after a date the record does not show)" : ""));
                }
            }
            if (!cited.isEmpty() && notShown.isEmpty()) {
                warnings.add("sentencing.mandatory_minimum_months " + stated.get() + " is set aside: the safety valve applied"
                        + " (sentencing.worksheet.safety_valve) and every statute of conviction is an offense " + statute
                        + " covers, so the sentence is imposed under the guidelines without regard to the statutory minimum ("
                        + guideline + ")");
                var aside = new MotionContext.SetAside(stated.get(), String.join(", ", cited), List.of(statute, guideline));
                return new SafetyValveMinimum(Optional.empty(), Optional.of(aside), blank.with(() -> Step.of("safety valve: statutory minimum set"
                                + " aside", "for an offense § 3553(f) covers, the guideline sentence without regard to any"
                                + " statutory minimum", statute + "; " + guideline, "no statutory minimum applies (the stated "
                                + stated.get() + " months is set aside)", "statutes", cited)), warnings);
            }
            warnings.add("sentencing.worksheet.safety_valve is true, but the record does not show that the stated minimum of "
                    + stated.get() + " months is for an offense " + statute + " covers (" + sv.coveredSections() + "): "
                    + (cited.isEmpty() ? "conviction.statutes is not stated" : "not shown for " + String.join(", ", notShown))
                    + "; the stated minimum is used. If it is the minimum of such an offense, the safety valve set it aside ("
                    + guideline + "): state conviction.statutes");
            return new SafetyValveMinimum(stated, Optional.empty(), blank, warnings);
        }
        Optional<Months> kept = Optional.empty();
        Optional<ConvictionLimits.CountMinimum> highestSetAside = Optional.empty();
        List<String> setAside = new ArrayList<>();
        List<String> stands = new ArrayList<>();
        for (ConvictionLimits.CountMinimum m : derived.minimums()) {
            var coverage = sv.covers(m.section(), offense, sentenced);
            if (coverage == SafetyValve.Coverage.COVERED) {
                setAside.add(m.statute() + " " + m.minimum());
                if (highestSetAside.isEmpty() || m.minimum().isAfter(highestSetAside.get().minimum())) {
                    highestSetAside = Optional.of(m);
                }
                continue;
            }
            stands.add(m.statute() + " " + m.minimum());
            if (coverage == SafetyValve.Coverage.NOT_KNOWN) {
                warnings.add("the safety valve sets aside the minimum of " + m.statute() + " only for a conviction or sentence"
                        + " after a date the record does not show; its minimum of " + m.minimum() + " months is used");
            } else if (sv.lists(m.section())) {
                warnings.add("sentencing.worksheet.safety_valve is true, but " + statute + " did not yet reach this sentence ("
                        + sv.coveredSections() + "); the minimum of " + m.minimum() + " months of " + m.statute() + " stands");
            }
            if (kept.isEmpty() || m.minimum().isAfter(kept.get())) {
                kept = Optional.of(m.minimum());
            }
        }
        Optional<Months> minimum = kept;
        // what was set aside matters only where it was above every minimum that stands
        Optional<MotionContext.SetAside> aside = highestSetAside.filter(h -> minimum.map(h.minimum()::isAfter).orElse(true))
                .map(h -> new MotionContext.SetAside(h.minimum(), h.statute(), List.of(statute, guideline)));
        return new SafetyValveMinimum(minimum, aside, setAside.isEmpty() ? blank : blank.with(() -> Step.of("safety valve: statutory"
                        + " minimum set aside", "for an offense § 3553(f) covers, the guideline sentence without regard to any"
                        + " statutory minimum; the minimum of any other offense stands", statute + "; " + guideline,
                minimum.map(x -> "statutory minimum " + x + " (of the offenses the safety valve does not cover)")
                        .orElse("no statutory minimum applies"),
                "set_aside", String.join("; ", setAside), "stands", stands.isEmpty() ? null : String.join("; ", stands))), warnings);
    }

    /** Stated § 4C1.1(a) exclusions that leave out one the offense of conviction shows: the stated finding is used. */
    private static Optional<String> exclusionsAgainstTheOffense(Case c) {
        var stated = c.sentencing().zeroPointExclusions();
        if (stated.isEmpty() || !c.motion().amendment().map(a -> a.startsWith("821")).orElse(false)) {
            return Optional.empty();
        }
        var shown = SentenceReduction.shownByOffense(c.conviction().offense());
        if (stated.get().containsAll(shown)) {
            return Optional.empty();
        }
        return Optional.of("sentencing.zero_point_exclusions leaves out " + String.join(", ", shown.stream()
                .filter(x -> !stated.get().contains(x)).map(x -> org.rangefinder.io.Reader.word(x)).sorted().toList())
                + ", which a " + org.rangefinder.io.Reader.word(c.conviction().offense().orElseThrow()) + " offense usually"
                + " shows (U.S.S.G. § 4C1.1(a)); the stated finding is used");
    }

    /**
     * A term below the range with {@code sentencing.departures} absent, under a policy statement that
     * allows a comparable reduction only after a substantial-assistance motion: the engine does not guess
     * one, so the floor is the amended minimum (§ 1B1.10(b)(2)(A)); say what such a motion would change
     * (the caller asks only where a floor can decide the motion: not where no candidate's range is lowered).
     */
    private static Optional<String> departuresNotStated(Case c, Determination.Ranges original) {
        var s = c.sentencing();
        if (c.motion().kind() != Case.MotionKind.SENTENCE_REDUCTION || c.motion().basis().isPresent()
                || s.departures().isPresent() || s.sentence().isEmpty() || original.applicableRange().isEmpty()
                || !s.sentence().get().isBefore(original.applicableRange().get().min())) {
            return Optional.empty();
        }
        return Optional.of("sentencing.departures is not stated, and the term of " + s.sentence().get() + " months is below"
                + " the range minimum of " + (original.applicableRange().get().min().isLife() ? "life imprisonment"
                        : original.applicableRange().get().min() + " months") + ": no departure is assumed, so"
                + " the lowest permitted term is the amended range's minimum (U.S.S.G. § 1B1.10(b)(2)(A)); if a Government"
                + " motion for substantial assistance took the term below the range, a comparably lower term may be"
                + " permitted (§ 1B1.10(b)(2)(B)): state sentencing.departures");
    }

    // ---- coverage under § 1B1.10(d) (from 1994 to 2014: (c)) ----

    private Optional<Outcome> coverage(MotionContext ctx, String asked, Optional<Amendment> am, Optional<String> partAsked,
            Determination.Ranges original) {
        String text = null;
        String list = law.policyStatement().on(ctx.motionDate()).coveredList();
        if (am.isEmpty()) {
            text = "Amendment " + asked + " is not listed in " + list + " as in force on " + org.rangefinder.explain.Dates.prose(ctx.motionDate())
                    + ", so it cannot support a reduction under 18 U.S.C. § 3582(c)(2).";
        } else if (!am.get().covered()) {
            text = "Amendment " + am.get().number() + " (" + am.get().summary() + ", effective " + org.rangefinder.explain.Dates.prose(am.get().effective())
                    + ") is not listed in " + list + "; the Commission did not make it retroactive.";
        } else if (!am.get().coveredOn(ctx.motionDate())) {
            text = "Amendment " + am.get().number() + " was not yet listed in " + list + " on " + org.rangefinder.explain.Dates.prose(ctx.motionDate())
                    + " (listed from " + org.rangefinder.explain.Dates.prose(am.get().listedFrom().orElseThrow()) + ").";
        } else if (partAsked.isPresent()) {
            String id = partAsked.get().toUpperCase(Locale.ROOT);
            Optional<Amendment.Part> part = am.get().part(id).or(() -> am.get().part(id + "1"));
            if (part.isEmpty()) {
                text = "Amendment " + am.get().number() + " has no Part " + id + " in the engine's data.";
            } else if (!part.get().covered()) {
                text = "Amendment " + am.get().number() + " Part " + part.get().id() + " (" + part.get().summary()
                        + ") is not among the parts " + list + " lists.";
            }
        }
        if (text == null) {
            return Optional.empty();
        }
        ReasonCatalog catalog = ctx.reasons();
        String cite = ctx.motionEdition().cite(list);
        Trace t = ctx.blank().with(() -> Step.of("covered amendment?", "only amendments listed in " + list, cite, "not covered",
                "amendment", asked));
        return Optional.of(Outcome.unavailable(original, Determination.Ranges.UNKNOWN, List.of(
                catalog.specific(ReasonCode.NOT_A_COVERED_AMENDMENT, text, ctx.motionEdition().cite(
                        law.policyStatement().section(ctx.motionDate(), "§ 1B1.10(a)(2)(A)")), cite)),
                t));
    }

    private static List<Amendment.Part> parts(Amendment am, Optional<String> partAsked) {
        if (partAsked.isPresent()) {
            String id = partAsked.get().toUpperCase(Locale.ROOT);
            return List.of(am.part(id).or(() -> am.part(id + "1")).orElseThrow());
        }
        List<Amendment.Part> covered = new ArrayList<>(am.parts().size());
        for (Amendment.Part p : am.parts()) {
            if (p.covered()) {
                covered.add(p);
            }
        }
        return covered;
    }

    // ---- candidates: every original cell consistent with the facts ----

    /** {@code uncertain}: the candidates made from a cell whose range is not established, and why (the first such cell). */
    private record Candidates(List<Cell> cells, boolean levelStated, boolean categoryStated, Supplier<Step> step,
            List<Cell> uncertain, String uncertainWhy) {}

    private Candidates candidates(MotionContext ctx, List<String> warnings) {
        Case.Sentencing s = ctx.sentencing();
        Edition e = ctx.tableEdition();
        Optional<CriminalHistoryCategory> category = s.category();
        if (s.points().isPresent()) {
            CriminalHistoryCategory fromPoints = law.criminalHistory().categoryFor(s.points().get());
            if (category.isPresent() && category.get() != fromPoints && !ctx.careerOffender()) {
                warnings.add("sentencing.criminal_history_category " + category.get() + " disagrees with "
                        + s.points().get() + " criminal history points (category " + fromPoints + "); the stated category is used");
            } else if (category.isEmpty() && !ctx.careerOffender()) {
                category = Optional.of(fromPoints);
            }
        }
        var amended = ctx.amended();
        if (amended.category().isPresent() && amended.points().isPresent()
                && law.criminalHistory().categoryFor(amended.points().get()) != amended.category().get()) {
            warnings.add("amended.criminal_history_category " + amended.category().get() + " disagrees with "
                    + amended.points().get() + " amended criminal history points (category "
                    + law.criminalHistory().categoryFor(amended.points().get()) + "); the stated category is used");
        }
        if (ctx.careerOffender()) {
            category = Optional.of(CriminalHistoryCategory.VI);
        }
        // before Amendment 821 Part A no listed amendment changed the criminal history category: the amended range of a
        // § 3582(c)(2) motion keeps the original one (§ 1B1.10(b)(1)), whatever category the record states after it
        Optional<CriminalHistoryCategory> statedAfter = amended.category().or(() -> amended.points().map(law.criminalHistory()::categoryFor));
        if (statedAfter.isPresent() && ctx.theCase().motion().amendment().isPresent()
                && !law.amendments().criminalHistoryListedOn(ctx.motionDate())
                && category.map(o -> o != statedAfter.get()).orElse(true)) {
            String list = law.policyStatement().on(ctx.motionDate()).coveredList();
            warnings.add((amended.category().isPresent() ? "amended.criminal_history_category " + statedAfter.get()
                    : "amended.criminal_history_points " + amended.points().get() + " (category " + statedAfter.get() + ")")
                    + " is not used: no amendment listed in " + list + " on " + ctx.motionDate() + " changes the criminal history"
                    + " category, and U.S.S.G. § 1B1.10(b)(1) leaves every guideline application other than the amendment's"
                    + " unaffected; the original category governs");
        }
        List<OffenseLevel> levels = new ArrayList<>();
        for (int l = OffenseLevel.LOWEST; l <= OffenseLevel.HIGHEST; l++) {
            if (s.offenseLevel().isEmpty() || s.offenseLevel().get().value() == l) {
                levels.add(OffenseLevel.of(l));
            }
        }
        List<CriminalHistoryCategory> cats = category.map(List::of).orElse(List.of(CriminalHistoryCategory.values()));
        List<Cell> all = new ArrayList<>();
        var sentencingTable = ctx.law().table();
        // a cell whose range is not established stands as one candidate per range it may have been
        List<Cell> uncertain = new ArrayList<>();
        for (OffenseLevel l : levels) {
            for (CriminalHistoryCategory cat : cats) {
                List<MonthRange> possible = sentencingTable.possibleRanges(e, l, cat);
                for (MonthRange table : possible) {
                    ApplicableRange.Result ar = ApplicableRange.apply(e, table, ctx.limits(), ctx.blank());
                    Trace t = ctx.blank().with(() -> Step.of("original table range", "the cell for the offense level and category",
                            e.cite("Ch. 5, Pt. A"), table.prose() + (possible.size() > 1 ? " (one of the ranges this cell may have"
                                    + " been: " + String.join(", ", possible.stream().map(MonthRange::toString).toList()) + ")"
                                    : ""), "offense_level", l, "category", cat)).with(ar.trace());
                    Cell cell = new Cell(l, cat, table, ar.range(), ar.subsection(), ctx.limits(), t);
                    all.add(cell);
                    if (possible.size() > 1) {
                        uncertain.add(cell);
                    }
                }
            }
        }
        List<Cell> cells = all;
        if (s.guidelineRange().isPresent()) {
            MonthRange stated = s.guidelineRange().get();
            List<Cell> matching = new ArrayList<>();
            for (Cell x : all) {
                if (x.tableRange().equals(stated) || x.applicableRange().equals(stated)) {
                    matching.add(x);
                }
            }
            if (matching.isEmpty()) {
                warnings.add("sentencing.guideline_range " + stated + " is neither the Sentencing Table cell nor the range"
                        + " after the statutory limits for the stated facts" + (all.size() == 1 ? " (computed: table "
                        + all.getFirst().tableRange() + ", applicable " + all.getFirst().applicableRange() + ")" : "")
                        + "; the computed range is used");
            } else {
                cells = matching;
            }
        }
        List<Cell> chosen = cells;
        Optional<CriminalHistoryCategory> cat = category;
        Supplier<Step> step = () -> Step.of("original cells consistent with the record", "every stated fact must hold; an"
                        + " answer is given only where all candidates agree", e.cite("Ch. 5, Pt. A"), describe(chosen),
                "offense_level", s.offenseLevel().map(String::valueOf).orElse("not stated"),
                "category", cat.map(Enum::name).orElse("not stated"),
                "guideline_range", s.guidelineRange().map(String::valueOf).orElse("not stated"));
        List<Cell> chosenUncertain = uncertain.stream().filter(u -> chosen.stream().anyMatch(x -> x == u)).toList();
        String why = null;
        if (!chosenUncertain.isEmpty()) {
            try {
                sentencingTable.range(e, chosenUncertain.getFirst().level(), chosenUncertain.getFirst().category());
            } catch (org.rangefinder.table.UnestablishedCellException x) {
                why = x.getMessage();
            }
        }
        return new Candidates(cells, s.offenseLevel().isPresent(), category.isPresent(), step, chosenUncertain, why);
    }

    private static String describe(List<Cell> cells) {
        return cells.size() == 1
                ? "level " + cells.getFirst().level() + ", category " + cells.getFirst().category()
                : cells.size() + " cells (" + String.join(", ", cells.stream().limit(8)
                        .map(x -> x.level() + "/" + x.category()).toList()) + (cells.size() > 8 ? ", ..." : "") + ")";
    }

    // ---- merging candidates ----

    private Determination merge(MotionContext ctx, List<Outcome> outcomes, Candidates cands, Trace trace, List<String> warnings) {
        Outcome first = outcomes.getFirst();
        Set<Relief> reliefs = new LinkedHashSet<>();
        List<Determination.Ranges> originals = new ArrayList<>(outcomes.size());
        List<Determination.Ranges> amendeds = new ArrayList<>(outcomes.size());
        for (Outcome o : outcomes) {
            reliefs.add(o.relief());
            originals.add(o.original());
            amendeds.add(o.amended());
        }
        Determination.Ranges original = common(originals);
        Determination.Ranges amended = common(amendeds);
        // what the rules found wrong with the record, where every candidate finds it
        for (String w : first.warnings()) {
            if (!warnings.contains(w) && outcomes.stream().allMatch(o -> o.warnings().contains(w))) {
                warnings.add(w);
            }
        }
        Optional<org.rangefinder.model.Months> lowest = same(outcomes, Outcome::lowest);
        Optional<LocalDate> effective = same(outcomes, Outcome::orderEffectiveFrom);
        List<Reason> reasons = new ArrayList<>();
        Relief relief;
        if (outcomes.size() > 1) {
            trace = trace.with(() -> Step.of("candidates compared", "answer only what every candidate gives",
                    ctx.tableEdition().cite("Ch. 5, Pt. A"), reliefs.size() == 1 ? "all " + outcomes.size()
                            + " candidates agree: " + first.relief().word() : "candidates disagree",
                    "candidates", outcomes.size()));
        }
        if (reliefs.size() == 1) {
            relief = first.relief();
            Set<ReasonCode> added = new java.util.HashSet<>();
            for (Reason r : first.reasons()) {
                if (!added.add(r.code())) {
                    continue;
                }
                boolean everywhere = true;
                boolean identical = true;
                for (Outcome o : outcomes) {
                    Reason same = withCode(o.reasons(), r.code());
                    everywhere &= same != null;
                    identical &= same != null && same.equals(r);
                }
                if (everywhere) {
                    reasons.add(identical ? r : ctx.reasons().general(r.code()));
                }
            }
            Set<String> missing = new LinkedHashSet<>();
            outcomes.forEach(o -> missing.addAll(o.missing()));
            if (relief == Relief.AVAILABLE && lowest.isEmpty() && outcomes.stream().anyMatch(o -> o.lowest().isPresent())) {
                missing.addAll(missingCellFacts(cands));
                reasons.add(ctx.reasons().specific(ReasonCode.INSUFFICIENT_FACTS, () -> "Relief is available for every offense level"
                        + " and category the record allows, but the lowest permitted term differs among them; it depends on "
                        + String.join(", ", missing) + "."));
            }
            if (outcomes.size() > 1) {
                // no fact fixes the cell: no candidate's steps are shown as if they were the defendant's, only those every
                // candidate shares (with the inputs they share)
                Trace shared = sharedSteps(outcomes);
                trace = trace.with(() -> Step.of("steps every candidate shares", "the steps below hold for every candidate;"
                                + " those that differ among them are left out", ctx.tableEdition().cite("Ch. 5, Pt. A"),
                        shared.steps().size() == first.trace().steps().size()
                                ? "all " + shared.steps().size() + " steps, with the inputs every candidate reads alike"
                                : shared.steps().size() + " of " + first.trace().steps().size() + " steps; those that depend on"
                                        + " the cell are left out"));
                trace = trace.with(shared);
            } else {
                trace = trace.with(first.trace());
            }
        } else {
            relief = Relief.UNDETERMINED;
            Set<String> missing = new LinkedHashSet<>();
            outcomes.forEach(o -> missing.addAll(o.missing()));
            missing.addAll(missingCellFacts(cands));
            List<String> answers = new ArrayList<>();
            for (Relief r : reliefs) {
                long n = outcomes.stream().filter(o -> o.relief() == r).count();
                answers.add(r.word() + " for " + n);
            }
            reasons.add(ctx.reasons().specific(ReasonCode.INSUFFICIENT_FACTS, () -> "The answer depends on facts the case file does"
                    + " not state: " + String.join(", ", missing) + ". Of the " + outcomes.size() + " offense level and"
                    + " category combinations consistent with the record, relief is " + String.join(", ", answers) + "."));
        }
        if (reasons.isEmpty()) {
            reasons.add(ctx.reasons().general(relief == Relief.UNAVAILABLE ? ReasonCode.RANGE_NOT_LOWERED : ReasonCode.INSUFFICIENT_FACTS));
        }
        return new Determination(relief, original.isEmpty() ? Optional.empty() : Optional.of(original),
                amended.isEmpty() ? Optional.empty() : Optional.of(amended), relief == Relief.AVAILABLE ? lowest : Optional.empty(),
                relief == Relief.AVAILABLE ? effective : Optional.empty(), reasons, warnings, trace, ctx.motionDate(),
                ctx.sentencingEdition().map(Edition::date), ctx.motionEdition().date());
    }

    /**
     * The steps of the first outcome that every other outcome also took (same step, rule, citation and result), each with
     * only the inputs all of them read alike.
     */
    static Trace sharedSteps(List<Outcome> outcomes) {
        Trace first = outcomes.getFirst().trace();
        if (first.steps().isEmpty()) {
            return first;
        }
        List<List<Step>> others = new ArrayList<>(outcomes.size() - 1);
        for (Outcome o : outcomes.subList(1, outcomes.size())) {
            others.add(new ArrayList<>(o.trace().steps()));
        }
        Trace out = Trace.EMPTY;
        for (Step s : first.steps()) {
            java.util.Map<String, String> inputs = new java.util.LinkedHashMap<>(s.inputs());
            boolean everywhere = true;
            for (List<Step> steps : others) {
                Step match = null;
                for (Step x : steps) {
                    if (x.step().equals(s.step()) && x.rule().equals(s.rule()) && x.citation().equals(s.citation())
                            && x.result().equals(s.result())) {
                        match = x;
                        break;
                    }
                }
                if (match == null) {
                    everywhere = false;
                    break;
                }
                steps.remove(match);
                Step m = match;
                inputs.entrySet().removeIf(e -> !e.getValue().equals(m.inputs().get(e.getKey())));
            }
            if (everywhere) {
                out = out.with(new Step(s.step(), s.rule(), s.citation(), inputs, s.result()));
            }
        }
        return out;
    }

    private static List<String> missingCellFacts(Candidates cands) {
        List<String> m = new ArrayList<>();
        if (!cands.levelStated()) {
            m.add("sentencing.offense_level");
        }
        if (!cands.categoryStated()) {
            m.add("sentencing.criminal_history_category");
        }
        return m;
    }

    private static Reason withCode(List<Reason> reasons, ReasonCode code) {
        for (Reason r : reasons) {
            if (r.code() == code) {
                return r;
            }
        }
        return null;
    }

    private static <T> Optional<T> same(List<Outcome> outcomes, Function<Outcome, Optional<T>> f) {
        Optional<T> v = f.apply(outcomes.getFirst());
        for (Outcome o : outcomes) {
            if (!f.apply(o).equals(v)) {
                return Optional.empty();
            }
        }
        return v;
    }

    /** The parts of the ranges that every candidate agrees on. */
    static Determination.Ranges common(List<Determination.Ranges> all) {
        if (all.size() <= 1) {
            return all.isEmpty() ? Determination.Ranges.UNKNOWN : all.getFirst();
        }
        Determination.Ranges f = all.getFirst();
        return new Determination.Ranges(
                agree(all, Determination.Ranges::offenseLevel, f),
                agree(all, Determination.Ranges::category, f),
                agree(all, Determination.Ranges::tableRange, f),
                agree(all, Determination.Ranges::applicableRange, f));
    }

    private static <T> Optional<T> agree(List<Determination.Ranges> all, Function<Determination.Ranges, Optional<T>> f,
            Determination.Ranges first) {
        Optional<T> v = f.apply(first);
        return all.stream().allMatch(r -> Objects.equals(f.apply(r), v)) ? v : Optional.empty();
    }
}
