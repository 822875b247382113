package org.rangefinder.chapter2;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.rangefinder.explain.Step;
import org.rangefinder.explain.Trace;
import org.rangefinder.law.EffectiveWindow;
import org.rangefinder.law.LawData;
import org.rangefinder.law.UnsupportedQuestionException;
import org.rangefinder.manual.Edition;

/**
 * The Drug Quantity Table of U.S.S.G. § 2D1.1(c) by era, and the commentary's rules for combining
 * differing controlled substances (comment. n.10 before 2014, n.8 after: marihuana equivalency,
 * "converted drug weight" from Nov. 1, 2018), loaded from {@code chapter2/drug-quantity-tables.yaml}.
 */
public final class DrugQuantityTable {

    /** How an era combines differing substances (comment. n.10(B)/(D), n.8(B)). */
    public enum CombinationRule {
        /** Convert each substance, add, look up the total in the marihuana column. */
        STANDARD,
        /** Amendment 706 as amended by 711, n.10(D): the cocaine base's equivalency depends on its own level. */
        COCAINE_BASE_LEVEL_EQUIVALENCY,
        /** Amendment 715, n.10(D): combine with 1 gm of cocaine base = 20 kg, then 2 levels less, with exceptions. */
        COCAINE_BASE_MINUS_TWO,
        /**
         * The era's rule for combining differing substances is not encoded (before Amendment 396, Nov. 1,
         * 1991, the commentary combined them in heroin equivalents): combinations are answered unsupported.
         */
        NOT_ENCODED
    }

    /** A primary or secondary text a value comes from: a short citation and what was read. */
    public record Source(String key, String cite, String detail) {}

    /**
     * One row of the table: a substance's quantity band, from (inclusive) to (exclusive), or from (inclusive)
     * through (inclusive) where the table as written leaves a gap above the band (the table of Nov. 1, 1987:
     * "3-9.9 KG"); both null for "or more".
     *
     * @param asWritten the band as the Manual writes it, when it is not "At least X but less than Y" (e.g. "3-9.9 KG")
     */
    public record Row(String substance, int level, BigDecimal from, BigDecimal to, String fromText, String toText,
            BigDecimal through, String throughText, String asWritten, String provision, boolean verified,
            String source, String note) {

        /** A band ending where the next begins ("but less than"), as every table since Nov. 1, 1989 writes it. */
        public Row(String substance, int level, BigDecimal from, BigDecimal to, String fromText, String toText,
                String provision, boolean verified, String source, String note) {
            this(substance, level, from, to, fromText, toText, null, null, null, provision, verified, source, note);
        }

        public boolean contains(BigDecimal grams) {
            if (grams.compareTo(from) < 0) {
                return false;
            }
            if (to != null) {
                return grams.compareTo(to) < 0;
            }
            return through == null || grams.compareTo(through) <= 0;
        }

        /** "Or more": the top row. */
        public boolean openEnded() {
            return to == null && through == null;
        }

        /** The band in the Manual's words: "At least 100 G but less than 400 G" (or as written, "3-9.9 KG"). */
        public String describe() {
            if (asWritten != null) {
                return asWritten;
            }
            if (through != null) {
                return fromText + " through " + throughText;
            }
            if (to == null) {
                return fromText + " or more";
            }
            if (from.signum() == 0) {
                return "Less than " + toText;
            }
            return "At least " + fromText + " but less than " + toText;
        }
    }

    /** A conversion factor: 1 gram of the substance = {@code perGram} grams of marihuana. */
    public record Factor(String substance, BigDecimal perGram, String perGramText, boolean verified, String source,
            String note) {}

    /** The name the commentary gives the common unit, from a date. */
    public record Term(LocalDate from, String term, String tables, String source) {}

    /** The equivalency tables' proviso: combinations involving these substances are at least this level. */
    public record MinimumLevel(int level, Set<String> substances, boolean verified, String source) {}

    /**
     * The special rule for cocaine base with other substances: by level (Amendment 711) or the 2-level
     * reduction with its exceptions (Amendment 715).
     */
    public record CocaineBaseRule(String provision, boolean verified, String source,
            Map<Integer, String> perGramByLevel, int reduction, String noReductionAtLeast,
            String noReductionLessThan) {

        public CocaineBaseRule {
            perGramByLevel = Collections.unmodifiableMap(new TreeMap<>(perGramByLevel));
        }
    }

    /**
     * How the era converts and combines differing substances.
     *
     * @param notEncodedReason for {@link CombinationRule#NOT_ENCODED}: why combinations are answered unsupported
     */
    public record Conversion(CombinationRule rule, String combiningProvision, String tablesProvision,
            String provisionNote, List<Term> terms, Map<String, Factor> factors, MinimumLevel minimumLevel,
            CocaineBaseRule cocaineBaseRule, String notEncodedReason) {

        public Conversion {
            terms = List.copyOf(terms);
            factors = Collections.unmodifiableMap(new LinkedHashMap<>(factors));
        }

        /** The term in force on a date ("marihuana equivalency" or "converted drug weight"). */
        public Term termOn(LocalDate date) {
            Term found = terms.getFirst();
            for (Term t : terms) {
                if (!t.from().isAfter(date)) {
                    found = t;
                }
            }
            return found;
        }
    }

    /**
     * A span in which the table and combining rules did not change for the encoded substances.
     *
     * @param amendments the amendments that opened the era (empty for an era not opened by an identified amendment)
     * @param label      how the trace names what opened the era (null: built from {@code amendments})
     * @param coverage   why the era starts where it does, when that is narrower than the law
     * @param unread     amendments to § 2D1.1 in the verification chain whose texts were not read
     * @param tables     the columns encoded for the era (a substance may have none: see {@code notEncoded})
     * @param notEncoded for each substance without a column in this era, why (answered unsupported)
     */
    public record Era(String id, String title, List<String> amendments, String label, EffectiveWindow window,
            String coverage, String unread, Conversion conversion, Map<String, List<Row>> tables,
            Map<String, String> notEncoded) {

        public Era {
            amendments = List.copyOf(amendments);
            Map<String, List<Row>> copy = new LinkedHashMap<>();
            tables.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            tables = Collections.unmodifiableMap(copy);
            notEncoded = Collections.unmodifiableMap(new LinkedHashMap<>(notEncoded));
        }

        /** Whether the era has a column for the substance. */
        public boolean covers(String substance) {
            return tables.containsKey(substance);
        }

        /** The amendment that introduced the era, e.g. {@code 782}; empty for the first era encoded. */
        public Optional<String> introducedBy() {
            return amendments.isEmpty() ? Optional.empty() : Optional.of(amendments.getFirst());
        }

        /** "Amendment 706 as amended by 711", or "before Amendment 706", or the era's own label. */
        public String amendmentLabel() {
            if (label != null) {
                return label;
            }
            if (amendments.isEmpty()) {
                return "table in force before Amendment 706";
            }
            StringBuilder b = new StringBuilder("Amendment ").append(amendments.getFirst());
            for (String a : amendments.subList(1, amendments.size())) {
                b.append(" as amended by Amendment ").append(a);
            }
            return b.toString();
        }

        /**
         * The row of a substance's column whose band holds the quantity.
         *
         * @throws UnsupportedQuestionException when the era has no column for the substance, or the quantity
         *     falls in a gap the table as written leaves between two bands
         */
        public Row row(String substance, BigDecimal grams) {
            List<Row> rows = tables.get(substance);
            if (rows == null) {
                String why = notEncoded.get(substance);
                if (why == null) {
                    throw new IllegalArgumentException("no column for '" + substance + "' in era " + id);
                }
                throw new UnsupportedQuestionException("the Drug Quantity Table of U.S.S.G. § 2D1.1(c) for '" + substance
                        + "' is not encoded for era " + id + " (" + window + "): " + why);
            }
            for (int i = 0; i < rows.size(); i++) {
                Row r = rows.get(i);
                if (r.contains(grams)) {
                    return r;
                }
                if (i > 0 && r.through() != null && grams.compareTo(r.through()) > 0) {
                    Row above = rows.get(i - 1);
                    throw new UnsupportedQuestionException(ManualQuantity.show(grams) + " of '" + substance
                            + "' falls in none of the bands of the Drug Quantity Table in force (era " + id + ", "
                            + window + "): the table as written goes from \"" + r.describe() + "\" (level " + r.level()
                            + ") to \"" + above.describe() + "\" (level " + above.level() + ") and leaves the quantities"
                            + " between unassigned (Amendment 125, Nov. 1, 1989, eliminated these gaps)");
                }
            }
            throw new IllegalStateException("no row of " + substance + " in era " + id + " holds " + grams + " g");
        }
    }

    private final Map<String, Source> sources;
    private final Map<String, String> manualNames;
    private final String combinedColumn;
    private final List<Era> eras;

    private DrugQuantityTable(Map<String, Source> sources, Map<String, String> manualNames, String combinedColumn,
            List<Era> eras) {
        this.sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
        this.manualNames = Collections.unmodifiableMap(new LinkedHashMap<>(manualNames));
        this.combinedColumn = combinedColumn;
        this.eras = List.copyOf(eras);
    }

    /** The table shipped in {@code data/chapter2/drug-quantity-tables.yaml}. */
    public static DrugQuantityTable load() {
        JsonNode root = LawData.read("chapter2/drug-quantity-tables.yaml");
        Map<String, Source> sources = new LinkedHashMap<>();
        root.get("sources").fields().forEachRemaining(e -> sources.put(e.getKey(),
                new Source(e.getKey(), LawData.text(e.getValue(), "cite"), LawData.text(e.getValue(), "detail"))));
        Map<String, String> names = new LinkedHashMap<>();
        for (JsonNode s : root.get("substances")) {
            names.put(LawData.text(s, "id"), LawData.text(s, "manual_name"));
        }
        String combined = LawData.text(root, "combined_column");
        if (!names.containsKey(combined)) {
            throw new IllegalStateException("combined_column '" + combined + "' is not a substance");
        }
        Loader loader = new Loader(sources, names);
        List<Era> eras = new ArrayList<>();
        for (JsonNode e : root.get("eras")) {
            eras.add(loader.era(e));
        }
        eras.sort(Comparator.comparing(e -> e.window().from()));
        for (int i = 1; i < eras.size(); i++) {
            LocalDate prevEnd = eras.get(i - 1).window().until();
            if (prevEnd == null || !prevEnd.plusDays(1).equals(eras.get(i).window().from())) {
                throw new IllegalStateException("era " + eras.get(i).id() + " does not start the day after era "
                        + eras.get(i - 1).id() + " ends");
            }
        }
        if (eras.getLast().window().until() != null) {
            throw new IllegalStateException("the last era must be open-ended");
        }
        return new DrugQuantityTable(sources, names, combined, eras);
    }

    /** The eras, oldest first. */
    public List<Era> eras() {
        return eras;
    }

    /** The substance ids case files may use. */
    public List<String> substances() {
        return List.copyOf(manualNames.keySet());
    }

    /** The Manual's name for a substance id. */
    public String manualName(String substance) {
        return manualNames.get(requireKnown(substance));
    }

    /** The sources the data cites, by key. */
    public Map<String, Source> sources() {
        return sources;
    }

    /**
     * The era of the table in force on a date (for an edition: its effective date).
     *
     * @throws UnsupportedQuestionException before the first encoded era
     */
    public Era eraOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        for (Era e : eras) {
            if (e.window().contains(date)) {
                return e;
            }
        }
        Era first = eras.getFirst();
        throw new UnsupportedQuestionException("the Drug Quantity Table of U.S.S.G. § 2D1.1(c) is encoded only from "
                + first.window().from() + ", not for " + date + ": " + first.coverage());
    }

    /** The era an amendment introduced (e.g. "782", "750", "711"), if it introduced one. */
    public Optional<Era> eraIntroducedBy(String amendment) {
        return eras.stream().filter(e -> e.amendments().contains(amendment)).findFirst();
    }

    /**
     * The base offense level under § 2D1.1(c) of the edition for the quantities given; more than one
     * substance is combined under the commentary's rules of that edition.
     *
     * @throws IllegalArgumentException for no quantities or an unknown substance id
     * @throws UnsupportedQuestionException for an edition before the first encoded era
     */
    public BaseLevel baseOffenseLevel(Edition edition, List<DrugAmount> drugs) {
        Objects.requireNonNull(edition, "edition");
        if (drugs == null || drugs.isEmpty()) {
            throw new IllegalArgumentException("no drug quantities given");
        }
        for (DrugAmount d : drugs) {
            requireKnown(d.substance());
        }
        Era era = eraOn(edition.effective());
        for (DrugAmount d : drugs) {
            if (!era.covers(d.substance())) {
                throw new UnsupportedQuestionException("the Drug Quantity Table of U.S.S.G. § 2D1.1(c) for '"
                        + d.substance() + "' is not encoded for the " + edition.label() + " (era " + era.id() + ", "
                        + era.window() + "): " + era.notEncoded().get(d.substance()));
            }
        }
        if (era.conversion().rule() == CombinationRule.NOT_ENCODED
                && drugs.stream().map(DrugAmount::substance).distinct().count() > 1) {
            throw new UnsupportedQuestionException("combining differing controlled substances under the "
                    + edition.label() + " (era " + era.id() + ", " + era.window() + ") is not encoded: "
                    + era.conversion().notEncodedReason());
        }
        Computation c = new Computation(edition, era);
        c.step(Step.of("Drug Quantity Table in force",
                "§ 2D1.1(c) and its commentary as in force on the edition's effective date",
                edition.cite("§ 2D1.1(c)"), era.title(),
                "edition", edition.label(), "era", era.id() + " (" + era.window() + ")",
                "introduced by", era.amendmentLabel(), "amendments in the chain not read", era.unread()));

        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (DrugAmount d : drugs) {
            totals.merge(d.substance(), d.grams(), BigDecimal::add);
            counts.merge(d.substance(), 1, Integer::sum);
        }
        counts.forEach((substance, n) -> {
            if (n > 1) {
                c.step(Step.of("Quantity of " + manualNames.get(substance),
                        "quantities of the same substance are added before the table is applied",
                        edition.cite("§ 2D1.1(c)"), ManualQuantity.show(totals.get(substance)),
                        "entries", n, "substance", substance));
            }
        });

        if (totals.size() == 1) {
            Map.Entry<String, BigDecimal> only = totals.entrySet().iterator().next();
            Row row = c.lookup(only.getKey(), only.getValue(), "Base offense level for " + manualNames.get(only.getKey()));
            return c.result(row.level(), row, only.getKey(), only.getValue(), false);
        }
        boolean crack = totals.containsKey("cocaine-base");
        return switch (era.conversion().rule()) {
            case STANDARD -> c.standard(totals);
            case COCAINE_BASE_LEVEL_EQUIVALENCY -> crack ? c.crackByLevel(totals) : c.standard(totals);
            case COCAINE_BASE_MINUS_TWO -> crack ? c.crackMinusTwo(totals) : c.standard(totals);
            case NOT_ENCODED -> throw new IllegalStateException("unreachable: combinations checked above");
        };
    }

    private String requireKnown(String substance) {
        if (!manualNames.containsKey(substance)) {
            throw new IllegalArgumentException("unknown substance '" + substance
                    + "'; the Drug Quantity Table substances are: " + String.join(", ", manualNames.keySet()));
        }
        return substance;
    }

    /** One lookup: the edition, the era, the growing trace and what the result relies on unverified. */
    private final class Computation {

        private final Edition edition;
        private final Era era;
        private final Conversion conversion;
        private final Term term;
        private final Set<String> unverified = new LinkedHashSet<>();
        private Trace trace = Trace.EMPTY;

        Computation(Edition edition, Era era) {
            this.edition = edition;
            this.era = era;
            this.conversion = era.conversion();
            this.term = conversion.terms().isEmpty() ? null : conversion.termOn(edition.effective());
        }

        void step(Step s) {
            trace = trace.with(s);
        }

        BaseLevel result(int level, Row row, String column, BigDecimal quantity, boolean combined) {
            return new BaseLevel(level, row, column, quantity, combined, era, edition, List.copyOf(unverified), trace);
        }

        Row lookup(String column, BigDecimal grams, String what) {
            Row row = era.row(column, grams);
            if (!row.verified()) {
                unverified.add(manualNames.get(column) + " row " + row.describe() + " (level " + row.level() + ", era "
                        + era.id() + "): " + row.source() + (row.note() == null ? "" : "; " + row.note()));
            }
            step(Step.of(what, "§ 2D1.1(c): the level of the row whose quantity band holds the quantity",
                    edition.cite(row.provision()), "level " + row.level(),
                    "column", manualNames.get(column), "quantity", ManualQuantity.show(grams),
                    "row", row.describe() + " (" + row.provision() + ")",
                    "verified", row.verified() ? "yes" : "no", "source", row.source()));
            return row;
        }

        BigDecimal convert(String substance, BigDecimal grams, BigDecimal perGram, String perGramText,
                boolean verified, String source, String rule, String provision) {
            BigDecimal converted = grams.multiply(perGram);
            if (!verified) {
                unverified.add("conversion of " + manualNames.get(substance) + " (" + perGramText + " per gram, era "
                        + era.id() + "): " + source);
            }
            step(Step.of(capitalized(term.term()) + " of " + manualNames.get(substance), rule,
                    edition.cite(provision), ManualQuantity.show(converted),
                    "quantity", ManualQuantity.show(grams), "1 gm equals", perGramText + " of marihuana",
                    "verified", verified ? "yes" : "no", "source", source));
            return converted;
        }

        BigDecimal convertStandard(String substance, BigDecimal grams) {
            Factor f = conversion.factors().get(substance);
            if (f == null) {
                throw new IllegalStateException("era " + era.id() + " has no conversion factor for " + substance);
            }
            return convert(substance, grams, f.perGram(), f.perGramText(), f.verified(),
                    f.source() + (f.note() == null ? "" : " (" + f.note() + ")"),
                    "1 gm of " + manualNames.get(substance) + " = " + f.perGramText() + " of marihuana ("
                            + term.tables() + ")",
                    conversion.tablesProvision());
        }

        /** Sum the converted quantities, look the total up in the marihuana column, apply the level-12 proviso. */
        Combined lookUpCombined(Map<String, BigDecimal> converted, String what) {
            BigDecimal total = BigDecimal.ZERO;
            StringJoiner parts = new StringJoiner(" + ");
            for (Map.Entry<String, BigDecimal> e : converted.entrySet()) {
                total = total.add(e.getValue());
                parts.add(manualNames.get(e.getKey()) + " " + ManualQuantity.show(e.getValue()));
            }
            step(Step.of("Combined " + term.term() + (what.isEmpty() ? "" : " (" + what + ")"),
                    "convert each substance, add the quantities, and look up the total in the Drug Quantity Table",
                    edition.cite(conversion.combiningProvision()), ManualQuantity.show(total), "parts", parts.toString()));
            Row row = lookup(combinedColumn, total, "Base offense level for the combined quantity"
                    + (what.isEmpty() ? "" : " (" + what + ")"));
            int level = floor(row.level(), converted.keySet());
            return new Combined(total, row, level);
        }

        int floor(int level, Set<String> substances) {
            MinimumLevel min = conversion.minimumLevel();
            if (min == null || level >= min.level()) {
                return level;
            }
            List<String> covered = substances.stream().filter(min.substances()::contains).toList();
            if (covered.isEmpty()) {
                return level;
            }
            if (!min.verified()) {
                unverified.add("minimum level " + min.level() + " for combined substances (era " + era.id() + "): "
                        + min.source());
            }
            step(Step.of("Minimum level for combined substances",
                    "the minimum offense level from the Drug Quantity Table for these substances individually or in"
                            + " combination with another controlled substance is level " + min.level(),
                    edition.cite(conversion.tablesProvision()), "level " + min.level(),
                    "level from the table", level, "substances", String.join(", ", covered),
                    "source", min.source()));
            return min.level();
        }

        BaseLevel standard(Map<String, BigDecimal> totals) {
            Map<String, BigDecimal> converted = new LinkedHashMap<>();
            totals.forEach((s, g) -> converted.put(s, convertStandard(s, g)));
            Combined c = lookUpCombined(converted, "");
            return result(c.level(), c.row(), combinedColumn, c.total(), true);
        }

        /** Amendment 706 as amended by 711, comment. (n.10(D)). */
        BaseLevel crackByLevel(Map<String, BigDecimal> totals) {
            CocaineBaseRule rule = conversion.cocaineBaseRule();
            BigDecimal crackGrams = totals.get("cocaine-base");
            Row crackRow = lookup("cocaine-base", crackGrams,
                    "(I) Base offense level for the cocaine base alone (" + rule.provision() + ")");
            String perGramText = rule.perGramByLevel().get(crackRow.level());
            if (perGramText == null) {
                throw new IllegalStateException("era " + era.id() + " has no cocaine base equivalency for level "
                        + crackRow.level());
            }
            Map<String, BigDecimal> converted = new LinkedHashMap<>();
            converted.put("cocaine-base", convert("cocaine-base", crackGrams, ManualQuantity.grams(perGramText),
                    perGramText, rule.verified(), rule.source(),
                    "(II) the marihuana equivalency per gram of cocaine base for base offense level "
                            + crackRow.level() + " in the table of the note",
                    rule.provision()));
            totals.forEach((s, g) -> {
                if (!s.equals("cocaine-base")) {
                    converted.put(s, convertStandard(s, g));
                }
            });
            Combined c = lookUpCombined(converted, "");
            return result(c.level(), c.row(), combinedColumn, c.total(), true);
        }

        /** Amendment 715, comment. (n.10(D)). */
        BaseLevel crackMinusTwo(Map<String, BigDecimal> totals) {
            CocaineBaseRule rule = conversion.cocaineBaseRule();
            String cite = edition.cite(rule.provision());
            String source = rule.source();
            if (!rule.verified()) {
                unverified.add("cocaine base rule (era " + era.id() + "): " + source);
            }
            Map<String, BigDecimal> all = new LinkedHashMap<>();
            totals.forEach((s, g) -> all.put(s, convertStandard(s, g)));
            Combined combined = lookUpCombined(all, "all substances");
            BigDecimal crackGrams = totals.get("cocaine-base");
            BigDecimal atLeast = ManualQuantity.grams(rule.noReductionAtLeast());
            BigDecimal lessThan = ManualQuantity.grams(rule.noReductionLessThan());
            if (crackGrams.compareTo(atLeast) >= 0 || crackGrams.compareTo(lessThan) < 0) {
                step(Step.of("No 2-level reduction", "(ii)(I): the reduction does not apply if the offense involved "
                        + rule.noReductionAtLeast() + " or more, or less than " + rule.noReductionLessThan()
                        + ", of cocaine base", cite, "level " + combined.level(),
                        "cocaine base", ManualQuantity.show(crackGrams), "source", source));
                return result(combined.level(), combined.row(), combinedColumn, combined.total(), true);
            }
            int reduced = combined.level() - rule.reduction();
            Map<String, BigDecimal> others = new LinkedHashMap<>(all);
            others.remove("cocaine-base");
            Combined othersOnly = lookUpCombined(others, "the other substances only");
            if (reduced < othersOnly.level()) {
                step(Step.of("No 2-level reduction", "(ii)(II): the reduction does not apply if it results in a level"
                        + " less than the combined level of the other controlled substances alone", cite,
                        "level " + combined.level(), "reduced level", reduced,
                        "level of the other substances", othersOnly.level(), "source", source));
                return result(combined.level(), combined.row(), combinedColumn, combined.total(), true);
            }
            int level = floor(reduced, totals.keySet());
            step(Step.of("2-level reduction", "(i): reduce the combined offense level by " + rule.reduction()
                    + " levels", cite, "level " + level, "combined level", combined.level(),
                    "level of the other substances", othersOnly.level(), "source", source));
            return result(level, combined.row(), combinedColumn, combined.total(), true);
        }
    }

    private record Combined(BigDecimal total, Row row, int level) {}

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Reads the YAML into records, checking that every column is complete and contiguous. */
    private static final class Loader {

        private final Map<String, Source> sources;
        private final Map<String, String> names;

        Loader(Map<String, Source> sources, Map<String, String> names) {
            this.sources = sources;
            this.names = names;
        }

        String cites(JsonNode node, String where) {
            String keys = LawData.text(node, "source");
            StringJoiner j = new StringJoiner("; ");
            for (String k : keys.split(",")) {
                Source s = sources.get(k.trim());
                if (s == null) {
                    throw new IllegalStateException("unknown source key '" + k.trim() + "' in " + where);
                }
                j.add(s.cite());
            }
            return j.toString();
        }

        boolean verified(JsonNode node, String where) {
            JsonNode v = node.get("verified");
            if (v == null || !v.isBoolean()) {
                throw new IllegalStateException("legal data entry lacks a boolean 'verified': " + where);
            }
            return v.asBoolean();
        }

        Era era(JsonNode e) {
            String id = LawData.text(e, "id");
            List<String> amendments = new ArrayList<>();
            e.path("amendments").forEach(a -> amendments.add(a.asText()));
            EffectiveWindow window = LawData.window(e);
            if (window.from() == null) {
                throw new IllegalStateException("era " + id + " lacks effective_from");
            }
            Map<String, String> notEncoded = new LinkedHashMap<>();
            JsonNode ne = e.get("not_encoded");
            if (ne != null) {
                ne.fields().forEachRemaining(f -> {
                    if (!names.containsKey(f.getKey())) {
                        throw new IllegalStateException("era " + id + ": not_encoded names unknown substance " + f.getKey());
                    }
                    notEncoded.put(f.getKey(), f.getValue().asText());
                });
            }
            Map<String, List<Row>> tables = new LinkedHashMap<>();
            JsonNode t = e.get("tables");
            for (String substance : names.keySet()) {
                JsonNode rows = t.get(substance);
                if (rows == null) {
                    if (!notEncoded.containsKey(substance)) {
                        throw new IllegalStateException("era " + id + " has no table for " + substance
                                + " and does not say why under not_encoded");
                    }
                    continue;
                }
                if (notEncoded.containsKey(substance)) {
                    throw new IllegalStateException("era " + id + " has a table for " + substance + " and lists it as not encoded");
                }
                tables.put(substance, rows(id, substance, rows));
            }
            t.fieldNames().forEachRemaining(f -> {
                if (!names.containsKey(f)) {
                    throw new IllegalStateException("era " + id + " has a table for unknown substance " + f);
                }
            });
            Conversion conversion = conversion(id, e.get("conversion"), tables.keySet());
            if (conversion.cocaineBaseRule() != null && conversion.rule() == CombinationRule.COCAINE_BASE_LEVEL_EQUIVALENCY) {
                for (Row r : tables.get("cocaine-base")) {
                    if (!conversion.cocaineBaseRule().perGramByLevel().containsKey(r.level())) {
                        throw new IllegalStateException("era " + id + ": no cocaine base equivalency for level " + r.level());
                    }
                }
            }
            return new Era(id, LawData.text(e, "title"), amendments, LawData.optionalText(e, "label"), window,
                    LawData.optionalText(e, "coverage"), LawData.text(e, "unread"), conversion, tables, notEncoded);
        }

        List<Row> rows(String era, String substance, JsonNode rows) {
            List<Row> list = new ArrayList<>();
            for (JsonNode r : rows) {
                String where = "era " + era + ", " + substance + ", " + r;
                String fromText = LawData.text(r, "from");
                String toText = LawData.optionalText(r, "to");
                String throughText = LawData.optionalText(r, "through");
                if (toText != null && throughText != null) {
                    throw new IllegalStateException("a row has both 'to' and 'through': " + where);
                }
                list.add(new Row(substance, r.get("level").asInt(), ManualQuantity.grams(fromText),
                        toText == null ? null : ManualQuantity.grams(toText), fromText, toText,
                        throughText == null ? null : ManualQuantity.grams(throughText), throughText,
                        LawData.optionalText(r, "as_written"), LawData.text(r, "provision"), verified(r, where),
                        cites(r, where), LawData.optionalText(r, "note")));
            }
            // Highest level first; each band ends where the one above begins (or, "through" a quantity, below
            // it: a gap the table as written leaves); the lowest starts at 0.
            for (int i = 0; i < list.size(); i++) {
                Row row = list.get(i);
                String where = "era " + era + ", " + substance + ", level " + row.level();
                if (i == 0) {
                    if (!row.openEnded()) {
                        throw new IllegalStateException(where + ": the top row must be open-ended");
                    }
                } else {
                    BigDecimal above = list.get(i - 1).from();
                    boolean ok = row.to() != null ? row.to().compareTo(above) == 0
                            : row.through() != null && row.through().compareTo(above) < 0;
                    if (!ok) {
                        throw new IllegalStateException(where + " does not end where (or below where) the row above begins");
                    }
                }
                if (i > 0 && row.level() >= list.get(i - 1).level()) {
                    throw new IllegalStateException("era " + era + ", " + substance + ": levels must decrease");
                }
                if ((row.to() != null && row.from().compareTo(row.to()) >= 0)
                        || (row.through() != null && row.from().compareTo(row.through()) > 0)) {
                    throw new IllegalStateException("era " + era + ", " + substance + ": empty band at level " + row.level());
                }
            }
            if (list.isEmpty() || list.getLast().from().signum() != 0) {
                throw new IllegalStateException("era " + era + ", " + substance + ": the lowest row must start at 0");
            }
            return list;
        }

        Conversion conversion(String era, JsonNode c, Set<String> columns) {
            CombinationRule rule = switch (LawData.text(c, "rule")) {
                case "standard" -> CombinationRule.STANDARD;
                case "cocaine-base-level-equivalency" -> CombinationRule.COCAINE_BASE_LEVEL_EQUIVALENCY;
                case "cocaine-base-minus-two" -> CombinationRule.COCAINE_BASE_MINUS_TWO;
                case "not-encoded" -> CombinationRule.NOT_ENCODED;
                default -> throw new IllegalStateException("era " + era + ": unknown combination rule " + c.get("rule"));
            };
            if (rule == CombinationRule.NOT_ENCODED) {
                if (c.has("factors") || c.has("terms") || c.has("minimum_level") || c.has("cocaine_base_rule")) {
                    throw new IllegalStateException("era " + era + ": a not-encoded combination rule has no factors or rules");
                }
                return new Conversion(rule, LawData.optionalText(c, "combining_provision"),
                        LawData.optionalText(c, "tables_provision"), LawData.optionalText(c, "provision_note"),
                        List.of(), Map.of(), null, null, LawData.text(c, "reason"));
            }
            List<Term> terms = new ArrayList<>();
            for (JsonNode t : c.get("terms")) {
                terms.add(new Term(LawData.date(t, "effective_from"), LawData.text(t, "term"), LawData.text(t, "tables"),
                        cites(t, "era " + era + " terms")));
            }
            Map<String, Factor> factors = new LinkedHashMap<>();
            for (JsonNode f : c.get("factors")) {
                String substance = LawData.text(f, "substance");
                if (!names.containsKey(substance)) {
                    throw new IllegalStateException("era " + era + ": factor for unknown substance " + substance);
                }
                String where = "era " + era + " factor " + substance;
                String perGram = LawData.text(f, "per_gram");
                factors.put(substance, new Factor(substance, ManualQuantity.grams(perGram), perGram, verified(f, where),
                        cites(f, where), LawData.optionalText(f, "note")));
            }
            for (String substance : columns) {
                boolean special = substance.equals("cocaine-base") && rule == CombinationRule.COCAINE_BASE_LEVEL_EQUIVALENCY;
                if (!special && !factors.containsKey(substance)) {
                    throw new IllegalStateException("era " + era + " lacks a conversion factor for " + substance);
                }
            }
            for (String substance : factors.keySet()) {
                if (!columns.contains(substance)) {
                    throw new IllegalStateException("era " + era + " has a conversion factor for " + substance
                            + " but no column for it");
                }
            }
            MinimumLevel min = null;
            JsonNode m = c.get("minimum_level");
            if (m != null) {
                Set<String> subs = new LinkedHashSet<>();
                m.get("substances").forEach(s -> subs.add(s.asText()));
                min = new MinimumLevel(m.get("level").asInt(), Set.copyOf(subs), verified(m, "era " + era + " minimum"),
                        cites(m, "era " + era + " minimum"));
            }
            CocaineBaseRule crack = null;
            JsonNode r = c.get("cocaine_base_rule");
            if (r != null) {
                Map<Integer, String> byLevel = new LinkedHashMap<>();
                r.path("per_gram_by_level").forEach(x -> byLevel.put(x.get("level").asInt(), LawData.text(x, "per_gram")));
                crack = new CocaineBaseRule(LawData.text(r, "provision"), verified(r, "era " + era + " cocaine base rule"),
                        cites(r, "era " + era + " cocaine base rule"), byLevel, r.path("reduction").asInt(0),
                        LawData.optionalText(r, "no_reduction_at_least"), LawData.optionalText(r, "no_reduction_less_than"));
            }
            if (rule != CombinationRule.STANDARD && crack == null) {
                throw new IllegalStateException("era " + era + " names a cocaine base rule but gives none");
            }
            return new Conversion(rule, LawData.text(c, "combining_provision"), LawData.text(c, "tables_provision"),
                    LawData.optionalText(c, "provision_note"), terms, factors, min, crack, null);
        }
    }
}
