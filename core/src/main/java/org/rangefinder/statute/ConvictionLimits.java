package org.rangefinder.statute;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.rangefinder.explain.Step;
import org.rangefinder.explain.Trace;
import org.rangefinder.model.Months;

/**
 * The statutory limits that follow from the statutes of conviction, when the case file does not
 * state them: the highest minimum of the penalty provisions cited (U.S.S.G. § 5G1.2(b)), and the
 * maximum when exactly one penalty provision is cited. Derived only when the offense date is known
 * and no prior-conviction enhancement (21 U.S.C. § 851) is cited; otherwise nothing is guessed.
 */
public final class ConvictionLimits {

    /**
     * What the statutes give, with the steps and the reasons anything was left underived. {@code minimums}: the
     * minimum of each count that binds the others (not a consecutive term), by the section cited, so that a rule
     * that sets some aside (18 U.S.C. § 3553(f)) can take the highest of the rest; empty when no minimum was derived.
     */
    public record Derived(Optional<Months> minimum, Optional<Months> maximum, List<Penalty> penalties, List<CountMinimum> minimums,
            Trace trace) {

        public Derived {
            penalties = List.copyOf(penalties);
            minimums = List.copyOf(minimums);
        }
    }

    /** The minimum of one count: the section cited ({@code 21 U.S.C. 846}), the penalty provision applied, its minimum. */
    public record CountMinimum(String section, String statute, Months minimum) {}

    private ConvictionLimits() {}

    /** The full answer: penalties and the trace step, which name the dates. */
    public static Derived derive(StatutoryPenalties statutes, List<String> cited, Optional<LocalDate> offenseDate,
            Optional<LocalDate> sentencingDate) {
        return compute(statutes, cited, offenseDate, sentencingDate);
    }

    private record Key(StatutoryPenalties statutes, List<String> cited, int offensePeriod, int sentencingPeriod,
            boolean sentencedBeforeOffense) {}

    /** Limits already derived, by the periods of their dates: dockets repeat the same statutes on many rows. */
    private static final ConcurrentHashMap<Key, Derived> LIMITS = new ConcurrentHashMap<>();

    /**
     * The minimum and maximum alone (no penalties, no trace), for a decision without a trace. Dates in
     * the same {@link StatutoryPenalties#period} give the same limits, so they are derived once per
     * distinct statutes and periods.
     */
    public static Derived limits(StatutoryPenalties statutes, List<String> cited, Optional<LocalDate> offenseDate,
            Optional<LocalDate> sentencingDate) {
        if (cited.isEmpty()) {
            return NONE;
        }
        Key key = new Key(statutes, List.copyOf(cited), offenseDate.map(statutes::period).orElse(-1),
                sentencingDate.map(statutes::period).orElse(-1),
                offenseDate.isPresent() && sentencingDate.isPresent() && sentencingDate.get().isBefore(offenseDate.get()));
        Derived known = LIMITS.get(key);
        if (known == null) {
            Derived d = compute(statutes, cited, offenseDate, sentencingDate);
            known = new Derived(d.minimum(), d.maximum(), List.of(), d.minimums(), Trace.OFF);
            if (LIMITS.size() > 100_000) {
                LIMITS.clear();
            }
            LIMITS.put(key, known);
        }
        return known;
    }

    private static final Derived NONE = new Derived(Optional.empty(), Optional.empty(), List.of(), List.of(), Trace.OFF);

    private static Derived compute(StatutoryPenalties statutes, List<String> cited, Optional<LocalDate> offenseDate,
            Optional<LocalDate> sentencingDate) {
        Trace t = Trace.EMPTY;
        if (cited.isEmpty()) {
            return new Derived(Optional.empty(), Optional.empty(), List.of(), List.of(), t);
        }
        if (offenseDate.isEmpty()) {
            return new Derived(Optional.empty(), Optional.empty(), List.of(), List.of(), t.with(Step.of("statutory limits from the statutes",
                    "the penalty version depends on the offense date", "U.S.S.G. § 5G1.1", "not derived: conviction.offense_date"
                            + " is not stated", "statutes", cited)));
        }
        boolean enhanced = cited.stream().map(StatutoryPenalties::normalize).flatMap(Optional::stream)
                .anyMatch(k -> k.startsWith("21 U.S.C. 851"));
        List<Penalty> found = new ArrayList<>();
        List<String> sections = new ArrayList<>(); // the section cited for each penalty found
        List<String> notes = new ArrayList<>();
        for (String c : cited) {
            String section = Citation.parse(c).map(Citation::sectionKey).orElse(c);
            try {
                Resolution r = statutes.resolve(c, offenseDate.get(), sentencingDate.orElse(null), Tier.BASE);
                switch (r) {
                    case Resolution.Found f -> {
                        found.add(f.penalty());
                        sections.add(section);
                    }
                    case Resolution.SameAsObject s -> {
                        for (String other : cited) {
                            Optional<String> key = StatutoryPenalties.normalize(other);
                            if (key.isPresent() && s.objectSections().stream().anyMatch(key.get()::startsWith) && !other.equals(c)) {
                                try {
                                    switch (statutes.resolveInchoate(c, other, offenseDate.get(), sentencingDate.orElse(null),
                                            Tier.BASE)) {
                                        case Resolution.Found f -> {
                                            found.add(f.penalty());
                                            sections.add(section);
                                        }
                                        case Resolution.Unknown u -> { /* an object offense not encoded: nothing to say */ }
                                        case Resolution unanswered -> notes.add(c + ": " + unanswered.message());
                                    }
                                } catch (RuntimeException e) {
                                    notes.add(c + ": " + e.getMessage());
                                }
                            }
                        }
                    }
                    case Resolution.PenaltyElsewhere p -> { /* defines the offense; its penalty provision is cited too, or unknown */ }
                    default -> notes.add(r.message());
                }
            } catch (IllegalArgumentException e) { // e.g. a sentencing date before the offense date
                notes.add(c + ": " + e.getMessage());
            }
        }
        List<Penalty> grouped = found.stream().filter(p -> !p.consecutive()).toList();
        List<CountMinimum> minimums = new ArrayList<>();
        for (int i = 0; i < found.size() && !enhanced; i++) {
            Penalty p = found.get(i);
            if (!p.consecutive() && p.minimum().isAfter(Months.ZERO)) {
                minimums.add(new CountMinimum(sections.get(i), p.statute(), p.minimum()));
            }
        }
        Optional<Months> min = enhanced ? Optional.empty()
                : grouped.stream().map(Penalty::minimum).max(Months::compareTo).filter(m -> m.isAfter(Months.ZERO) || true);
        List<String> distinct = grouped.stream().map(Penalty::statute).distinct().toList();
        Optional<Months> max = !enhanced && distinct.size() == 1 ? Optional.of(grouped.getFirst().maximum()) : Optional.empty();
        t = t.with(Step.of("statutory limits from the statutes", "the highest minimum of the counts binds all of them",
                "U.S.S.G. § 5G1.2(b)", enhanced ? "minimum not derived: a prior-conviction enhancement (21 U.S.C. § 851) is"
                        + " cited and its tier is not stated" : "minimum " + min.map(Months::toString).orElse("none")
                        + ", maximum " + max.map(Months::toString).orElse("not derived (several or no penalty provisions)"),
                "statutes", cited, "offense_date", offenseDate.get(),
                "penalties", String.join("; ", found.stream().map(p -> p.statute() + " " + p.minimum() + "-" + p.maximum()
                        + (p.consecutive() ? " consecutive" : "")).toList()),
                "not_used", notes.isEmpty() ? null : String.join("; ", notes)));
        return new Derived(min.filter(m -> m.isAfter(Months.ZERO)), max, found, minimums, t);
    }
}
