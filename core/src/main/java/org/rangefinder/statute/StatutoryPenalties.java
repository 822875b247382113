package org.rangefinder.statute;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.rangefinder.law.UnsupportedQuestionException;
import org.rangefinder.statute.StatuteData.Entry;
import org.rangefinder.statute.StatuteData.Fact;
import org.rangefinder.statute.StatuteData.PenaltyEntry;
import org.rangefinder.statute.StatuteData.PenaltyIn;
import org.rangefinder.statute.StatuteData.Refer;
import org.rangefinder.statute.StatuteData.SameAsObject;
import org.rangefinder.statute.StatuteData.Target;
import org.rangefinder.statute.StatuteData.TierRule;
import org.rangefinder.statute.StatuteData.Transition;
import org.rangefinder.statute.StatuteData.Version;

/**
 * Statutory penalties (minimum, maximum, consecutive term) of the offenses in
 * {@code data/statutes.yaml}: 21 U.S.C. 841(b)(1), 846, 960(b), 963; 8 U.S.C. 1326; 18 U.S.C.
 * 922(d)/(g) via 924(a)(2)/(a)(8), 924(c), 924(e), 1028A, 2252, 2252A.
 *
 * <p>The version of a provision is chosen by the <em>offense</em> date, except where a
 * pending-cases rule reaches back: First Step Act of 2018 §§ 401(c) and 403(b) apply the 2018 terms
 * to an offense committed before 2018-12-21 when the sentence is imposed after that day. There the
 * sentencing date decides (pass the date of the sentencing at issue, including a resentencing
 * after vacatur, Hewitt v. United States (2025)); a sentence imposed on 2018-12-21 itself is not
 * answered. Immutable and safe to share between threads.
 */
public final class StatutoryPenalties {

    private static final int MAX_MAPPING_DEPTH = 4;

    private final StatuteData data;
    /** Every date the data compares an offense or sentencing date with, in order (see {@link #period}). */
    private final LocalDate[] boundaries;

    private StatutoryPenalties(StatuteData data) {
        this.data = data;
        TreeSet<LocalDate> dates = new TreeSet<>();
        data.transitions.values().forEach(t -> dates.add(t.enacted()));
        for (Entry e : data.entries.values()) {
            List<org.rangefinder.law.EffectiveWindow> windows = switch (e) {
                case PenaltyEntry p -> p.versions().stream().map(Version::window).toList();
                case PenaltyIn m -> m.targets().stream().map(Target::window).toList();
                default -> List.of();
            };
            for (var w : windows) {
                if (w.from() != null) {
                    dates.add(w.from());
                }
                w.end().ifPresent(dates::add);
            }
        }
        this.boundaries = dates.toArray(LocalDate[]::new);
    }

    /**
     * Where a date lies among the dates of the data: two dates with the same period compare alike
     * (before, on, after) with every effective date, end date and enactment date the data holds, so
     * {@link #resolve} chooses the same versions and tiers for them; only its wording, which names
     * the dates, differs.
     */
    public int period(LocalDate date) {
        int i = java.util.Arrays.binarySearch(boundaries, date);
        return i >= 0 ? 2 * i + 1 : 2 * (-i - 1);
    }

    /** The penalties shipped in {@code data/statutes.yaml}. */
    public static StatutoryPenalties load() {
        return new StatutoryPenalties(StatuteData.load());
    }

    /** The citation keys the data file answers (penalties, mappings, referrals), e.g. {@code 21 U.S.C. 841(b)(1)(A)}. */
    public Set<String> citations() {
        return new TreeSet<>(data.entries.keySet());
    }

    /** The normalized key of a citation as written ({@code "21 USC 841(b)(1)(A)"} to {@code "21 U.S.C. 841(b)(1)(A)"}). */
    public static Optional<String> normalize(String citation) {
        return Citation.parse(citation).map(Citation::key);
    }

    /**
     * The penalty for {@code citation}, or empty when the citation is unknown (never guessed).
     *
     * @param offenseDate the date the offense was committed; chooses the version
     * @param sentencingDate the date of the sentencing at issue; may be null when unknown, in which
     *     case a question it would decide is unsupported
     * @throws UnsupportedQuestionException when the citation only defines the offense or needs more
     *     facts ("defines the offense; the penalty is in ..."), is 21 U.S.C. 846/963 (use
     *     {@link #lookupInchoate}), or the dates fall outside the encoded law
     * @throws IllegalArgumentException when the provision has no such tier, or the sentencing date
     *     is before the offense date
     */
    public Optional<Penalty> lookup(String citation, LocalDate offenseDate, LocalDate sentencingDate, Tier tier) {
        return penaltyOf(resolve(citation, offenseDate, sentencingDate, tier));
    }

    /** The penalty found, empty for an unknown citation, or the exception {@link #lookup} documents. */
    private static Optional<Penalty> penaltyOf(Resolution r) {
        return switch (r) {
            case Resolution.Found f -> Optional.of(f.penalty());
            case Resolution.Unknown u -> Optional.empty();
            case Resolution.NoSuchTier n -> throw new IllegalArgumentException(n.message());
            case Resolution.PenaltyElsewhere p -> throw new UnsupportedQuestionException(p.message());
            case Resolution.SameAsObject s -> throw new UnsupportedQuestionException(s.message());
            case Resolution.Unsupported u -> throw new UnsupportedQuestionException(u.message());
        };
    }

    /**
     * The penalty for an attempt or conspiracy under 21 U.S.C. 846 or 963: the penalty of the object
     * offense's provision ({@code objectCitation}, e.g. 21 U.S.C. 841(b)(1)(A)), restated under the
     * inchoate statute. Empty when either citation is unknown.
     *
     * @throws IllegalArgumentException when {@code inchoateCitation} is not 846 or 963, or the object
     *     is outside its reach (846: the 841 penalties; 963: the 960 penalties)
     * @throws UnsupportedQuestionException as for {@link #lookup}, for the object offense
     */
    public Optional<Penalty> lookupInchoate(String inchoateCitation, String objectCitation, LocalDate offenseDate,
            LocalDate sentencingDate, Tier tier) {
        return penaltyOf(resolveInchoate(inchoateCitation, objectCitation, offenseDate, sentencingDate, tier));
    }

    /**
     * What an attempt or conspiracy under 21 U.S.C. 846 or 963 comes to: the object offense's
     * resolution, a penalty restated as in {@link #lookupInchoate}; unknown when either citation is.
     *
     * @throws IllegalArgumentException as for {@link #lookupInchoate}
     */
    public Resolution resolveInchoate(String inchoateCitation, String objectCitation, LocalDate offenseDate,
            LocalDate sentencingDate, Tier tier) {
        Optional<Citation> inchoate = Citation.parse(inchoateCitation);
        if (inchoate.isEmpty() || !(find(inchoate.get()) instanceof SameAsObject s)) {
            if (inchoate.isPresent() && find(inchoate.get()) == null) {
                return notEncoded(inchoate.get());
            }
            throw new IllegalArgumentException(inchoateCitation
                    + " is not an attempt-and-conspiracy statute that takes the object offense's penalty (21 U.S.C. 846, 963)");
        }
        Optional<Citation> object = Citation.parse(objectCitation);
        if (object.isEmpty()) {
            return notRead(objectCitation);
        }
        if (!s.objectSections().contains(object.get().sectionKey())) {
            throw new IllegalArgumentException(s.citation().display() + " does not reach " + object.get().display()
                    + ": its encoded object offenses are in " + String.join(", ", s.objectSections())
                    + (s.scopeNote() == null ? "" : " (" + s.scopeNote() + ")"));
        }
        Resolution r = resolve(objectCitation, offenseDate, sentencingDate, tier);
        if (!(r instanceof Resolution.Found f)) {
            return r;
        }
        return new Resolution.Found(f.penalty().restated(s.citation().display() + " (object: " + f.penalty().statute() + ")",
                List.of(s.citation().display() + ": the same penalties as the object offense (" + s.source() + ")")));
    }

    /** What {@code citation} comes to for these dates and facts; see {@link Resolution}. */
    public Resolution resolve(String citation, LocalDate offenseDate, LocalDate sentencingDate, Tier tier) {
        Objects.requireNonNull(offenseDate, "offense date");
        Objects.requireNonNull(tier, "tier");
        if (sentencingDate != null && sentencingDate.isBefore(offenseDate)) {
            throw new IllegalArgumentException("sentencing date " + sentencingDate + " is before the offense date "
                    + offenseDate);
        }
        Optional<Citation> parsed = Citation.parse(citation);
        if (parsed.isEmpty()) {
            return notRead(citation);
        }
        return resolve(parsed.get(), offenseDate, sentencingDate, tier, new ArrayList<>(), 0);
    }

    private Resolution resolve(Citation cited, LocalDate offenseDate, LocalDate sentencingDate, Tier tier,
            List<String> notes, int depth) {
        if (depth > MAX_MAPPING_DEPTH) {
            throw new IllegalStateException("defect in statutes.yaml: mapping loop at " + cited.key());
        }
        Entry e = find(cited);
        if (e == null) {
            return notEncoded(cited);
        }
        return switch (e) {
            case PenaltyEntry p -> penalty(p, cited, offenseDate, sentencingDate, tier, notes);
            case PenaltyIn m -> {
                Target target = m.targets().stream()
                        .filter(t -> t.window().contains(offenseDate))
                        .findFirst()
                        .orElse(null);
                if (target == null) {
                    yield new Resolution.Unsupported(cited.display(), m.explanation() + "; no mapping is encoded for an offense on "
                            + offenseDate);
                }
                List<String> more = new ArrayList<>(notes);
                more.add(cited.display() + " is punished under " + Citation.parse(target.citation()).orElseThrow().display()
                        + " for an offense on " + offenseDate + ": " + m.explanation()
                        + (m.verified() ? "" : " (mapping not verified)") + " [" + m.source() + "]");
                Citation to = Citation.parse(target.citation()).orElseThrow();
                Resolution r = resolve(to, offenseDate, sentencingDate, tier, more, depth + 1);
                String via = cited.display() + " is punished under " + to.display() + " for an offense on " + offenseDate
                        + "; ";
                yield switch (r) {
                    case Resolution.Found f -> m.verified() ? f : new Resolution.Found(unverified(f.penalty()));
                    case Resolution.NoSuchTier n -> new Resolution.NoSuchTier(n.citation(), n.tier(), via + n.explanation());
                    case Resolution.Unsupported u -> new Resolution.Unsupported(u.citation(), via + u.reason());
                    default -> r;
                };
            }
            case Refer r -> new Resolution.PenaltyElsewhere(cited.display(), withCited(cited, e, r.explanation()),
                    r.candidates());
            case SameAsObject s -> new Resolution.SameAsObject(cited.display(), s.explanation(), s.objectSections());
        };
    }

    private static Resolution notRead(String citation) {
        return new Resolution.Unknown(citation, "'" + citation
                + "' is not a single U.S. Code citation in a form Rangefinder reads (e.g. 21 U.S.C. § 841(b)(1)(A))");
    }

    private static Resolution notEncoded(Citation cited) {
        return new Resolution.Unknown(cited.display(), cited.display()
                + " is not among the statutes Rangefinder encodes; no penalty is given for it");
    }

    /** The entry for a citation: its own, or an enclosing one that covers its subdivisions. */
    private Entry find(Citation cited) {
        Entry own = data.entries.get(cited.key());
        if (own != null) {
            return own;
        }
        Optional<Citation> up = cited.parent();
        while (up.isPresent()) {
            Entry e = data.entries.get(up.get().key());
            if (e != null) {
                return e.coversSubdivisions() ? e : null;
            }
            up = up.get().parent();
        }
        return null;
    }

    private Resolution penalty(PenaltyEntry p, Citation cited, LocalDate offenseDate, LocalDate sentencingDate,
            Tier tier, List<String> notes) {
        String name = p.citation().display();
        Version base = p.versions().stream().filter(v -> v.window().contains(offenseDate)).findFirst().orElse(null);
        if (base == null) {
            Version first = p.versions().getFirst();
            if (offenseDate.isBefore(first.window().from())) {
                return new Resolution.Unsupported(name, name + ": no version is encoded for an offense on " + offenseDate
                        + "; the encoded text governs offenses from " + first.window().from() + " (" + first.law() + ")"
                        + (first.fromNote() == null ? "" : "; " + first.fromNote()));
            }
            return new Resolution.Unsupported(name, name + ": no version is encoded for an offense on " + offenseDate);
        }
        Version chosen = base;
        Transition applied = null;
        for (Version later : p.versions()) {
            Transition t = later.pendingCases();
            if (t == null || !later.window().from().isAfter(offenseDate)) {
                continue;
            }
            if (sentencingDate == null) {
                return new Resolution.Unsupported(name, name + ": the sentencing date decides which version applies to an "
                        + "offense on " + offenseDate + " (" + t.provision() + ": " + t.text() + ")");
            }
            if (sentencingDate.equals(t.enacted())) {
                return new Resolution.Unsupported(name, name + ": a sentence imposed on " + t.enacted()
                        + ", the day of enactment, is not answered: whether it 'has not been imposed as of' that date is not "
                        + "settled here (" + t.provision() + ")");
            }
            if (sentencingDate.isAfter(t.enacted())) {
                chosen = later;
                applied = t;
            }
        }
        Set<Fact> asserted = assertedFacts(tier);
        asserted.removeAll(chosen.facts());
        if (!asserted.isEmpty()) {
            String hint = chosen.otherTiers() != null ? chosen.otherTiers() : p.otherTiers();
            return new Resolution.NoSuchTier(name, tier, name + " (" + chosen.law() + ") has no tier for "
                    + tier.describe() + "; it distinguishes " + describe(chosen.facts())
                    + (hint == null ? "" : ". " + hint));
        }
        TierRule rule = chosen.tiers().stream().filter(r -> r.matches(tier)).findFirst()
                .orElseThrow(() -> new IllegalStateException("defect in statutes.yaml: no tier of " + name + " for " + tier));
        List<String> out = new ArrayList<>(notes);
        if (!cited.equals(p.citation())) {
            out.add(cited.display() + " is within " + name + ", which states the penalty");
        }
        if (chosen.priorPredicate() != null && tier.priors() != Tier.Priors.NONE) {
            out.add("qualifying prior: " + chosen.priorPredicate());
        }
        if (applied != null) {
            out.add("applied under " + applied.provision() + ": offense on " + offenseDate + ", before " + applied.enacted()
                    + ", sentenced on " + sentencingDate + " (" + applied.text() + ")"
                    + (applied.verified() ? "" : "; this transition rule is not verified: " + applied.note()));
        } else if (sentencingDate == null) {
            out.add("no sentencing date given; the version is chosen by the offense date alone");
        }
        if (!chosen.fromVerified()) {
            out.add("the date this version took effect (" + chosen.window().from() + ") is not verified"
                    + (chosen.fromNote() == null ? "" : ": " + chosen.fromNote()));
        }
        if (chosen.note() != null) {
            out.add(chosen.note());
        }
        if (rule.note() != null) {
            out.add(rule.note());
        }
        boolean verified = rule.verified() && (applied == null || applied.verified());
        return new Resolution.Found(new Penalty(name, rule.min(), rule.max(), rule.consecutive(), rule.source(), verified,
                rule.condition(), chosen.law(), chosen.window(), Optional.ofNullable(rule.supervisedReleaseMinYears()),
                out));
    }

    private static Set<Fact> assertedFacts(Tier tier) {
        Set<Fact> s = java.util.EnumSet.noneOf(Fact.class);
        if (tier.priors() != Tier.Priors.NONE) {
            s.add(Fact.PRIORS);
        }
        if (tier.deathOrSeriousBodilyInjury()) {
            s.add(Fact.DEATH_OR_SBI);
        }
        if (tier.prepubescentMinor()) {
            s.add(Fact.PREPUBESCENT_MINOR);
        }
        return s;
    }

    private static String describe(Set<Fact> facts) {
        if (facts.isEmpty()) {
            return "nothing: it has a single penalty";
        }
        List<String> names = new ArrayList<>();
        for (Fact f : Fact.values()) {
            if (facts.contains(f)) {
                names.add(switch (f) {
                    case PRIORS -> "prior convictions";
                    case DEATH_OR_SBI -> "death or serious bodily injury";
                    case PREPUBESCENT_MINOR -> "a prepubescent minor";
                });
            }
        }
        return String.join(", ", names);
    }

    private static String withCited(Citation cited, Entry e, String explanation) {
        return cited.equals(e.citation()) ? explanation : cited.display() + ": " + explanation;
    }

    private static Penalty unverified(Penalty p) {
        return new Penalty(p.statute(), p.minimum(), p.maximum(), p.consecutive(), p.source(), false, p.condition(),
                p.law(), p.window(), p.supervisedReleaseMinimumYears(), p.notes());
    }
}
