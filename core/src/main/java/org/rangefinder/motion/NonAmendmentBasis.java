package org.rangefinder.motion;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.rangefinder.explain.Step;
import org.rangefinder.explain.Trace;
import org.rangefinder.io.Reader;
import org.rangefinder.limits.ApplicableRange;
import org.rangefinder.model.Case;
import org.rangefinder.model.MonthRange;
import org.rangefinder.model.Months;

/**
 * A § 3582(c)(2) motion that relies on something other than a guideline amendment listed in
 * U.S.S.G. § 1B1.10(d): a Justice Department fast-track program, the Fair Sentencing Act, the First
 * Step Act. For a program, also the program facts and the Minnesota court's counterfactual: even
 * with the program's full decrease, would the range be lower?
 */
final class NonAmendmentBasis {

    /** Cited statutes that may carry the minimum: a penalty subdivision (b)(n), 18 U.S.C. 924(c)/(e), or § 851. */
    private static final Pattern MINIMUM_STATUTE = Pattern.compile(".*\\(b\\)\\(\\d\\).*|.*924\\([ce]\\).*|.*\\b851\\b.*");

    private NonAmendmentBasis() {}

    static Outcome decide(MotionContext ctx, Cell cell, Determination.Ranges original) {
        ReasonCatalog catalog = ctx.reasons();
        Case c = ctx.theCase();
        Case.Basis basis = c.motion().basis().orElseThrow();
        List<Reason> reasons = new ArrayList<>();
        Trace t = ctx.blank();
        String what = switch (basis) {
            case FAST_TRACK_PROGRAM -> "an early-disposition (fast-track) program of the Justice Department";
            case FAIR_SENTENCING_ACT -> "the Fair Sentencing Act of 2010";
            case FIRST_STEP_ACT -> "the First Step Act of 2018";
            case OTHER -> "grounds other than a guideline amendment";
        };
        String whyNot = switch (basis) {
            case FAST_TRACK_PROGRAM -> "a prosecutor's program is not such an amendment";
            case FAIR_SENTENCING_ACT, FIRST_STEP_ACT -> "an Act of Congress is not such an amendment";
            case OTHER -> "without one the section gives no authority to reduce the term";
        };
        String more = switch (basis) {
            case FAIR_SENTENCING_ACT, FIRST_STEP_ACT -> " Relief under the Fair Sentencing Act for earlier offenses comes by a"
                    + " motion under § 404 of the First Step Act and 18 U.S.C. § 3582(c)(1)(B), not § 3582(c)(2).";
            default -> "";
        };
        String list = ctx.law().policyStatement().on(ctx.motionDate()).coveredList();
        reasons.add(catalog.specific(ReasonCode.NOT_A_COVERED_AMENDMENT, () -> "The motion relies on " + what + ". Section"
                + " 3582(c)(2) of title 18 reaches only a term based on a sentencing range \"subsequently lowered by the Sentencing"
                + " Commission\", that is, lowered by a guideline amendment listed in " + list + "; " + whyNot + "." + more,
                ctx.motionEdition().cite(ctx.law().policyStatement().section(ctx.motionDate(), "§ 1B1.10(a)(2)(A)")), "18 U.S.C. § 3582(c)(2)"));
        t = t.with(() -> Step.of("what the motion relies on", "only amendments listed in " + list,
                ctx.motionEdition().cite(ctx.law().policyStatement().section(ctx.motionDate(), "§ 1B1.10(a)(2)(A)")), "not a covered amendment", "basis", Reader.word(basis)));
        if (basis == Case.Basis.FAST_TRACK_PROGRAM) {
            t = program(ctx, cell, reasons, t);
        }
        reasons.add(catalog.specific(ReasonCode.NO_AUTHORITY_TO_MODIFY, () -> "Once imposed, a term of imprisonment may be"
                + " modified only as 18 U.S.C. § 3582(c) allows; nothing the motion relies on is such a ground.",
                "18 U.S.C. § 3582(c)"));
        return Outcome.unavailable(original, Determination.Ranges.UNKNOWN, reasons, t);
    }

    private static Trace program(MotionContext ctx, Cell cell, List<Reason> reasons, Trace t) {
        ReasonCatalog catalog = ctx.reasons();
        Case c = ctx.theCase();
        Optional<String> court = c.court();
        Optional<String> offense = c.conviction().offense().map(Reader::word);
        var registry = ctx.law().fastTrackPrograms();
        var programs = court.map(registry::ofDistrict).orElse(List.of()).stream()
                .filter(p -> p.window().from() == null || !p.window().from().isAfter(ctx.motionDate())).toList();
        if (court.isPresent() && programs.isEmpty()) {
            reasons.add(catalog.specific(ReasonCode.NO_PROGRAM_IN_DISTRICT, () -> "The engine's registry records no authorized"
                    + " early-disposition program in " + org.rangefinder.explain.Courts.name(court.get()).orElse(court.get()) + " by "
                    + org.rangefinder.explain.Dates.prose(ctx.motionDate()) + ".", EarlyDisposition.provisionCitations(ctx, ctx.motionDate())));
        }
        var sentenced = c.sentencing().date();
        if (sentenced.isPresent() && court.isPresent()) {
            // a program whose start date is unknown (effective_from: null) cannot be said to predate the sentence
            var inForce = registry.inForce(court.get(), sentenced.get()).stream()
                    .filter(p -> p.window().from() != null).toList();
            var local = inForce.stream().filter(p -> !p.district().equals("*")).findFirst().or(() -> inForce.stream().findFirst());
            if (local.isPresent()) {
                var p = local.get();
                reasons.add(catalog.specific(ReasonCode.PROGRAM_IN_EFFECT_AT_SENTENCING, () -> (p.district().equals("*")
                        ? "The nationwide" : "The " + org.rangefinder.explain.Courts.name(p.district()).map(n -> n.substring(4)).orElse(p.district())) + " early-disposition program took effect on " + org.rangefinder.explain.Dates.prose(p.window().from())
                        + ", before the sentence was imposed on " + org.rangefinder.explain.Dates.prose(sentenced.get())
                        + "; it is not a later change that could lower the sentence.",
                        programCitations(catalog, List.of(p), true)));
                t = t.with(() -> Step.of("program at sentencing", "was the program already in effect?", p.source(),
                        p.window().from() == null ? "in effect, start date not recorded" : "in effect since " + p.window().from(),
                        "sentencing_date", sentenced.get()));
            }
        }
        // the nationwide reentry programs (from 2012) alone say nothing of programs the district had for other offenses
        if (offense.isPresent() && programs.stream().anyMatch(p -> !p.district().equals("*"))
                && programs.stream().noneMatch(p -> p.covers(offense.get()))) {
            var covered = programs.stream().flatMap(p -> p.offenses().stream()).distinct().toList();
            boolean verified = programs.stream().allMatch(FastTrackPrograms.Program::verified);
            reasons.add(catalog.specific(ReasonCode.OFFENSE_NOT_IN_PROGRAM, () -> "The program " + (verified ? "covers only " : "appears to be limited to ")
                    + String.join(" and ", covered.stream().map(NonAmendmentBasis::prose).toList())
                    + " offenses; the offense of conviction is " + article(prose(offense.get())) + " offense.",
                    programCitations(catalog, programs, false)));
        }
        int levels = programs.stream().mapToInt(FastTrackPrograms.Program::maxLevels).max().orElse(4);
        // the range with the program's decrease only illustrates; a cell not established is not read for it
        if (cell != null && ctx.law().table().possibleRanges(ctx.tableEdition(), cell.level().minus(levels), cell.category()).size() == 1) {
            var counterfactual = ApplicableRange.apply(ctx.tableEdition(),
                    ctx.law().table().range(ctx.tableEdition(), cell.level().minus(levels), cell.category()), cell.limits());
            MonthRange range = counterfactual.range();
            t = t.with(() -> Step.of("even with the program", "the range with the program's full decrease of " + levels + " levels",
                    ctx.tableEdition().cite(counterfactual.subsection()), range.prose(),
                    "offense_level", cell.level() + " - " + levels, "category", cell.category()));
            Optional<Months> min = cell.limits().minimum();
            if (min.isPresent() && range.min().equals(min.get())
                    && c.sentencing().sentence().map(s -> !s.isAfter(min.get())).orElse(true)) {
                reasons.add(catalog.specific(ReasonCode.MANDATORY_MINIMUM, () -> "Even if the offense level were reduced by the"
                        + " program's full " + levels + " levels, the guideline range would be " + range.prose() + ", because the"
                        + " offense carries a mandatory minimum of " + min.get() + " months (§ 5G1.1(b)); the sentence"
                        + c.sentencing().sentence().map(s -> " of " + s.asTerm()).orElse("") + " could not be lower.",
                        minimumCitations(ctx, catalog)));
            }
        }
        return t;
    }

    private static String[] minimumCitations(MotionContext ctx, ReasonCatalog catalog) {
        java.util.List<String> out = new java.util.ArrayList<>(ctx.theCase().conviction().statutes().stream()
                .filter(s -> MINIMUM_STATUTE.matcher(s).matches()).toList());
        out.add(ctx.tableEdition().cite("§ 5G1.1(b)"));
        catalog.cite(Precedent.BAYLOR, "673").ifPresent(out::add);
        return out.toArray(String[]::new);
    }

    /**
     * The authorities of programs for an answer of the catalog's day, each once. A program whose every citation
     * is a decision later than that day is cited by its authority (or, without one, its source), as is one
     * without citations where {@code orAuthority}.
     */
    static String[] programCitations(ReasonCatalog catalog, List<FastTrackPrograms.Program> programs, boolean orAuthority) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        for (FastTrackPrograms.Program p : programs) {
            List<String> cites = catalog.citations(p.citations());
            if (cites.isEmpty() && (orAuthority || !p.citations().isEmpty())) {
                out.add(p.authority() == null ? p.source() : p.authority());
            }
            out.addAll(cites);
        }
        return out.toArray(String[]::new);
    }

    /** An offense kind in prose ("illegal-reentry" to "illegal reentry"). */
    static String prose(String word) {
        return word.replace('-', ' ');
    }

    private static String article(String word) {
        return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
    }
}
