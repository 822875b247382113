package org.rangefinder.statute;

import java.util.List;
import java.util.Optional;
import org.rangefinder.law.EffectiveWindow;
import org.rangefinder.limits.StatutoryLimits;
import org.rangefinder.model.Months;

/**
 * The term of imprisonment a statute sets for one tier of one provision, as in force for the
 * offense (and, under a pending-cases rule such as First Step Act § 401(c), the sentencing date).
 *
 * @param statute the provision that states the penalty, e.g. {@code 21 U.S.C. § 841(b)(1)(A)}
 * @param minimum the statutory minimum ({@link Months#ZERO} when there is none)
 * @param maximum the statutory maximum ({@link Months#LIFE} for life)
 * @param consecutive whether the term must run consecutively to other terms (e.g. 18 U.S.C. 924(c)(1)(D), 1028A(b))
 * @param source where the numbers were read
 * @param verified false when the numbers, or the rule that selected this version, were not checked against a source
 * @param condition the tier as the statute states it, including its definition of a qualifying prior
 * @param law the version of the provision applied, e.g. "First Step Act of 2018"
 * @param window the offense dates that version covers
 * @param supervisedReleaseMinimumYears a minimum term of supervised release the provision requires, if any
 * @param notes caveats: how the citation was mapped, transition rules applied, unverified dates
 */
public record Penalty(
        String statute,
        Months minimum,
        Months maximum,
        boolean consecutive,
        String source,
        boolean verified,
        String condition,
        String law,
        EffectiveWindow window,
        Optional<Integer> supervisedReleaseMinimumYears,
        List<String> notes) {

    public Penalty {
        if (minimum.isAfter(maximum)) {
            throw new IllegalArgumentException("statutory minimum " + minimum + " is above the maximum " + maximum);
        }
        notes = List.copyOf(notes);
    }

    /** The minimum and maximum as the § 5G1.1 / § 5G1.2 statutory limits. */
    public StatutoryLimits limits() {
        return StatutoryLimits.of(minimum, maximum);
    }

    /** Whether the minimum and maximum are the same term (e.g. 18 U.S.C. 1028A(a)(1), two years). */
    public boolean isFixedTerm() {
        return minimum.equals(maximum);
    }

    /** The same penalty with {@code statute} renamed and notes added (used for 21 U.S.C. 846 and 963). */
    Penalty restated(String newStatute, List<String> moreNotes) {
        List<String> all = new java.util.ArrayList<>(notes);
        all.addAll(moreNotes);
        return new Penalty(newStatute, minimum, maximum, consecutive, source, verified, condition, law, window,
                supervisedReleaseMinimumYears, all);
    }

    /** The same penalty with notes added. */
    Penalty withNotes(List<String> moreNotes) {
        return restated(statute, moreNotes);
    }
}
