package org.rangefinder.motion;

import java.time.LocalDate;
import java.util.Optional;
import org.rangefinder.Guidelines;
import org.rangefinder.explain.Trace;
import org.rangefinder.limits.StatutoryLimits;
import org.rangefinder.manual.Edition;
import org.rangefinder.model.Case;
import org.rangefinder.worksheet.OffenseLevelWorksheet;

/**
 * What every rule of a motion reads: the case, the law, the motion date and the editions chosen
 * once for it (the Manual at sentencing for the ranges, § 1B1.11; the Manual at the motion date for
 * § 1B1.10 and the early-disposition gates). {@code blank} is where each rule starts its own steps:
 * {@link Trace#EMPTY}, or {@link Trace#OFF} when the caller wants no trace.
 */
record MotionContext(
        Case theCase,
        Guidelines law,
        LocalDate motionDate,
        Edition motionEdition,
        Edition tableEdition,
        Optional<Edition> sentencingEdition,
        StatutoryLimits limits,
        Optional<OffenseLevelWorksheet.Result> worksheetLevel,
        Optional<SetAside> minimumSetAside,
        Trace blank) {

    /**
     * A statutory minimum the safety valve set aside (18 U.S.C. § 3553(f)): the highest one, the statutes it
     * came from, and the provisions to cite.
     */
    record SetAside(org.rangefinder.model.Months minimum, String statutes, java.util.List<String> citations) {}

    /**
     * The reasons' wording and authorities as of the motion date: a decision is cited only if the motion is
     * decided on or after the day it was decided (data/motion/case-law.yaml).
     */
    ReasonCatalog reasons() {
        return law.reasons().on(motionDate);
    }

    Case.Sentencing sentencing() {
        return theCase.sentencing();
    }

    Case.Amended amended() {
        return theCase.amended();
    }

    boolean substantialAssistance() {
        return sentencing().departures().map(d -> d.contains(Case.Departure.SUBSTANTIAL_ASSISTANCE)).orElse(false);
    }

    /**
     * § 1B1.10(c) applies only where "the court had the authority to impose a sentence below the statutorily
     * required minimum sentence pursuant to a government motion to reflect the defendant's substantial assistance":
     * a § 3553(e) motion (or Rule 35(b)), not a § 5K1.1 motion alone ({@link Precedent#MELENDEZ}). The case file
     * does not say which motion was made; the authority is shown only by a term below
     * the minimum after a substantial-assistance motion.
     */
    boolean belowMinimumAuthorityShown() {
        return substantialAssistance() && limits.minimum().isPresent()
                && sentencing().sentence().map(s -> s.isBefore(limits.minimum().get())).orElse(false);
    }

    boolean careerOffender() {
        return sentencing().careerOffender().orElse(false);
    }
}
