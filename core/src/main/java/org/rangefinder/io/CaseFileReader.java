package org.rangefinder.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.rangefinder.model.Case;
import org.rangefinder.model.Case.Amended;
import org.rangefinder.model.Case.Conviction;
import org.rangefinder.model.Case.Motion;
import org.rangefinder.model.Case.Sentencing;
import org.rangefinder.model.MonthRange;
import org.rangefinder.model.Months;
import org.rangefinder.model.ZeroPointExclusion;

/**
 * Reads a case file (format version 1, JSON or YAML; see docs/case-file.md) and validates it,
 * reporting every problem with its field path. Unknown keys are errors, except {@code x-} keys.
 */
public final class CaseFileReader {

    /** The outcome: a case and its warnings, or the problems that stop it. */
    public sealed interface Result permits Valid, Invalid {}

    public record Valid(Case theCase, List<String> warnings) implements Result {}

    public record Invalid(List<Problem> problems) implements Result {}

    static final Set<String> TOP = keys("caption", "court", "docket", "conviction", "sentencing", "motion", "amended",
            "prior_reduction");
    static final Set<String> CONVICTION = keys("disposition", "statutes", "offense", "offense_date",
            "plea_agreement_uses_range");
    static final Set<String> SENTENCING = keys("date", "offense_level", "offense_guideline", "criminal_history_category",
            "criminal_history_points", "status_points", "career_offender", "mandatory_minimum_months",
            "statutory_maximum_months", "guideline_range", "departures", "sentence_months", "time_served_months",
            "zero_point_exclusions", "worksheet", "substantial_assistance_levels");
    static final Set<String> WORKSHEET = keys("base_offense_level", "drugs", "adjustments", "safety_valve",
            "minimal_participant", "prior_sentences", "under_criminal_justice_sentence");
    static final Set<String> DRUG = keys("substance", "grams");
    static final Set<String> ADJUSTMENT = keys("section", "levels");
    static final Set<String> PRIOR = keys("points", "item", "sentence_months", "sentence_days", "type", "date", "released");
    static final Set<String> MOTION = keys("kind", "amendment", "basis", "government_motion", "filed", "date");
    static final Set<String> AMENDED = keys("guideline_range", "offense_level", "criminal_history_category",
            "criminal_history_points", "status_points");
    static final Set<String> PRIOR_REDUCTION = keys("amendment", "date", "guideline_range");

    /** The keys of a mapping, in the order messages list them (looked up for every key of every docket row). */
    private static Set<String> keys(String... keys) {
        return java.util.Collections.unmodifiableSequencedSet(new java.util.LinkedHashSet<>(List.of(keys)));
    }

    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '(.*)'$");
    private static final Pattern AMENDMENT = Pattern.compile("\\d{1,4}(-[A-Za-z]\\d?)?");
    private static final Pattern GUIDELINE = Pattern.compile("[1-8][A-Z]\\d\\.\\d{1,2}");

    /** Duplicate keys are errors: the last value must not silently replace the first (a typo must not pass). */
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION));

    private CaseFileReader() {}

    /** Parses and validates the text of a case file (JSON is read as the YAML subset it is). */
    public static Result read(String text) {
        JsonNode root;
        try (JsonParser parser = YAML.createParser(text)) {
            root = YAML.readTree(parser);
            Optional<Problem> more = trailingContent(parser);
            if (more.isPresent()) {
                return new Invalid(List.of(more.get()));
            }
        } catch (JsonProcessingException e) {
            Optional<Problem> duplicate = duplicateKey(e);
            if (duplicate.isPresent()) {
                return new Invalid(List.of(duplicate.get()));
            }
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr();
            return new Invalid(List.of(new Problem("(file)", "not valid JSON or YAML" + where + ": "
                    + e.getOriginalMessage())));
        } catch (java.io.IOException e) {
            return new Invalid(List.of(new Problem("(file)", "cannot be read: " + e.getMessage())));
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return new Invalid(List.of(new Problem("(file)", "the file is empty (a case file needs at least motion.kind)")));
        }
        if (!root.isObject()) {
            return new Invalid(List.of(new Problem("(file)", "expected a mapping of keys at the top level ("
                    + String.join(", ", TOP) + "), got " + Reader.describe(root))));
        }
        return read(root);
    }

    /**
     * Anything after the case: a second YAML document, or text after the JSON object. Without this
     * check it was silently ignored (an empty document after a closing "---" is allowed).
     */
    private static Optional<Problem> trailingContent(JsonParser parser) throws java.io.IOException {
        var token = parser.nextToken();
        while (token == com.fasterxml.jackson.core.JsonToken.VALUE_NULL) {
            token = parser.nextToken();
        }
        if (token == null) {
            return Optional.empty();
        }
        var at = parser.currentTokenLocation();
        return Optional.of(new Problem("(file)", "more than one case: a second document (or text after the case) begins at line "
                + at.getLineNr() + ", column " + at.getColumnNr() + "; a case file holds one JSON object or one YAML document"));
    }

    /** A duplicate key, reported at its field path ("sentencing.offense_level") with its line. */
    private static Optional<Problem> duplicateKey(JsonProcessingException e) {
        var m = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
        if (!m.matches()) {
            return Optional.empty();
        }
        List<String> path = new ArrayList<>();
        if (e.getProcessor() instanceof JsonParser p) {
            for (JsonStreamContext c = p.getParsingContext() == null ? null : p.getParsingContext().getParent();
                    c != null; c = c.getParent()) {
                if (c.getCurrentName() != null) {
                    path.addFirst(c.getCurrentName());
                }
            }
        }
        path.add(m.group(1));
        String line = e.getLocation() == null ? "" : " (again at line " + e.getLocation().getLineNr() + ")";
        return Optional.of(new Problem(String.join(".", path), "is given more than once" + line
                + "; a key may appear only once in a mapping, so say which value is meant"));
    }

    /** Validates an already parsed tree. */
    public static Result read(JsonNode root) {
        return read(root, new Reader());
    }

    /**
     * Validates a tree whose every key is known to be one this reader accepts, without looking the keys
     * up again: a docket row, whose columns were checked once with the header (ColumnsTest checks that
     * every column is an accepted key). Unknown keys in such a tree would go unreported.
     */
    public static Result readKnownKeys(JsonNode root) {
        return read(root, new Reader(false));
    }

    private static Result read(JsonNode root, Reader r) {
        List<String> warnings = new ArrayList<>();
        r.onlyKeys(root, "", TOP);
        Optional<String> caption = r.text(root, "", "caption");
        Optional<String> court = r.text(root, "", "court");
        Optional<String> docket = r.text(root, "", "docket");

        Conviction conviction = r.section(root, "", "conviction").map(c -> {
            r.onlyKeys(c, "conviction", CONVICTION);
            return new Conviction(
                    r.choice(c, "conviction", "disposition", Case.Disposition.class),
                    r.list(c, "conviction", "statutes").orElse(List.of()),
                    r.choice(c, "conviction", "offense", Case.OffenseKind.class),
                    r.date(c, "conviction", "offense_date"),
                    r.bool(c, "conviction", "plea_agreement_uses_range"));
        }).orElse(Conviction.UNKNOWN);
        if (conviction.pleaAgreementUsesRange().isPresent() && conviction.disposition().isPresent()
                && conviction.disposition().get() != Case.Disposition.PLEA_11C1C) {
            r.problem("conviction.plea_agreement_uses_range", "is only for a Rule 11(c)(1)(C) agreement (conviction.disposition:"
                    + " plea-11c1c), not " + conviction.disposition().get().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }

        Sentencing sentencing = readSentencing(r, r.section(root, "", "sentencing").orElse(YAML.createObjectNode()));
        if (conviction.offenseDate().isPresent() && sentencing.date().isPresent()
                && conviction.offenseDate().get().isAfter(sentencing.date().get())) {
            r.problem("conviction.offense_date", conviction.offenseDate().get() + " is after the sentence was imposed ("
                    + sentencing.date().get() + "); the offense must come before sentencing (check both dates)");
        }

        Motion motion = null;
        Optional<JsonNode> m = r.section(root, "", "motion");
        if (m.isEmpty()) {
            if (!root.hasNonNull("motion")) { // an explicit null is as absent as a missing key
                r.problem("motion", "is required (at least motion.kind: sentence-reduction or early-disposition)");
            }
        } else {
            JsonNode mn = m.get();
            r.onlyKeys(mn, "motion", MOTION);
            Optional<Case.MotionKind> kind = r.choice(mn, "motion", "kind", Case.MotionKind.class);
            if (!mn.hasNonNull("kind")) {
                r.problem("motion.kind", "is required (sentence-reduction or early-disposition)");
            }
            Optional<String> amendment = r.text(mn, "motion", "amendment");
            amendment.ifPresent(a -> {
                if (!AMENDMENT.matcher(a).matches()) {
                    r.problem("motion.amendment", "'" + a + "' is not an amendment number (expected e.g. \"782\", \"821-A\", \"821-B\")");
                }
            });
            Optional<Case.Basis> basis = r.choice(mn, "motion", "basis", Case.Basis.class);
            Optional<Boolean> gov = r.bool(mn, "motion", "government_motion");
            var filed = r.date(mn, "motion", "filed");
            var date = r.date(mn, "motion", "date");
            if (kind.isPresent()) {
                motion = new Motion(kind.get(), amendment, basis, gov, filed, date);
                if (kind.get() == Case.MotionKind.SENTENCE_REDUCTION && amendment.isEmpty() && basis.isEmpty()
                        && !mn.hasNonNull("amendment") && !mn.hasNonNull("basis")) {
                    r.problem("motion.amendment", "a sentence-reduction motion needs motion.amendment (e.g. \"782\")"
                            + " or motion.basis (what it relies on instead)");
                }
                if (amendment.isPresent() && basis.isPresent()) {
                    r.problem("motion.basis", "give motion.amendment or motion.basis, not both");
                }
            }
            if (filed.isPresent() && date.isPresent() && date.get().isBefore(filed.get())) {
                r.problem("motion.date", date.get() + " is before the motion was filed (" + filed.get() + ")");
            }
            // an early-disposition motion is made before or at sentencing; only a sentence reduction comes after it
            boolean afterSentencing = kind.map(k -> k == Case.MotionKind.SENTENCE_REDUCTION).orElse(true);
            for (var d : List.of(filed, date)) {
                if (afterSentencing && d.isPresent() && sentencing.date().isPresent() && d.get().isBefore(sentencing.date().get())) {
                    r.problem(d == filed ? "motion.filed" : "motion.date", d.get() + " is before the sentence was imposed ("
                            + sentencing.date().get() + "); a motion to reduce a sentence comes after sentencing");
                }
            }
        }

        Amended amended = r.section(root, "", "amended").map(a -> {
            r.onlyKeys(a, "amended", AMENDED);
            Amended out = new Amended(
                    r.range(a, "amended", "guideline_range"),
                    r.offenseLevel(a, "amended", "offense_level"),
                    r.category(a, "amended", "criminal_history_category"),
                    r.integer(a, "amended", "criminal_history_points", 0, 200, "a number of criminal history points (a whole number from 0 to 200)"),
                    r.integer(a, "amended", "status_points", 0, 3, "a number of status points (0-3)"));
            if (out.points().isPresent() && out.statusPoints().isPresent() && out.statusPoints().get() > out.points().get()) {
                r.problem("amended.status_points", out.statusPoints().get() + " status points exceed the "
                        + out.points().get() + " criminal history points they are part of");
            }
            return out;
        }).orElse(Amended.NONE);

        Case.PriorReduction prior = readPriorReduction(r, root, sentencing, motion);

        if (!r.problems().isEmpty()) {
            return new Invalid(r.problems());
        }
        return new Valid(new Case(caption, court, docket, conviction, sentencing, motion, amended, prior), warnings);
    }

    /** An earlier § 3582(c)(2) order: it comes after sentencing and before the motion now decided. */
    private static Case.PriorReduction readPriorReduction(Reader r, JsonNode root, Sentencing sentencing, Motion motion) {
        return r.section(root, "", "prior_reduction").map(p -> {
            r.onlyKeys(p, "prior_reduction", PRIOR_REDUCTION);
            Optional<String> amendment = r.text(p, "prior_reduction", "amendment");
            amendment.ifPresent(a -> {
                if (!AMENDMENT.matcher(a).matches()) {
                    r.problem("prior_reduction.amendment", "'" + a + "' is not an amendment number (expected e.g. \"706\", \"750\")");
                }
            });
            var date = r.date(p, "prior_reduction", "date");
            var range = r.range(p, "prior_reduction", "guideline_range");
            if (date.isPresent() && sentencing.date().isPresent() && date.get().isBefore(sentencing.date().get())) {
                r.problem("prior_reduction.date", date.get() + " is before the sentence was imposed (" + sentencing.date().get()
                        + "); an earlier reduction comes after sentencing");
            }
            if (date.isPresent() && motion != null && motion.date().isPresent() && date.get().isAfter(motion.date().get())) {
                r.problem("prior_reduction.date", date.get() + " is after the motion is decided (" + motion.date().get()
                        + "); an earlier reduction comes before it");
            }
            if (!p.hasNonNull("amendment") && !p.hasNonNull("guideline_range")) {
                r.problem("prior_reduction", "needs prior_reduction.amendment (the amendment the earlier order applied, e.g."
                        + " \"706\") or prior_reduction.guideline_range (the amended range it applied)");
            }
            if (motion != null && motion.kind() != Case.MotionKind.SENTENCE_REDUCTION) {
                r.problem("prior_reduction", "is only for a sentence-reduction motion (motion.kind: sentence-reduction)");
            }
            return new Case.PriorReduction(amendment, date, range);
        }).orElse(Case.PriorReduction.NONE);
    }

    private static Sentencing readSentencing(Reader r, JsonNode s) {
        String p = "sentencing";
        r.onlyKeys(s, p, SENTENCING);
        Optional<String> guideline = r.text(s, p, "offense_guideline").map(g -> g.replace("§", "").strip());
        guideline.ifPresent(g -> {
            if (!GUIDELINE.matcher(g).matches()) {
                r.problem("sentencing.offense_guideline", "'" + g + "' is not a guideline section (expected e.g. 2D1.1, 2K2.1, 2L1.2)");
            }
        });
        Optional<Integer> points = r.integer(s, p, "criminal_history_points", 0, 200, "a number of criminal history points (a whole number from 0 to 200)");
        Optional<Integer> status = r.integer(s, p, "status_points", 0, 3, "a number of status points (0-3)");
        Optional<Months> min = r.months(s, p, "mandatory_minimum_months", true);
        Optional<Months> max = r.months(s, p, "statutory_maximum_months", true);
        Optional<MonthRange> range = r.range(s, p, "guideline_range");
        Optional<Months> sentence = r.months(s, p, "sentence_months", true);
        Optional<Months> served = r.months(s, p, "time_served_months", false);
        if (served.isPresent() && sentence.isPresent() && served.get().isAfter(sentence.get())) {
            r.problem("sentencing.time_served_months", served.get() + " is more than the term imposed (sentencing.sentence_months "
                    + sentence.get() + "); time served is part of that term");
        }
        if (min.isPresent() && max.isPresent() && min.get().isAfter(max.get())) {
            r.problem("sentencing.mandatory_minimum_months", min.get() + " is above sentencing.statutory_maximum_months "
                    + max.get() + " (a minimum cannot exceed the maximum)");
        }
        if (points.isPresent() && status.isPresent() && status.get() > points.get()) {
            r.problem("sentencing.status_points", status.get() + " status points exceed the " + points.get()
                    + " criminal history points they are part of");
        }
        if (sentence.isPresent() && max.isPresent() && sentence.get().isAfter(max.get())) {
            r.problem("sentencing.sentence_months", sentence.get() + " is above the statutory maximum " + max.get());
        }
        Optional<Boolean> career = r.bool(s, p, "career_offender");
        var category = r.category(s, p, "criminal_history_category");
        if (career.orElse(false) && category.isPresent() && category.get() != org.rangefinder.model.CriminalHistoryCategory.VI) {
            r.problem("sentencing.criminal_history_category", category.get() + " contradicts career_offender: true"
                    + " (a career offender's category is always VI, U.S.S.G. § 4B1.1(b))");
        }
        Optional<Integer> levels = r.integer(s, p, "substantial_assistance_levels", 1, 42,
                "a number of offense levels (a whole number from 1 to 42)");
        var departures = r.choices(s, p, "departures", Case.Departure.class);
        if (levels.isPresent() && departures.isPresent() && !departures.get().contains(Case.Departure.SUBSTANTIAL_ASSISTANCE)) {
            r.problem("sentencing.substantial_assistance_levels", "is given, but sentencing.departures does not list"
                    + " substantial-assistance");
        }
        return new Sentencing(
                r.date(s, p, "date"),
                r.offenseLevel(s, p, "offense_level"),
                guideline,
                category,
                points,
                status,
                career,
                min,
                max,
                range,
                departures,
                sentence,
                served,
                r.choices(s, p, "zero_point_exclusions", ZeroPointExclusion.class),
                r.section(s, p, "worksheet").map(w -> WorksheetReader.read(r, w, "sentencing.worksheet")),
                levels);
    }
}
