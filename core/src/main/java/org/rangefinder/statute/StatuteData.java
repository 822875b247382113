package org.rangefinder.statute;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rangefinder.law.EffectiveWindow;
import org.rangefinder.law.LawData;
import org.rangefinder.model.Months;

/**
 * The parsed {@code statutes.yaml}: provisions by citation key, with their versions and tiers, and
 * the transition rules (First Step Act §§ 401(c), 403(b)). Checked strictly on load: unknown keys,
 * overlapping versions, tiers that leave a combination of facts unanswered or answer it twice, and
 * references to provisions not in the file are defects in the data file.
 */
final class StatuteData {

    static final String FILE = "statutes.yaml";

    /** A fact a version's tiers distinguish. */
    enum Fact {
        PRIORS("priors"),
        DEATH_OR_SBI("death_or_sbi"),
        PREPUBESCENT_MINOR("prepubescent_minor");

        final String yaml;

        Fact(String yaml) {
            this.yaml = yaml;
        }

        static Fact parse(String s) {
            for (Fact f : values()) {
                if (f.yaml.equals(s)) {
                    return f;
                }
            }
            throw defect("unknown fact '" + s + "' (priors, death_or_sbi, prepubescent_minor)");
        }
    }

    /** A tier's condition on the prior convictions. */
    enum PriorsCondition {
        NONE, ONE, TWO_OR_MORE, ONE_OR_MORE, ANY;

        boolean matches(Tier.Priors p) {
            return switch (this) {
                case NONE -> p == Tier.Priors.NONE;
                case ONE -> p == Tier.Priors.ONE;
                case TWO_OR_MORE -> p == Tier.Priors.TWO_OR_MORE;
                case ONE_OR_MORE -> p != Tier.Priors.NONE;
                case ANY -> true;
            };
        }
    }

    /** A tier's condition on a yes/no fact. */
    enum FlagCondition {
        YES, NO, ANY;

        boolean matches(boolean v) {
            return this == ANY || (this == YES) == v;
        }
    }

    /** A rule that extends a later version to earlier offenses not yet sentenced on {@code enacted}. */
    record Transition(String id, LocalDate enacted, String provision, String text, String source, boolean verified,
            String note) {}

    /** One tier of a version. A null condition means the version does not distinguish that fact. */
    record TierRule(PriorsCondition priors, FlagCondition deathOrSbi, FlagCondition prepubescentMinor, Months min,
            Months max, boolean consecutive, Integer supervisedReleaseMinYears, String condition, String source,
            boolean verified, String note) {

        boolean matches(Tier t) {
            return (priors == null || priors.matches(t.priors()))
                    && (deathOrSbi == null || deathOrSbi.matches(t.deathOrSeriousBodilyInjury()))
                    && (prepubescentMinor == null || prepubescentMinor.matches(t.prepubescentMinor()));
        }
    }

    /** A version of a penalty provision, for the offense dates in {@code window}. */
    record Version(String law, EffectiveWindow window, boolean fromVerified, String fromNote, Transition pendingCases,
            Set<Fact> facts, String priorPredicate, String otherTiers, String note, List<TierRule> tiers) {}

    /** An entry of the file, keyed by citation. */
    sealed interface Entry permits PenaltyEntry, PenaltyIn, Refer, SameAsObject {
        Citation citation();

        boolean coversSubdivisions();
    }

    record PenaltyEntry(Citation citation, String name, boolean coversSubdivisions, String otherTiers,
            List<Version> versions) implements Entry {}

    record Target(EffectiveWindow window, String citation) {}

    record PenaltyIn(Citation citation, boolean coversSubdivisions, String explanation, List<Target> targets,
            String source, boolean verified) implements Entry {}

    record Refer(Citation citation, boolean coversSubdivisions, String explanation, List<String> candidates)
            implements Entry {}

    record SameAsObject(Citation citation, boolean coversSubdivisions, String explanation, List<String> objectSections,
            String scopeNote, String source, boolean verified) implements Entry {}

    final Map<String, Entry> entries;
    final Map<String, Transition> transitions;

    private StatuteData(Map<String, Entry> entries, Map<String, Transition> transitions) {
        this.entries = Map.copyOf(entries);
        this.transitions = Map.copyOf(transitions);
    }

    static StatuteData load() {
        return parse(LawData.read(FILE));
    }

    static StatuteData parse(JsonNode root) {
        keys(root, "root", Set.of("transitions", "provisions"));
        Map<String, Transition> transitions = new LinkedHashMap<>();
        for (JsonNode t : root.path("transitions")) {
            keys(t, "transition", Set.of("id", "enacted", "rule", "provision", "text", "source", "verified", "note"));
            if (!"offense_before_enactment_not_yet_sentenced".equals(LawData.text(t, "rule"))) {
                throw defect("unknown transition rule in " + t);
            }
            Transition tr = new Transition(LawData.text(t, "id"), LawData.date(t, "enacted"),
                    LawData.text(t, "provision"), LawData.text(t, "text"), LawData.text(t, "source"),
                    flag(t, "verified"), LawData.optionalText(t, "note"));
            if (transitions.put(tr.id(), tr) != null) {
                throw defect("transition listed twice: " + tr.id());
            }
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (JsonNode p : root.path("provisions")) {
            Entry e = entry(p, transitions);
            if (entries.put(e.citation().key(), e) != null) {
                throw defect("provision listed twice: " + e.citation().key());
            }
        }
        StatuteData data = new StatuteData(entries, transitions);
        data.checkReferences();
        return data;
    }

    private static Entry entry(JsonNode p, Map<String, Transition> transitions) {
        String text = LawData.text(p, "citation");
        Citation c = Citation.parse(text).orElseThrow(() -> defect("not a citation: " + text));
        if (!c.key().equals(text)) {
            throw defect("write the citation in key form '" + c.key() + "', not '" + text + "'");
        }
        boolean covers = p.path("covers_subdivisions").asBoolean(false);
        String kind = LawData.text(p, "kind");
        return switch (kind) {
            case "penalty" -> {
                keys(p, c.key(), Set.of("citation", "kind", "name", "covers_subdivisions", "other_tiers", "versions"));
                List<Version> versions = new ArrayList<>();
                for (JsonNode v : p.path("versions")) {
                    versions.add(version(c, v, transitions));
                }
                if (versions.isEmpty()) {
                    throw defect(c.key() + " has no versions");
                }
                checkWindows(c, versions);
                yield new PenaltyEntry(c, LawData.text(p, "name"), covers, LawData.optionalText(p, "other_tiers"),
                        List.copyOf(versions));
            }
            case "penalty_in" -> {
                keys(p, c.key(), Set.of("citation", "kind", "covers_subdivisions", "explanation", "targets", "source",
                        "verified"));
                List<Target> targets = new ArrayList<>();
                for (JsonNode t : p.path("targets")) {
                    keys(t, c.key() + " target", Set.of("citation", "effective_from", "effective_until"));
                    targets.add(new Target(LawData.window(t), LawData.text(t, "citation")));
                }
                if (targets.isEmpty()) {
                    throw defect(c.key() + " has no targets");
                }
                yield new PenaltyIn(c, covers, LawData.text(p, "explanation"), List.copyOf(targets),
                        LawData.text(p, "source"), flag(p, "verified"));
            }
            case "refer" -> {
                keys(p, c.key(), Set.of("citation", "kind", "covers_subdivisions", "explanation", "candidates"));
                yield new Refer(c, covers, LawData.text(p, "explanation"), texts(p.path("candidates")));
            }
            case "same_as_object" -> {
                keys(p, c.key(), Set.of("citation", "kind", "covers_subdivisions", "object_sections", "explanation",
                        "scope_note", "source", "verified"));
                yield new SameAsObject(c, covers, LawData.text(p, "explanation"), texts(p.path("object_sections")),
                        LawData.optionalText(p, "scope_note"), LawData.text(p, "source"), flag(p, "verified"));
            }
            default -> throw defect("unknown kind '" + kind + "' for " + c.key());
        };
    }

    private static Version version(Citation c, JsonNode v, Map<String, Transition> transitions) {
        keys(v, c.key() + " version", Set.of("law", "effective_from", "effective_from_verified", "effective_from_note",
                "effective_until", "pending_cases", "facts", "prior_predicate", "source", "verified", "note",
                "other_tiers", "tiers"));
        String where = c.key() + " (" + LawData.text(v, "law") + ")";
        if (LawData.optionalDate(v, "effective_from") == null) {
            throw defect(where + " needs effective_from: the earliest offense date its text is known to govern");
        }
        Transition pending = null;
        String pendingId = LawData.optionalText(v, "pending_cases");
        if (pendingId != null) {
            pending = transitions.get(pendingId);
            if (pending == null) {
                throw defect(where + " names an unknown transition " + pendingId);
            }
            if (!pending.enacted().equals(LawData.date(v, "effective_from"))) {
                throw defect(where + " starts on a day other than its transition's enactment " + pending.enacted());
            }
        }
        Set<Fact> facts = EnumSet.noneOf(Fact.class);
        if (!v.has("facts")) {
            throw defect(where + " must list the facts its tiers distinguish (facts: [] for none)");
        }
        for (String f : texts(v.get("facts"))) {
            facts.add(Fact.parse(f));
        }
        String versionSource = LawData.text(v, "source");
        boolean versionVerified = flag(v, "verified");
        List<TierRule> tiers = new ArrayList<>();
        for (JsonNode t : v.path("tiers")) {
            tiers.add(tier(where, t, facts, versionSource, versionVerified));
        }
        checkTiers(where, facts, tiers);
        return new Version(LawData.text(v, "law"), LawData.window(v), v.path("effective_from_verified").asBoolean(true),
                LawData.optionalText(v, "effective_from_note"), pending, Set.copyOf(facts),
                LawData.optionalText(v, "prior_predicate"), LawData.optionalText(v, "other_tiers"),
                LawData.optionalText(v, "note"), List.copyOf(tiers));
    }

    private static TierRule tier(String where, JsonNode t, Set<Fact> facts, String versionSource,
            boolean versionVerified) {
        keys(t, where + " tier", Set.of("priors", "death_or_sbi", "prepubescent_minor", "min", "max", "consecutive",
                "supervised_release_min_years", "condition", "source", "verified", "note"));
        for (Fact f : Fact.values()) {
            if (facts.contains(f) != t.has(f.yaml)) {
                throw defect(where + ": a tier must state " + (facts.contains(f) ? "" : "no ") + "'" + f.yaml
                        + "' because the version " + (facts.contains(f) ? "lists" : "does not list") + " it: " + t);
            }
        }
        PriorsCondition priors = t.has("priors") ? priorsCondition(where, LawData.text(t, "priors")) : null;
        FlagCondition death = t.has("death_or_sbi") ? flagCondition(where, t.get("death_or_sbi")) : null;
        FlagCondition pre = t.has("prepubescent_minor") ? flagCondition(where, t.get("prepubescent_minor")) : null;
        Months min = Months.parse(LawData.text(t, "min"));
        Months max = Months.parse(LawData.text(t, "max"));
        if (min.isAfter(max)) {
            throw defect(where + ": minimum above maximum in " + t);
        }
        Integer sr = t.has("supervised_release_min_years") ? t.get("supervised_release_min_years").asInt() : null;
        String source = t.has("source") ? LawData.text(t, "source") : versionSource;
        boolean verified = t.has("verified") ? flag(t, "verified") : versionVerified;
        return new TierRule(priors, death, pre, min, max, t.path("consecutive").asBoolean(false), sr,
                LawData.text(t, "condition"), source, verified, LawData.optionalText(t, "note"));
    }

    /** Every combination of the listed facts must match exactly one tier. */
    private static void checkTiers(String where, Set<Fact> facts, List<TierRule> tiers) {
        for (Tier t : combinations(facts)) {
            long n = tiers.stream().filter(r -> r.matches(t)).count();
            if (n != 1) {
                throw defect(where + ": " + n + " tiers match " + t.describe() + " (exactly one must)");
            }
        }
    }

    /** The tiers a version with these facts must answer. */
    static List<Tier> combinations(Set<Fact> facts) {
        List<Tier> out = new ArrayList<>();
        List<Tier.Priors> priors = facts.contains(Fact.PRIORS) ? List.of(Tier.Priors.values()) : List.of(Tier.Priors.NONE);
        List<Boolean> deaths = facts.contains(Fact.DEATH_OR_SBI) ? List.of(false, true) : List.of(false);
        List<Boolean> pres = facts.contains(Fact.PREPUBESCENT_MINOR) ? List.of(false, true) : List.of(false);
        for (Tier.Priors p : priors) {
            for (boolean d : deaths) {
                for (boolean m : pres) {
                    out.add(new Tier(p, d, m));
                }
            }
        }
        return out;
    }

    private static void checkWindows(Citation c, List<Version> versions) {
        for (int i = 1; i < versions.size(); i++) {
            EffectiveWindow prev = versions.get(i - 1).window();
            EffectiveWindow next = versions.get(i).window();
            if (prev.until() == null || !prev.until().isBefore(next.from())) {
                throw defect(c.key() + ": versions must be in date order without overlap (" + prev + ", " + next + ")");
            }
        }
    }

    private void checkReferences() {
        for (Entry e : entries.values()) {
            switch (e) {
                case PenaltyIn pi -> {
                    for (Target t : pi.targets()) {
                        if (!(entries.get(t.citation()) instanceof PenaltyEntry)) {
                            throw defect(e.citation().key() + " maps to " + t.citation() + ", which is not a penalty entry");
                        }
                    }
                }
                case Refer r -> {
                    for (String k : r.candidates()) {
                        if (!entries.containsKey(k)) {
                            throw defect(e.citation().key() + " refers to unknown " + k);
                        }
                    }
                }
                case SameAsObject s -> {
                    for (String k : s.objectSections()) {
                        if (!entries.containsKey(k)) {
                            throw defect(e.citation().key() + " names unknown object section " + k);
                        }
                    }
                }
                case PenaltyEntry p -> { }
            }
        }
    }

    private static PriorsCondition priorsCondition(String where, String s) {
        return switch (s) {
            case "none" -> PriorsCondition.NONE;
            case "one" -> PriorsCondition.ONE;
            case "two_or_more" -> PriorsCondition.TWO_OR_MORE;
            case "one_or_more" -> PriorsCondition.ONE_OR_MORE;
            case "any" -> PriorsCondition.ANY;
            default -> throw defect(where + ": priors must be none, one, two_or_more, one_or_more or any, not " + s);
        };
    }

    private static FlagCondition flagCondition(String where, JsonNode n) {
        if (n.isBoolean()) {
            return n.asBoolean() ? FlagCondition.YES : FlagCondition.NO;
        }
        if ("any".equals(n.asText())) {
            return FlagCondition.ANY;
        }
        throw defect(where + ": expected true, false or any, not " + n);
    }

    private static boolean flag(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isBoolean()) {
            throw defect("'" + field + "' must be true or false in " + n);
        }
        return v.asBoolean();
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) {
            out.add(n.asText());
        }
        return List.copyOf(out);
    }

    private static void keys(JsonNode n, String where, Set<String> allowed) {
        if (!n.isObject()) {
            throw defect(where + ": expected a mapping, got " + n);
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) {
                throw defect(where + ": unknown field '" + k + "'");
            }
        }
    }

    private static IllegalStateException defect(String message) {
        return new IllegalStateException("defect in " + FILE + ": " + message);
    }
}
