package org.rangefinder.chapter2;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rangefinder.law.EffectiveWindow;
import org.rangefinder.law.LawData;
import org.rangefinder.model.Months;

/**
 * The safety valve ({@code data/chapter2/safety-valve.yaml}): the 2-level decrease of U.S.S.G. § 2D1.1(b)
 * for a defendant who meets the criteria of § 5C1.2 (18 U.S.C. § 3553(f)), by era (Amendments 515, 624,
 * 748, 807, 817); and the statutory minimums § 3553(f) sets aside, by the offense of conviction
 * ({@code minimum_set_aside}): the court imposes the guideline sentence "without regard to any statutory
 * minimum sentence" only for an offense under a section listed there.
 */
public final class SafetyValve {

    /** One era of the decrease. */
    public record Era(EffectiveWindow window, String amendment, String provision, int levels,
            Optional<Integer> appliesIfLevelAtLeast, String source) {}

    /** Whether § 3553(f) reaches an offense: yes, no, or not known from the dates the record gives. */
    public enum Coverage {
        COVERED, NOT_COVERED, NOT_KNOWN
    }

    /** What the date of {@code effective_from} is compared with: the sentence imposed, or the conviction entered. */
    public enum AppliesTo {
        SENTENCE, CONVICTION
    }

    /** Sections of the U.S. Code whose minimums § 3553(f) sets aside from a date. */
    public record CoveredSections(List<String> sections, LocalDate from, AppliesTo appliesTo, String source) {

        boolean lists(String sectionKey) {
            return sections.contains(sectionKey);
        }

        /**
         * Whether the offense dated as given falls under this entry. The case file has no conviction date: a
         * conviction comes after the offense and no later than the sentence.
         */
        Coverage on(Optional<LocalDate> offense, Optional<LocalDate> sentencing) {
            if (offense.isPresent() && !offense.get().isBefore(from)) {
                return Coverage.COVERED;
            }
            if (sentencing.isEmpty()) {
                return Coverage.NOT_KNOWN;
            }
            if (sentencing.get().isBefore(from)) {
                return Coverage.NOT_COVERED;
            }
            return appliesTo == AppliesTo.SENTENCE ? Coverage.COVERED : Coverage.NOT_KNOWN;
        }
    }

    /**
     * The floor of § 5C1.2(b) in its offense-level form: for a defendant who meets the criteria and whose statutory
     * minimum (the one set aside) is at least {@code minimumAtLeast}, the offense level from Chapters Two and Three is not
     * less than {@code level}. {@code knownThrough}: the last day the level form is confirmed in force (the entry's end
     * is not known: a later Manual states the floor as a range, see safety-valve.yaml).
     */
    public record LevelFloor(LocalDate from, Optional<LocalDate> knownThrough, String provision, int level, Months minimumAtLeast,
            String source) {

        /** Whether the floor reaches a defendant whose highest minimum set aside is {@code setAside}. */
        public boolean reaches(Months setAside) {
            return !setAside.isBefore(minimumAtLeast);
        }
    }

    /**
     * The criminal-history criterion of § 3553(f)(1) as the most criminal history points in all a defendant who meets it
     * can have: before the First Step Act (convictions before {@code firstStepActFrom}), {@code pointsBefore} (1); after
     * it, {@code excludingOnePointOffenses} (4) plus the most 1-point prior sentences can add (7).
     */
    public record CriminalHistoryCriterion(int pointsBefore, LocalDate firstStepActFrom, int excludingOnePointOffenses,
            String sourceBefore, String sourceAfter) {

        /** The most points in all for a sentence imposed on {@code sentencing} (a conviction comes no later than it). */
        public int mostPoints(Optional<LocalDate> sentencing) {
            return sentencing.filter(d -> d.isBefore(firstStepActFrom)).isPresent() ? pointsBefore
                    : excludingOnePointOffenses + ONE_POINT_OFFENSES_AT_MOST;
        }
    }

    /**
     * The most points prior sentences of 1 point each can add: § 4A1.1(c), "up to a total of 4 points", and the 1 point
     * for each crime of violence counted in a single sentence (§ 4A1.1(e) from Nov. 1, 2010, (d) from Nov. 1, 2023), up
     * to 3 more. Whether § 3553(f)(1)(A) excludes the latter as "1-point offense[s]" is not settled here; counting them
     * can only make a category possible, never set a minimum aside the record does not support.
     */
    public static final int ONE_POINT_OFFENSES_AT_MOST = 4 + 3;

    private final List<Era> eras;
    private final List<LevelFloor> floors;
    private CriminalHistoryCriterion criterion;
    private final String provision;
    private final String guideline;
    private final List<CoveredSections> covered;

    private SafetyValve(List<Era> eras, List<LevelFloor> floors, String provision, String guideline, List<CoveredSections> covered) {
        this.eras = List.copyOf(eras);
        this.floors = List.copyOf(floors);
        this.provision = provision;
        this.guideline = guideline;
        this.covered = List.copyOf(covered);
    }

    public static SafetyValve load() {
        List<Era> eras = new ArrayList<>();
        JsonNode root = LawData.read("chapter2/safety-valve.yaml");
        for (JsonNode e : root.get("decrease_eras")) {
            JsonNode t = e.get("applies_if_offense_level_at_least");
            eras.add(new Era(LawData.window(e), LawData.text(e, "amendment"),
                    Optional.ofNullable(LawData.optionalText(e, "provision")).orElse("§ 2D1.1(b) (safety valve)"),
                    e.get("levels").asInt(), t == null || t.isNull() ? Optional.empty() : Optional.of(t.asInt()),
                    LawData.text(e, "source")));
        }
        JsonNode aside = root.get("minimum_set_aside");
        List<CoveredSections> covered = new ArrayList<>();
        for (JsonNode o : aside.get("offenses")) {
            List<String> sections = new ArrayList<>();
            o.get("sections").forEach(x -> sections.add(x.asText()));
            covered.add(new CoveredSections(sections, LawData.date(o, "effective_from"),
                    AppliesTo.valueOf(LawData.text(o, "applies_to").toUpperCase(java.util.Locale.ROOT)), LawData.text(o, "source")));
        }
        List<LevelFloor> floors = new ArrayList<>();
        for (JsonNode f : root.get("floor")) {
            JsonNode level = f.get("minimum_offense_level");
            LocalDate from = LawData.optionalDate(f, "effective_from");
            if (level == null || level.isNull() || from == null) {
                continue; // the range form (24-30 months), whose dates are not known: not applied
            }
            floors.add(new LevelFloor(from, Optional.ofNullable(LawData.optionalDate(f, "known_in_force_through")),
                    LawData.text(f, "provision"), level.asInt(), Months.of(f.get("applies_when_statutory_minimum_at_least_months").asInt()),
                    LawData.text(f, "source")));
        }
        SafetyValve out = new SafetyValve(eras, floors, LawData.text(aside, "provision"), LawData.text(aside, "guideline"), covered);
        JsonNode before = null;
        JsonNode after = null;
        for (JsonNode c : root.get("criminal_history_criterion")) {
            if (c.hasNonNull("max_points")) {
                before = c;
            } else if (c.hasNonNull("max_points_excluding_one_point_offenses")) {
                after = c;
            }
        }
        out.criterion = new CriminalHistoryCriterion(before.get("max_points").asInt(), LawData.date(after, "effective_from"),
                after.get("max_points_excluding_one_point_offenses").asInt(), LawData.text(before, "source"), LawData.text(after, "source"));
        List<FirearmConviction> firearms = new ArrayList<>();
        for (JsonNode f : root.path("firearm_convictions")) {
            firearms.add(new FirearmConviction(LawData.text(f, "citation"), LawData.text(f, "criterion"), LawData.text(f, "source")));
        }
        out.firearmConvictions = List.copyOf(firearms);
        return out;
    }

    /** A conviction that contradicts a safety-valve finding (safety-valve.yaml, firearm_convictions). */
    public record FirearmConviction(String citation, String criterion, String source) {}

    private List<FirearmConviction> firearmConvictions = List.of();

    /**
     * The first of {@code cited} (citations as written) that is, or falls under, a firearm conviction the safety
     * valve's § 3553(f)(2) criterion rules out, with that conviction.
     */
    public Optional<Map.Entry<String, FirearmConviction>> firearmConviction(List<String> cited) {
        for (String s : cited) {
            Optional<String> key = org.rangefinder.statute.Citation.parse(s).map(org.rangefinder.statute.Citation::key);
            for (FirearmConviction f : firearmConvictions) {
                if (key.isPresent() && key.get().startsWith(f.citation())) {
                    return Optional.of(Map.entry(s, f));
                }
            }
        }
        return Optional.empty();
    }

    /** The criminal-history criterion of § 3553(f)(1) (safety-valve.yaml, criminal_history_criterion). */
    public CriminalHistoryCriterion criterion() {
        return criterion;
    }

    /** The statute that sets minimums aside: {@code 18 U.S.C. § 3553(f)}. */
    public String provision() {
        return provision;
    }

    /** The guideline that restates it, e.g. {@code § 5C1.2(a)}, to be cited from an edition. */
    public String guideline() {
        return guideline;
    }

    /** The sections covered, in words: {@code 21 U.S.C. § 841, ... (sentences from 1994-09-23); 46 U.S.C. § 70503, ...}. */
    public String coveredSections() {
        List<String> groups = new ArrayList<>();
        for (CoveredSections c : covered) {
            groups.add(String.join(", ", c.sections().stream().map(x -> x.replace("U.S.C. ", "U.S.C. § ")).toList()) + " ("
                    + (c.appliesTo() == AppliesTo.SENTENCE ? "sentences imposed" : "convictions entered") + " from " + c.from() + ")");
        }
        return String.join("; ", groups);
    }

    /**
     * Whether § 3553(f) sets aside the minimum of an offense under {@code sectionKey} (a section key such as
     * {@code 21 U.S.C. 841}, see {@code Citation.sectionKey}), for the offense and sentencing dates the record gives.
     */
    public Coverage covers(String sectionKey, Optional<LocalDate> offense, Optional<LocalDate> sentencing) {
        for (CoveredSections c : covered) {
            if (c.lists(sectionKey)) {
                return c.on(offense, sentencing);
            }
        }
        return Coverage.NOT_COVERED;
    }

    /** Whether § 3553(f) lists the offense at all, whatever the dates (e.g. {@code 21 U.S.C. 841}). */
    public boolean lists(String sectionKey) {
        return covered.stream().anyMatch(c -> c.lists(sectionKey));
    }

    /**
     * The offense-level floor of § 5C1.2(b) for a sentence imposed on {@code sentencing}; with the date not known, the
     * earliest one (a floor applied where it may not have been in force only raises the range: never a wrong grant).
     */
    public Optional<LevelFloor> levelFloor(Optional<LocalDate> sentencing) {
        if (sentencing.isEmpty()) {
            return floors.stream().findFirst();
        }
        return floors.stream().filter(f -> !sentencing.get().isBefore(f.from())).reduce((a, b) -> b);
    }

    /** The era in force on a date; empty before the decrease existed. */
    public Optional<Era> on(LocalDate date) {
        return eras.stream().filter(e -> e.window().from() != null && e.window().contains(date)).findFirst();
    }
}
