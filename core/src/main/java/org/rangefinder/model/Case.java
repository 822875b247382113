package org.rangefinder.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One sentenced defendant and one motion, as the case file states them. Every fact is optional:
 * an absent fact is unknown, never guessed.
 */
public record Case(
        Optional<String> caption,
        Optional<String> court,
        Optional<String> docket,
        Conviction conviction,
        Sentencing sentencing,
        Motion motion,
        Amended amended,
        PriorReduction priorReduction) {

    /** A case without an earlier § 3582(c)(2) reduction stated. */
    public Case(Optional<String> caption, Optional<String> court, Optional<String> docket, Conviction conviction,
            Sentencing sentencing, Motion motion, Amended amended) {
        this(caption, court, docket, conviction, sentencing, motion, amended, PriorReduction.NONE);
    }

    /** The same case with other sentencing facts. */
    public Case withSentencing(Sentencing s) {
        return new Case(caption, court, docket, conviction, s, motion, amended, priorReduction);
    }

    /** How the conviction came about. */
    public enum Disposition {
        PLEA, PLEA_11C1C, TRIAL
    }

    /** The kind of offense, as far as the motion rules need it. */
    public enum OffenseKind {
        ILLEGAL_REENTRY, DRUG_TRAFFICKING, FIREARMS, FRAUD, SEX_OFFENSE, IMMIGRATION_OTHER, OTHER
    }

    /** What moved the sentence below or above the range at sentencing. */
    public enum Departure {
        SUBSTANTIAL_ASSISTANCE, EARLY_DISPOSITION, VARIANCE, OTHER_DEPARTURE
    }

    /** The motion: a § 3582(c)(2) sentence reduction, or a defendant's own early-disposition request. */
    public enum MotionKind {
        SENTENCE_REDUCTION, EARLY_DISPOSITION
    }

    /** What a motion relies on when it is not a guideline amendment. */
    public enum Basis {
        FAST_TRACK_PROGRAM, FAIR_SENTENCING_ACT, FIRST_STEP_ACT, OTHER
    }

    public record Conviction(
            Optional<Disposition> disposition,
            List<String> statutes,
            Optional<OffenseKind> offense,
            Optional<LocalDate> offenseDate,
            Optional<Boolean> pleaAgreementUsesRange) {

        public static final Conviction UNKNOWN = new Conviction(Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                Optional.empty());

        public Conviction {
            statutes = List.copyOf(statutes);
        }
    }

    public record Sentencing(
            Optional<LocalDate> date,
            Optional<OffenseLevel> offenseLevel,
            Optional<String> offenseGuideline,
            Optional<CriminalHistoryCategory> category,
            Optional<Integer> points,
            Optional<Integer> statusPoints,
            Optional<Boolean> careerOffender,
            Optional<Months> mandatoryMinimum,
            Optional<Months> statutoryMaximum,
            Optional<MonthRange> guidelineRange,
            Optional<Set<Departure>> departures,
            Optional<Months> sentence,
            Optional<Months> timeServed,
            Optional<Set<ZeroPointExclusion>> zeroPointExclusions,
            Optional<Worksheet> worksheet,
            Optional<Integer> substantialAssistanceLevels) {

        public Sentencing {
            departures = departures.map(Case::inOrder);
            zeroPointExclusions = zeroPointExclusions.map(Case::inOrder);
        }
    }

    public record Motion(
            MotionKind kind,
            Optional<String> amendment,
            Optional<Basis> basis,
            Optional<Boolean> governmentMotion,
            Optional<LocalDate> filed,
            Optional<LocalDate> date) {}

    public record Amended(
            Optional<MonthRange> guidelineRange,
            Optional<OffenseLevel> offenseLevel,
            Optional<CriminalHistoryCategory> category,
            Optional<Integer> points,
            Optional<Integer> statusPoints) {

        public static final Amended NONE = new Amended(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /**
     * An earlier order under 18 U.S.C. § 3582(c)(2) that reduced the term now being served: the amendment it applied,
     * its date, and the amended guideline range it applied (the range the term being served rests on).
     */
    public record PriorReduction(
            Optional<String> amendment,
            Optional<LocalDate> date,
            Optional<MonthRange> guidelineRange) {
        public static final PriorReduction NONE = new PriorReduction(Optional.empty(), Optional.empty(), Optional.empty());

        /** Whether the case file states an earlier reduction at all. */
        public boolean stated() {
            return amendment.isPresent() || date.isPresent() || guidelineRange.isPresent();
        }
    }

    /**
     * An unmodifiable copy that iterates in the order the constants are declared, so that every text listing
     * them is the same on every run ({@code Set.copyOf} iterates in an order that changes from run to run).
     */
    static <E extends Enum<E>> Set<E> inOrder(Set<E> s) {
        return s.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(s));
    }
}
