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
import org.rangefinder.law.CaseLaw;
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
 * {@code org/rangefinder/data/}. Immutable and safe to share between threads. The parts only the
 * worksheets use (the methods below the components) are loaded on first use, so that a run without
 * a worksheet, such as a docket screening, does not pay for them.
 */
public record Guidelines(
        ManualCatalog manuals,
        SentencingTable table,
        ZoneRules zones,
        CriminalHistoryTable criminalHistory,
        StatusPoints statusPoints,
        CoveredAmendments amendments,
        PolicyStatement policyStatement,
        FastTrackPrograms fastTrackPrograms,
        EarlyDispositionRule earlyDisposition,
        ReasonCatalog reasons,
        StatutoryPenalties statutes,
        CaseLaw caseLaw) {

    /** The decisions cited as authority, which the motion data and the career-offender data refer to by key. */
    private static final class Decisions {
        static final CaseLaw CASE_LAW = CaseLaw.load();
    }

    private static final class Holder {
        static final Guidelines INSTANCE = new Guidelines(
                ManualCatalog.load(),
                SentencingTable.load(),
                ZoneRules.load(),
                CriminalHistoryTable.load(),
                StatusPoints.load(),
                CoveredAmendments.load(),
                PolicyStatement.load(Decisions.CASE_LAW),
                FastTrackPrograms.load(Decisions.CASE_LAW),
                EarlyDispositionRule.load(),
                ReasonCatalog.load(Decisions.CASE_LAW),
                StatutoryPenalties.load(),
                Decisions.CASE_LAW);
    }

    /** The worksheets' law, loaded (thread-safely, once) when the first worksheet asks for it. */
    private static final class Worksheets {
        static final PriorSentenceRules PRIOR_SENTENCES = PriorSentenceRules.load();
        static final CareerOffender CAREER_OFFENDER = CareerOffender.load(Decisions.CASE_LAW);
        static final MitigatingRoleCap MITIGATING_ROLE_CAP = MitigatingRoleCap.load();
        static final SafetyValve SAFETY_VALVE = SafetyValve.load();
        static final Acceptance ACCEPTANCE = Acceptance.load();
        static final IllegalReentry ILLEGAL_REENTRY = IllegalReentry.load();
        static final ZeroPointOffender ZERO_POINT = ZeroPointOffender.load();
    }

    /** The drug quantity table alone, the largest data file, needed only for a drug worksheet. */
    private static final class Drugs {
        static final DrugQuantityTable TABLE = DrugQuantityTable.load();
    }

    /** The same law with another Sentencing Table (e.g. one that must agree across editions, {@link SentencingTable#agreeingWith}). */
    public Guidelines withTable(SentencingTable other) {
        return new Guidelines(manuals, other, zones, criminalHistory, statusPoints, amendments, policyStatement,
                fastTrackPrograms, earlyDisposition, reasons, statutes, caseLaw);
    }

    /** The shipped law, loaded on first use. */
    public static Guidelines load() {
        return Holder.INSTANCE;
    }

    public PriorSentenceRules priorSentenceRules() {
        return Worksheets.PRIOR_SENTENCES;
    }

    public CareerOffender careerOffender() {
        return Worksheets.CAREER_OFFENDER;
    }

    public MitigatingRoleCap mitigatingRoleCap() {
        return Worksheets.MITIGATING_ROLE_CAP;
    }

    public SafetyValve safetyValve() {
        return Worksheets.SAFETY_VALVE;
    }

    public Acceptance acceptance() {
        return Worksheets.ACCEPTANCE;
    }

    public IllegalReentry illegalReentry() {
        return Worksheets.ILLEGAL_REENTRY;
    }

    public ZeroPointOffender zeroPointOffender() {
        return Worksheets.ZERO_POINT;
    }

    public DrugQuantityTable drugQuantityTable() {
        return Drugs.TABLE;
    }
}
