package org.rangefinder.motion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rangefinder.explain.Step;
import org.rangefinder.explain.Trace;
import org.rangefinder.io.Reader;
import org.rangefinder.model.Case;

/**
 * A defendant's own request for an early-disposition ("fast-track") reduction: U.S.S.G. § 5K3.1
 * (2003-10-27 to 2025-10-31) or § 3F1.1 (from 2025-11-01) allow it only on the Government's motion
 * under an authorized program; programs reward an early plea; and an imposed term can be modified
 * only as 18 U.S.C. § 3582(c) allows.
 */
final class EarlyDisposition {

    private EarlyDisposition() {}

    static Outcome decide(MotionContext ctx, Determination.Ranges original) {
        ReasonCatalog catalog = ctx.reasons();
        Case c = ctx.theCase();
        LocalDate when = c.sentencing().date().orElse(ctx.motionDate());
        var provision = ctx.law().earlyDisposition().on(when);
        var current = ctx.law().earlyDisposition().on(ctx.motionDate());
        List<Reason> reasons = new ArrayList<>();
        Trace t = ctx.blank();
        String provisionName = provision.or(() -> current).map(p -> p.provision()).orElse("§ 5K3.1");
        var edition = provision.isPresent() ? ctx.sentencingEdition().orElse(ctx.motionEdition()) : ctx.motionEdition();
        t = t.with(() -> Step.of("early-disposition provision", "the guideline in force", edition.cite(provisionName),
                provision.or(() -> current).map(p -> p.provision() + " (Amendment " + p.amendment() + ", " + p.window() + ")")
                        .orElse("none in force on " + when),
                "date", when));
        boolean govMotion = c.motion().governmentMotion().orElse(false);
        if (!govMotion) {
            var p = provision.or(() -> current);
            reasons.add(catalog.specific(ReasonCode.GOVERNMENT_MOTION_REQUIRED, () -> "Under " + provisionName + " the court may"
                    + " decrease the offense level for early disposition only upon motion of the Government, under a program"
                    + " authorized by the Attorney General and the United States Attorney for the district"
                    + (c.motion().governmentMotion().isPresent() ? "; the Government has made no such motion."
                            : "; no Government motion is stated, and the defendant cannot make it.")
                    + " Whether to offer a fast-track disposition is for the United States Attorney.",
                    edition.cite(provisionName), p.map(x -> x.statute()).orElseGet(() -> programStatute(ctx))));
            t = t.with(() -> Step.of("Government motion", "required", edition.cite(provisionName),
                    "none", "government_motion", c.motion().governmentMotion().map(String::valueOf).orElse("not stated")));
        }
        if (c.conviction().disposition().orElse(null) == Case.Disposition.TRIAL) {
            reasons.add(catalog.specific(ReasonCode.NO_EARLY_PLEA, () -> "The defendant did not plead guilty but was convicted after"
                    + " a trial; early-disposition programs exist to reward a prompt guilty plea and the waiver of trial rights,"
                    + " which a defendant who went to trial did not give.", edition.cite(provisionName)));
            t = t.with(() -> Step.of("early plea", "programs reward a prompt plea", edition.cite(provisionName), "conviction at trial"));
        }
        // A term is imposed before the motion when it was imposed on an earlier day, or when a term is stated
        // without a sentencing date (the term being served). A request decided on the sentencing date itself is
        // decided at the sentencing hearing, where § 5K3.1 operates, before judgment (Rosales-Gonzales).
        boolean imposed = c.sentencing().date().map(d -> d.isBefore(ctx.motionDate()))
                .orElse(c.sentencing().sentence().isPresent());
        boolean atSentencing = c.sentencing().date().map(d -> d.equals(ctx.motionDate())).orElse(false);
        if (atSentencing) {
            t = t.with(() -> Step.of("decided at sentencing", "a departure is part of imposing the sentence",
                    edition.cite(provisionName), "no term imposed before the motion", "sentencing_date",
                    c.sentencing().date().get(), "motion_date", ctx.motionDate()));
        }
        if (imposed) {
            reasons.add(catalog.specific(ReasonCode.NO_AUTHORITY_TO_MODIFY, () -> "The sentence"
                    + c.sentencing().sentence().map(s -> " of " + s.asTerm()).orElse("")
                    + c.sentencing().date().map(d -> " was imposed on " + d).orElse(" has been imposed")
                    + "; a court may modify an imposed term only as 18 U.S.C. § 3582(c) allows, and an early-disposition"
                    + " departure is not among those grounds (nor is it an amendment listed in "
                    + ctx.law().policyStatement().on(ctx.motionDate()).coveredList() + ")."));
        }
        if (reasons.isEmpty() && provision.isEmpty() && current.isEmpty()) {
            throw new org.rangefinder.law.UnsupportedQuestionException("no early-disposition guideline was in force on " + when
                    + " (§ 5K3.1 had not yet taken effect); a fast-track departure before it rested on § 5K2.0 and the"
                    + " law of the circuit, which Rangefinder does not model");
        }
        Optional<Reason> noProgram = govMotion ? programFacts(ctx, when) : Optional.empty();
        if (!govMotion) {
            // the request fails for want of a Government motion; what the registry says of the district's programs is a
            // further ground courts give, stated as what the registry records
            withoutGovernmentMotion(ctx, when).ifPresent(reasons::add);
        }
        List<String> missing = List.of();
        Relief relief;
        if (reasons.isEmpty() && noProgram.isPresent()) {
            // the Government's motion presupposes a program, and the registry is known to be incomplete
            relief = Relief.UNDETERMINED;
            missing = List.of("whether an authorized early-disposition program covered the offense in the district");
            reasons.add(noProgram.get());
            reasons.add(catalog.specific(ReasonCode.INSUFFICIENT_FACTS, () -> "The Government has moved, which it may do only"
                    + " under an authorized program; the engine's registry does not list every program (programs for"
                    + " offenses other than illegal reentry were approved in districts no public source names), so whether"
                    + " one covered the offense decides the motion.", edition.cite(provisionName)));
        } else if (reasons.isEmpty() && noProgram.isEmpty() && c.sentencing().date().isEmpty() && c.sentencing().sentence().isEmpty()) {
            // an absent key is an unknown fact: nothing says whether a term has been imposed, and after one is the
            // request fails (NO_AUTHORITY_TO_MODIFY), so it cannot be taken as made before sentencing
            relief = Relief.UNDETERMINED;
            missing = List.of("sentencing.date");
            reasons.add(catalog.specific(ReasonCode.INSUFFICIENT_FACTS, () -> "The Government has moved under " + provisionName
                    + ", but the case file does not say whether a term has been imposed (neither sentencing.date nor"
                    + " sentencing.sentence_months is stated): the departure is given when the sentence is imposed, and an"
                    + " imposed term may be modified only as 18 U.S.C. § 3582(c) allows, which has no early-disposition ground."
                    + " Give sentencing.date (the motion date if the request is decided at sentencing).",
                    edition.cite(provisionName)));
            t = t.with(() -> Step.of("term imposed?", "a departure is part of imposing the sentence", edition.cite(provisionName),
                    "not known: sentencing.date and sentencing.sentence_months are not stated"));
        } else {
            // noProgram is present here only beside another ground: the Government's motion presupposes a program and
            // the registry is incomplete, so the registry's silence is not a ground of the denial
            relief = reasons.isEmpty() ? Relief.AVAILABLE : Relief.UNAVAILABLE;
        }
        if (relief == Relief.AVAILABLE) {
            int levels = provision.or(() -> current).map(EarlyDispositionRule.Provision::maxLevels).orElse(4);
            // not catalog.specific: the general authorities of ELIGIBLE are those of § 3582(c)(2), which a departure at
            // sentencing does not rest on
            var statute = provision.or(() -> current).map(EarlyDispositionRule.Provision::statute)
                    .orElseGet(() -> programStatute(ctx));
            reasons.add(catalog.ownCitations(ReasonCode.ELIGIBLE, () -> "The Government has moved under " + provisionName + " and"
                    + (atSentencing ? " the motion is decided at sentencing, before the term is imposed"
                            : " no sentence has been imposed")
                    + ": the court may decrease the offense level by not more than " + levels
                    + " levels, as the authorized program provides; whether to depart is for the court.",
                    edition.cite(provisionName), statute));
        }
        List<String> warnings = new ArrayList<>();
        if (!govMotion) {
            varianceNote(ctx, provisionName).ifPresent(warnings::add);
        }
        return new Outcome(relief, original, Determination.Ranges.UNKNOWN, Optional.empty(), Optional.empty(), reasons,
                missing, t, warnings);
    }

    /**
     * A request decided at or before sentencing (sentencing.date stated, not before the motion date) without a
     * Government motion: the departure fails, but some circuits let the court vary under 18 U.S.C. § 3553(a) for
     * fast-track disparity. A note only, with the decisions already decided on the motion date; none before the first.
     */
    private static Optional<String> varianceNote(MotionContext ctx, String provisionName) {
        var sentenced = ctx.theCase().sentencing().date();
        if (sentenced.isEmpty() || sentenced.get().isBefore(ctx.motionDate())) {
            return Optional.empty();
        }
        var cases = ctx.law().earlyDisposition().varianceCasesOn(ctx.motionDate());
        if (cases.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("the early-disposition decrease of " + provisionName + " needs the Government's motion, but whether the court may vary"
                + " under 18 U.S.C. § 3553(a) for the disparity that early-disposition programs in other districts create is"
                + " a separate question, which the engine does not decide: some circuits hold that the sentencing court may"
                + " consider such a variance (" + String.join("; ", cases.stream().map(EarlyDispositionRule.VarianceCase::citation)
                        .toList()) + "); others do not, so the law of the circuit governs");
    }

    /** The court, the offense (as a registry word) and the registry's programs there on the date; empty without both. */
    private record District(String court, String offense, List<FastTrackPrograms.Program> programs) {}

    private static Optional<District> district(MotionContext ctx, LocalDate when) {
        Case c = ctx.theCase();
        if (c.court().isEmpty() || c.conviction().offense().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new District(c.court().get(), Reader.word(c.conviction().offense().get()),
                ctx.law().fastTrackPrograms().inForce(c.court().get(), when)));
    }

    /**
     * For a request without a Government motion: OFFENSE_NOT_IN_PROGRAM where the registry records programs of the
     * district itself on the date and none covers the offense, NO_PROGRAM_IN_DISTRICT where it records none at all.
     */
    private static Optional<Reason> withoutGovernmentMotion(MotionContext ctx, LocalDate when) {
        Optional<District> d = district(ctx, when);
        if (d.isEmpty() || d.get().programs().isEmpty()) {
            return programFacts(ctx, when);
        }
        String offense = d.get().offense();
        // the nationwide reentry programs (from 2012) leave each district free to have others the registry may not know
        var local = d.get().programs().stream().filter(p -> !p.district().equals("*")).toList();
        // an unverified entry says nothing of the offenses the district's programs covered (the registry is incomplete)
        if (local.isEmpty() || !local.stream().allMatch(FastTrackPrograms.Program::verified)
                || d.get().programs().stream().anyMatch(p -> p.covers(offense))) {
            return Optional.empty();
        }
        List<String> covered = local.stream().flatMap(p -> p.offenses().stream()).distinct().map(NonAmendmentBasis::prose).toList();
        String name = org.rangefinder.explain.Courts.name(d.get().court()).orElse(d.get().court());
        return Optional.of(ctx.reasons().specific(ReasonCode.OFFENSE_NOT_IN_PROGRAM, () -> "The early-disposition"
                + " program the engine's registry records in " + name + " on " + org.rangefinder.explain.Dates.prose(when)
                + " covers only " + String.join(" and ", covered) + " offenses;"
                + " the offense of conviction is not among them.",
                NonAmendmentBasis.programCitations(ctx.reasons(), local, false)));
    }

    /** NO_PROGRAM_IN_DISTRICT where no program in the registry covers the offense in the district on the date. */
    private static Optional<Reason> programFacts(MotionContext ctx, LocalDate when) {
        return district(ctx, when).filter(d -> d.programs().stream().noneMatch(p -> p.covers(d.offense())))
                .map(d -> ctx.reasons().specific(ReasonCode.NO_PROGRAM_IN_DISTRICT, () -> "The engine's registry records"
                        + " no early-disposition program authorized by the Attorney General for " + NonAmendmentBasis.prose(d.offense())
                        + " offenses in " + org.rangefinder.explain.Courts.name(d.court()).orElse(d.court()) + " on "
                        + org.rangefinder.explain.Dates.prose(when) + "; without one there is no program under which the decrease"
                        + " could be given.", provisionCitations(ctx, when)));
    }

    /**
     * The early-disposition provision in force on {@code when} (else on the motion date), cited in the Manual of that
     * date, and the statute that makes a program a condition of it.
     */
    static String[] provisionCitations(MotionContext ctx, LocalDate when) {
        var rules = ctx.law().earlyDisposition();
        var provision = rules.on(when);
        var p = provision.or(() -> rules.on(ctx.motionDate()));
        var edition = provision.isPresent() && !when.equals(ctx.motionDate())
                ? ctx.sentencingEdition().orElse(ctx.motionEdition()) : ctx.motionEdition();
        return p.map(x -> new String[] {edition.cite(x.provision()), x.statute()})
                .orElseGet(() -> new String[] {programStatute(ctx)});
    }

    /** The statute that makes a program the condition of the decrease, where no provision of the data is in force (reasons.yaml). */
    private static String programStatute(MotionContext ctx) {
        return ctx.reasons().general(ReasonCode.GOVERNMENT_MOTION_REQUIRED).citations().getFirst();
    }
}
