package org.rangefinder.worksheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.rangefinder.Guidelines;
import org.rangefinder.explain.Step;
import org.rangefinder.explain.Trace;
import org.rangefinder.law.UnsupportedQuestionException;
import org.rangefinder.limits.StatutoryLimits;
import org.rangefinder.manual.Edition;
import org.rangefinder.model.Case;
import org.rangefinder.model.OffenseLevel;
import org.rangefinder.model.Worksheet;

/**
 * Fills the original offense level and criminal history from the worksheet findings where the case
 * file does not state them, under the Manual of sentencing (U.S.S.G. § 1B1.11); where it states
 * them and the worksheet disagrees, the stated findings govern and a warning says which findings
 * explain the difference.
 */
public final class WorksheetFacts {

    /** The case with the computed facts filled in, and how they were found. */
    public record Filled(Case theCase, Optional<OffenseLevelWorksheet.Result> offenseLevel,
            Optional<CriminalHistoryWorksheet.Result> criminalHistory, Trace trace, List<String> warnings, List<String> missing) {

        public Filled {
            warnings = List.copyOf(warnings);
            missing = List.copyOf(missing);
        }
    }

    private WorksheetFacts() {}

    public static Filled fill(Guidelines law, Case c, Optional<Edition> sentencingEdition, Edition fallback, StatutoryLimits limits) {
        Case.Sentencing s = c.sentencing();
        if (s.worksheet().isEmpty()) {
            return new Filled(c, Optional.empty(), Optional.empty(), Trace.EMPTY, List.of(), List.of());
        }
        Worksheet w = s.worksheet().get();
        List<String> warnings = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        Trace t = Trace.EMPTY;
        Edition edition = sentencingEdition.orElse(fallback);
        Optional<CriminalHistoryWorksheet.Result> ch = Optional.empty();
        Optional<Integer> points = s.points();
        Optional<Integer> status = s.statusPoints();
        var category = s.category();
        if (!w.priorSentences().isEmpty() || w.underCriminalJusticeSentence().isPresent()) {
            if (sentencingEdition.isEmpty()) {
                missing.add("sentencing.date");
                warnings.add("the worksheet's criminal history is not scored: the rules depend on the Manual of sentencing,"
                        + " and sentencing.date is not stated");
            } else {
                var r = new CriminalHistoryWorksheet(law).score(edition, w, c.conviction().offenseDate(),
                        law.statusPoints().ruleOn(edition.effective()));
                ch = Optional.of(r);
                t = t.with(r.trace());
                if (points.isPresent() && points.get() != r.points()) {
                    warnings.add("the worksheet's prior sentences give " + r.points() + " criminal history points; the stated "
                            + points.get() + " govern");
                }
                if (status.isPresent() && status.get() != r.statusPoints()) {
                    warnings.add("the worksheet gives " + r.statusPoints() + " status points; the stated " + status.get() + " govern");
                }
                points = points.or(() -> Optional.of(r.points()));
                status = status.or(() -> Optional.of(r.statusPoints()));
                if (category.isEmpty() && !s.careerOffender().orElse(false)) {
                    category = Optional.of(r.category());
                }
            }
        }
        Optional<OffenseLevelWorksheet.Result> ol = Optional.empty();
        Optional<OffenseLevel> level = s.offenseLevel();
        boolean drugs = !w.drugs().isEmpty() && w.baseOffenseLevel().isEmpty();
        // A worksheet with only criminal-history findings (prior sentences, status) gives no offense level.
        boolean offenseFindings = w.baseOffenseLevel().isPresent() || !w.drugs().isEmpty() || !w.adjustments().isEmpty()
                || w.safetyValve().isPresent() || w.minimalParticipant().isPresent()
                || s.offenseGuideline().map(g -> g.startsWith("2L1.2")).orElse(false);
        if (!offenseFindings) {
            // nothing to compute
        } else if (drugs && sentencingEdition.isEmpty()) {
            missing.add("sentencing.date");
            warnings.add("the offense level is not computed from the drug quantities: the Drug Quantity Table depends on the"
                    + " Manual of sentencing, and sentencing.date is not stated");
        } else if (offenseFindings) {
            boolean zeroPoint = points.map(p -> p == 0).orElse(false)
                    && s.zeroPointExclusions().map(x -> x.isEmpty()).orElse(false);
            try {
                var r = new OffenseLevelWorksheet(law).compute(edition, edition, w, new OffenseLevelWorksheet.Facts(
                        s.offenseGuideline(), s.careerOffender().orElse(false), limits.maximum(), zeroPoint));
                ol = Optional.of(r);
                t = t.with(r.trace());
                warnings.addAll(r.warnings());
                if (level.isPresent() && !level.get().equals(r.total())) {
                    warnings.add("the worksheet gives offense level " + r.total() + " but the stated level is " + level.get()
                            + " (the stated level governs); the worksheet's findings: " + explain(w, r));
                }
                level = level.or(() -> Optional.of(r.total()));
            } catch (OffenseLevelWorksheet.MissingFact e) {
                missing.add(e.getMessage().substring(0, e.getMessage().indexOf(':')));
                warnings.add("the offense level is not computed from the worksheet: " + e.getMessage());
            } catch (UnsupportedQuestionException | IllegalArgumentException e) {
                warnings.add("the offense level is not computed from the worksheet: " + e.getMessage());
            }
        }
        if (!t.steps().isEmpty()) {
            t = Trace.EMPTY.with(Step.of("worksheet", "findings to offense level and criminal history", edition.cite("§ 1B1.1(a)"),
                    "level " + level.map(String::valueOf).orElse("not computed") + ", category "
                            + category.map(Enum::name).orElse("not computed"))).with(t);
        }
        Case.Sentencing filled = new Case.Sentencing(s.date(), level, s.offenseGuideline().or(() -> w.drugs().isEmpty()
                ? Optional.empty() : Optional.of("2D1.1")), category, points, status, s.careerOffender(), s.mandatoryMinimum(),
                s.statutoryMaximum(), s.guidelineRange(), s.departures(), s.sentence(), s.timeServed(), s.zeroPointExclusions(),
                s.worksheet(), s.substantialAssistanceLevels());
        Case out = c.withSentencing(filled);
        return new Filled(out, ol, ch, t, warnings, missing);
    }

    private static String explain(Worksheet w, OffenseLevelWorksheet.Result r) {
        String adj = w.adjustments().stream().map(a -> "§ " + a.section() + " " + (a.levels() > 0 ? "+" : "") + a.levels())
                .collect(Collectors.joining(", "));
        return "base level " + r.base() + (adj.isEmpty() ? "" : ", " + adj)
                + r.careerOffenderLevel().map(l -> ", career-offender level " + l).orElse("");
    }
}
