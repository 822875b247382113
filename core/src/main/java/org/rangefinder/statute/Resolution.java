package org.rangefinder.statute;

import java.util.List;

/**
 * What a citation comes to for a given offense date, sentencing date and tier: a penalty, or the
 * reason there is none to give. Returned by {@link StatutoryPenalties#resolve}; every case carries a
 * message fit to show a user.
 */
public sealed interface Resolution {

    /** A sentence for the user. */
    String message();

    /** The penalty. */
    record Found(Penalty penalty) implements Resolution {
        private static String term(org.rangefinder.model.Months m) {
            return m.isLife() ? "life" : m.count() + " months";
        }

        @Override
        public String message() {
            return penalty.statute() + ": " + term(penalty.minimum()) + " to " + term(penalty.maximum()) + " ("
                    + penalty.condition() + ")";
        }
    }

    /**
     * The citation defines the offense, or its penalty depends on facts the citation does not state:
     * "defines the offense; the penalty is in ...". {@code candidates} are the penalty provisions to
     * choose from (keys as in {@link Citation#key()}).
     */
    record PenaltyElsewhere(String citation, String explanation, List<String> candidates) implements Resolution {
        public PenaltyElsewhere {
            candidates = List.copyOf(candidates);
        }

        @Override
        public String message() {
            return explanation;
        }
    }

    /**
     * Attempt or conspiracy (21 U.S.C. 846, 963): the object offense's penalty applies. Use
     * {@link StatutoryPenalties#resolveInchoate} or {@link StatutoryPenalties#lookupInchoate}.
     */
    record SameAsObject(String citation, String explanation, List<String> objectSections) implements Resolution {
        public SameAsObject {
            objectSections = List.copyOf(objectSections);
        }

        @Override
        public String message() {
            return explanation;
        }
    }

    /** The provision has no tier for the facts asserted (e.g. a prior conviction under 8 U.S.C. 1326(a)). */
    record NoSuchTier(String citation, Tier tier, String explanation) implements Resolution {
        @Override
        public String message() {
            return explanation;
        }
    }

    /**
     * The provision is known but the question is not answered by the encoded law: an offense date
     * before the encoded history, a sentencing date needed (or falling on an unsettled day) under a
     * pending-cases rule. Never answered by a fallback.
     */
    record Unsupported(String citation, String reason) implements Resolution {
        @Override
        public String message() {
            return reason;
        }
    }

    /** Not a citation Rangefinder reads, or a statute it does not encode. No penalty is guessed. */
    record Unknown(String input, String reason) implements Resolution {
        @Override
        public String message() {
            return reason;
        }
    }
}
