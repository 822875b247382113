package org.rangefinder.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.rangefinder.model.Worksheet;

/** Reads {@code sentencing.worksheet} (docs/worksheet.md), collecting every problem with its path. */
final class WorksheetReader {

    private static final Pattern SECTION = Pattern.compile("[1-5][A-Z]\\d\\.\\d{1,2}(\\([a-z0-9A-Z]{1,4}\\))*");

    private WorksheetReader() {}

    static Worksheet read(Reader r, JsonNode w, String path) {
        r.onlyKeys(w, path, CaseFileReader.WORKSHEET);
        var base = r.integer(w, path, "base_offense_level", 1, 60, "a base offense level (1-60)");
        List<Worksheet.DrugQuantity> drugs = items(r, w, path, "drugs", (n, p) -> {
            r.onlyKeys(n, p, CaseFileReader.DRUG);
            Optional<String> substance = r.text(n, p, "substance");
            if (!n.has("substance")) {
                r.problem(p + ".substance", "is required (e.g. cocaine, cocaine-base, heroin, methamphetamine-actual)");
            }
            Optional<BigDecimal> grams = grams(r, n, p);
            return substance.isPresent() && grams.isPresent()
                    ? Optional.of(new Worksheet.DrugQuantity(substance.get(), grams.get())) : Optional.empty();
        });
        List<Worksheet.Adjustment> adjustments = items(r, w, path, "adjustments", (n, p) -> {
            r.onlyKeys(n, p, CaseFileReader.ADJUSTMENT);
            Optional<String> section = r.text(n, p, "section").map(x -> x.replace("§", "").strip());
            section.ifPresent(x -> {
                if (!SECTION.matcher(x).matches()) {
                    r.problem(p + ".section", "'" + x + "' is not a guideline section (expected e.g. 2D1.1(b)(1), 3B1.2(b), 3E1.1)");
                }
            });
            Optional<Integer> levels = r.integer(n, p, "levels", -20, 20, "a number of levels (-20 to 20, negative for a decrease)");
            if (!n.has("section")) {
                r.problem(p + ".section", "is required (e.g. 2D1.1(b)(1))");
            }
            if (!n.has("levels")) {
                r.problem(p + ".levels", "is required (e.g. 2, or -2 for a decrease)");
            }
            return section.isPresent() && levels.isPresent()
                    ? Optional.of(new Worksheet.Adjustment(section.get(), levels.get())) : Optional.empty();
        });
        List<Worksheet.PriorSentence> priors = items(r, w, path, "prior_sentences", (n, p) -> {
            r.onlyKeys(n, p, CaseFileReader.PRIOR);
            var points = r.integer(n, p, "points", 0, 3, "points for one prior sentence (0-3)");
            var item = r.text(n, p, "item").map(x -> x.replace("4A1.1", "").replace("(", "").replace(")", "").strip());
            item.ifPresent(x -> {
                if (!(x.length() == 1 && x.charAt(0) >= 'a' && x.charAt(0) <= 'f')) {
                    r.problem(p + ".item", "'" + x + "' is not an item of § 4A1.1 (expected a, b, c, d or e)");
                }
            });
            var months = r.integer(n, p, "sentence_months", 0, 2000, "a sentence in months (0 or more)");
            var days = r.integer(n, p, "sentence_days", 0, 60000, "a sentence in days (0 or more)");
            var type = r.choice(n, p, "type", Worksheet.PriorType.class);
            var date = r.date(n, p, "date");
            var released = r.date(n, p, "released");
            if (points.isEmpty() && months.isEmpty() && days.isEmpty() && type.isEmpty()) {
                r.problem(p, "give the points (with the § 4A1.1 item) or the sentence (sentence_months or sentence_days, or a type"
                        + " such as probation)");
            }
            if (date.isPresent() && released.isPresent() && released.get().isBefore(date.get())) {
                r.problem(p + ".released", released.get() + " is before the sentence date " + date.get());
            }
            return Optional.of(new Worksheet.PriorSentence(points, item, months, days, type, date, released));
        });
        return new Worksheet(base, drugs, adjustments, r.bool(w, path, "safety_valve"), r.bool(w, path, "minimal_participant"),
                priors, r.bool(w, path, "under_criminal_justice_sentence"));
    }

    private static Optional<BigDecimal> grams(Reader r, JsonNode n, String p) {
        JsonNode g = n.get("grams");
        if (g == null || g.isNull()) {
            r.problem(p + ".grams", "is required (the weight in grams, e.g. 5000)");
            return Optional.empty();
        }
        try {
            BigDecimal v = new BigDecimal(g.asText().strip());
            if (v.signum() > 0 && (g.isNumber() || g.isTextual())) {
                return Optional.of(v);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        r.problem(p + ".grams", "'" + g.asText() + "' is not a weight in grams (expected a number above 0)");
        return Optional.empty();
    }

    private static <T> List<T> items(Reader r, JsonNode w, String path, String key, BiFunction<JsonNode, String, Optional<T>> f) {
        JsonNode list = w.get(key);
        List<T> out = new ArrayList<>();
        if (list == null || list.isNull()) {
            return out;
        }
        if (!list.isArray()) {
            r.problem(path + "." + key, "expected a list");
            return out;
        }
        for (int i = 0; i < list.size(); i++) {
            String p = path + "." + key + "[" + i + "]";
            if (!list.get(i).isObject()) {
                r.problem(p, "expected a mapping of keys");
                continue;
            }
            f.apply(list.get(i), p).ifPresent(out::add);
        }
        return out;
    }
}
