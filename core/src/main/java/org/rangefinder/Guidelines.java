package org.rangefinder;

import org.rangefinder.chapter2.DrugQuantityTable;
import org.rangefinder.chapter2.IllegalReentry;
import org.rangefinder.chapter2.MitigatingRoleCap;
import org.rangefinder.chapter2.SafetyValve;
import org.rangefinder.chapter3.Acceptance;
import org.rangefinder.chapter4.CareerOffender;
import org.rangefinder.chapter4.ZeroPointOffender;
import org.rangefinder.chapter4.CriminalHistoryTable;
import org.rangefinder.chapter4.PriorSentenceRules;
import org.rangefinder.chapter4.StatusPoints;
import org.rangefinder.manual.ManualCatalog;
import org.rangefinder.motion.CoveredAmendments;
import org.rangefinder.motion.EarlyDispositionRule;
import org.rangefinder.motion.FastTrackPrograms;
import org.rangefinder.motion.PolicyStatement;
import org.rangefinder.motion.ReasonCatalog;
import org.rangefinder.statute.StatutoryPenalties;
import org.rangefinder.table.SentencingTable;
import org.rangefinder.table.ZoneRules;

/**
 * The law the engine knows, loaded once from the versioned data files under
 * {@code org/rangefinder/data/}. Immutable and safe to share between threads.
 */
public record Guidelines(
        ManualCatalog manuals,
        SentencingTable table,
        ZoneRules zones,
        CriminalHistoryTable criminalHistory,
        StatusPoints statusPoints,
        CareerOffender careerOffender,
        CoveredAmendments amendments,
        PolicyStatement policyStatement,
        FastTrackPrograms fastTrackPrograms,
        EarlyDispositionRule earlyDisposition,
        ReasonCatalog reasons,
        StatutoryPenalties statutes,
        PriorSentenceRules priorSentenceRules,
        MitigatingRoleCap mitigatingRoleCap,
        SafetyValve safetyValve,
        Acceptance acceptance,
        IllegalReentry illegalReentry,
        ZeroPointOffender zeroPointOffender,
        DrugQuantityTable drugQuantityTable) {

    private static final class Holder {
        static final Guidelines INSTANCE = new Guidelines(
                ManualCatalog.load(),
                SentencingTable.load(),
                ZoneRules.load(),
                CriminalHistoryTable.load(),
                StatusPoints.load(),
                CareerOffender.load(),
                CoveredAmendments.load(),
                PolicyStatement.load(),
                FastTrackPrograms.load(),
                EarlyDispositionRule.load(),
                ReasonCatalog.load(),
                StatutoryPenalties.load(),
                PriorSentenceRules.load(),
                MitigatingRoleCap.load(),
                SafetyValve.load(),
                Acceptance.load(),
                IllegalReentry.load(),
                ZeroPointOffender.load(),
                DrugQuantityTable.load());
    }

    /** The shipped law, loaded on first use. */
    public static Guidelines load() {
        return Holder.INSTANCE;
    }
}
