package org.rangefinder.statute;

import java.util.ArrayList;
import java.util.List;

/**
 * The facts that choose among a penalty provision's tiers: qualifying prior convictions, whether
 * death or serious bodily injury resulted (21 U.S.C. 841(b)(1), 960(b)), and whether a depiction
 * involved a prepubescent minor or a minor under 12 (18 U.S.C. 2252(b)(2), 2252A(b)(2)).
 *
 * <p>What counts as a qualifying prior is the provision's own definition (e.g. "felony drug
 * offense" before the First Step Act, "serious drug felony or serious violent felony" after it,
 * charged by a 21 U.S.C. 851 information); the returned {@link Penalty#condition()} states it. A
 * provision that does not distinguish a fact rejects a tier that asserts it, rather than ignoring it.
 */
public record Tier(Priors priors, boolean deathOrSeriousBodilyInjury, boolean prepubescentMinor) {

    /** Qualifying prior convictions, as the provision defines them. */
    public enum Priors {
        NONE,
        ONE,
        TWO_OR_MORE
    }

    /** No qualifying prior, no death or serious bodily injury, no prepubescent minor. */
    public static final Tier BASE = new Tier(Priors.NONE, false, false);

    public static final Tier ONE_PRIOR = new Tier(Priors.ONE, false, false);

    public static final Tier TWO_OR_MORE_PRIORS = new Tier(Priors.TWO_OR_MORE, false, false);

    public static final Tier DEATH_OR_SERIOUS_BODILY_INJURY = new Tier(Priors.NONE, true, false);

    public static final Tier PREPUBESCENT_MINOR = new Tier(Priors.NONE, false, true);

    public Tier {
        if (priors == null) {
            throw new IllegalArgumentException("priors is required (NONE, ONE or TWO_OR_MORE)");
        }
    }

    public static Tier of(Priors priors, boolean deathOrSeriousBodilyInjury) {
        return new Tier(priors, deathOrSeriousBodilyInjury, false);
    }

    public Tier withPriors(Priors p) {
        return new Tier(p, deathOrSeriousBodilyInjury, prepubescentMinor);
    }

    public Tier withDeathOrSeriousBodilyInjury() {
        return new Tier(priors, true, prepubescentMinor);
    }

    public Tier withPrepubescentMinor() {
        return new Tier(priors, deathOrSeriousBodilyInjury, true);
    }

    /** E.g. "one prior, death or serious bodily injury"; "base" when no fact is asserted. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        switch (priors) {
            case ONE -> parts.add("one prior");
            case TWO_OR_MORE -> parts.add("two or more priors");
            case NONE -> { }
        }
        if (deathOrSeriousBodilyInjury) {
            parts.add("death or serious bodily injury");
        }
        if (prepubescentMinor) {
            parts.add("prepubescent minor");
        }
        return parts.isEmpty() ? "base" : String.join(", ", parts);
    }
}
