package org.rangefinder.worksheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the worksheet data files (mitigating-role cap, safety valve, acceptance, illegal reentry,
 * criminal history points, zero-point offenders): every file parses, every entry names its source,
 * unverified entries explain themselves, effective windows parse and do not overlap, and a set of
 * independently known facts holds.
 *
 * <p>Date convention of these files: {@code effective_until: null} means "still in force" and a
 * missing start means "from the beginning" - except on an entry marked {@code verified: false},
 * where a null date means the date is unknown. Such an entry is checked only on the dates it has.
 */
class WorksheetDataFilesTest {

    private static final String DATA = "/org/rangefinder/data/";
    private static final Map<String, JsonNode> FILES = new LinkedHashMap<>();

    private static final List<String> ZERO_POINT_EXCLUSIONS = List.of(
            "terrorism", "violence", "death-or-serious-bodily-injury", "sex-offense", "financial-hardship",
            "weapon", "civil-rights", "hate-crime-or-vulnerable-victim", "serious-human-rights-offense",
            "aggravating-role", "continuing-criminal-enterprise");

    @BeforeAll
    static void load() throws IOException {
        for (String name : List.of(
                "chapter2/mitigating-role-cap.yaml",
                "chapter2/safety-valve.yaml",
                "chapter3/acceptance.yaml",
                "chapter2/illegal-reentry.yaml",
                "chapter4/criminal-history-points.yaml",
                "chapter4/zero-point-offender.yaml")) {
            FILES.put(name, readYaml(name));
        }
    }

    private static JsonNode file(String name) {
        return FILES.get(name);
    }

    /** The dated lists of every file, by a readable name. */
    private static Map<String, JsonNode> datedLists() {
        Map<String, JsonNode> lists = new LinkedHashMap<>();
        lists.put("mitigating-role-cap eras", file("chapter2/mitigating-role-cap.yaml").path("eras"));
        lists.put("safety-valve decrease_eras", file("chapter2/safety-valve.yaml").path("decrease_eras"));
        lists.put("safety-valve criminal_history_criterion", file("chapter2/safety-valve.yaml").path("criminal_history_criterion"));
        lists.put("safety-valve floor", file("chapter2/safety-valve.yaml").path("floor"));
        lists.put("acceptance eras", file("chapter3/acceptance.yaml").path("eras"));
        lists.put("illegal-reentry eras", file("chapter2/illegal-reentry.yaml").path("eras"));
        lists.put("criminal-history-points eras", file("chapter4/criminal-history-points.yaml").path("eras"));
        lists.put("zero-point-offender eras", file("chapter4/zero-point-offender.yaml").path("eras"));
        return lists;
    }

    // ------------------------------------------------------------------ sources and verification

    @Test
    void everyFileAndEveryDatedEntryHasASource() {
        FILES.forEach((name, root) -> assertThat(root.path("source").asText()).as("top-level source of %s", name).isNotBlank());
        datedLists().forEach((list, entries) -> {
            assertThat(entries.isArray()).as("%s must be a list", list).isTrue();
            assertThat(entries).as("%s must not be empty", list).isNotEmpty();
            for (JsonNode entry : entries) {
                assertThat(entry.path("source").asText()).as("source of an entry in %s: %s", list, entry).isNotBlank();
                assertThat(entry.has("effective_from")).as("%s entry lacks effective_from (use null): %s", list, entry).isTrue();
                assertThat(entry.has("effective_until")).as("%s entry lacks effective_until (use null): %s", list, entry).isTrue();
            }
        });
        JsonNode base = file("chapter2/illegal-reentry.yaml").path("base_level");
        assertThat(base.path("source").asText()).as("source of § 2L1.2 base_level").isNotBlank();
    }

    @Test
    void everythingMarkedUnverifiedCarriesANote() {
        FILES.forEach((name, root) -> walk(root, name, (path, node) -> {
            if (node.has("verified")) {
                assertThat(node.path("verified").isBoolean()).as("%s: verified must be true or false", path).isTrue();
                if (!node.path("verified").asBoolean()) {
                    assertThat(node.path("note").asText()).as("%s is unverified and needs a note", path).isNotBlank();
                }
            }
        }));
    }

    @Test
    void nullDatesOtherThanAnOpenEndAppearOnlyOnUnverifiedEntries() {
        datedLists().forEach((list, entries) -> {
            List<JsonNode> sorted = sortedByKnownDate(entries);
            for (int i = 0; i < sorted.size(); i++) {
                JsonNode entry = sorted.get(i);
                boolean verified = entry.path("verified").asBoolean(true);
                if (verified) {
                    assertThat(entry.path("effective_from").isNull() && i > 0)
                            .as("%s: only the first entry may start at null, unless unverified: %s", list, entry)
                            .isFalse();
                    assertThat(entry.path("effective_until").isNull() && i < sorted.size() - 1)
                            .as("%s: only the last entry may be open-ended, unless unverified: %s", list, entry)
                            .isFalse();
                }
            }
        });
    }

    // ------------------------------------------------------------------ windows

    @Test
    void windowsParseAndAreOrdered() {
        datedLists().forEach((list, entries) -> {
            for (JsonNode entry : entries) {
                LocalDate from = date(entry, "effective_from", list);
                LocalDate until = date(entry, "effective_until", list);
                if (from != null && until != null) {
                    assertThat(until).as("%s: window ends before it starts: %s", list, entry).isAfterOrEqualTo(from);
                }
            }
        });
    }

    @Test
    void windowsDoNotOverlapWithinAList() {
        datedLists().forEach((list, entries) -> {
            List<LocalDate[]> windows = new ArrayList<>();
            for (JsonNode entry : entries) {
                LocalDate[] w = window(entry, list);
                if (w == null) {
                    continue;
                }
                for (LocalDate[] other : windows) {
                    boolean overlap = !w[0].isAfter(other[1]) && !other[0].isAfter(w[1]);
                    assertThat(overlap).as("%s: window %s..%s overlaps %s..%s", list, w[0], w[1], other[0], other[1]).isFalse();
                }
                windows.add(w);
            }
        });
    }

    @Test
    void fullyDatedListsAreContiguous() {
        // Lists whose every boundary is known must leave no gap between eras.
        for (String list : List.of("mitigating-role-cap eras", "safety-valve decrease_eras", "acceptance eras",
                "criminal-history-points eras", "zero-point-offender eras")) {
            List<JsonNode> sorted = sortedByKnownDate(datedLists().get(list));
            for (int i = 1; i < sorted.size(); i++) {
                LocalDate previousUntil = date(sorted.get(i - 1), "effective_until", list);
                LocalDate from = date(sorted.get(i), "effective_from", list);
                assertThat(previousUntil).as("%s: era %d has no end", list, i - 1).isNotNull();
                assertThat(from).as("%s: gap or overlap before era %d", list, i).isEqualTo(previousUntil.plusDays(1));
            }
            assertThat(sorted.get(sorted.size() - 1).path("effective_until").isNull())
                    .as("%s: the last era is still in force", list).isTrue();
        }
    }

    // ------------------------------------------------------------------ shape

    @Test
    void mitigatingRoleRulesAreWellFormed() {
        for (JsonNode era : file("chapter2/mitigating-role-cap.yaml").path("eras")) {
            assertThat(era.path("amendment").isNull() || era.path("amendment").asText().matches("\\d+"))
                    .as("amendment of %s", era).isTrue();
            assertThat(era.has("provision") && era.has("minimal_participant_cap")).as("keys of %s", era).isTrue();
            JsonNode rules = era.path("rules");
            assertThat(rules).as("rules of %s", era.path("effective_from")).isNotEmpty();
            Set<Integer> covered = new HashSet<>();
            for (JsonNode rule : rules) {
                int min = rule.path("base_level_min").asInt(-1);
                int max = rule.path("base_level_max").asInt(-1);
                assertThat(min).as("rule %s", rule).isBetween(1, 43);
                assertThat(max).as("rule %s", rule).isBetween(min, 43);
                assertThat(rule.has("set") ^ rule.has("decrease")).as("rule needs exactly one of set/decrease: %s", rule).isTrue();
                for (int level = min; level <= max; level++) {
                    assertThat(covered.add(level)).as("level %d in two rules of era %s", level, era.path("effective_from")).isTrue();
                }
            }
            JsonNode cap = era.path("minimal_participant_cap");
            if (!cap.isNull()) {
                assertThat(cap.path("above").isInt() && cap.path("level").isInt()).as("cap %s", cap).isTrue();
            }
        }
    }

    @Test
    void illegalReentryEnhancementsAreWellFormed() {
        for (JsonNode era : file("chapter2/illegal-reentry.yaml").path("eras")) {
            Set<String> provisions = new HashSet<>();
            Set<String> groups = new HashSet<>();
            assertThat(era.path("groups_cumulative").isBoolean()).as("groups_cumulative of %s", era.path("effective_from")).isTrue();
            for (JsonNode e : era.path("enhancements")) {
                assertThat(provisions.add(e.path("provision").asText())).as("provision twice: %s", e).isTrue();
                assertThat(e.path("provision").asText()).startsWith("§ 2L1.2(b)");
                assertThat(e.path("when").asText()).as("when of %s", e).isNotBlank();
                assertThat(e.path("group").asText()).as("group of %s", e).isNotBlank();
                assertThat(e.path("levels").isInt() || !e.path("verified").asBoolean(true))
                        .as("levels of %s must be a number unless marked unverified", e).isTrue();
                groups.add(e.path("group").asText());
            }
            if (!era.path("groups_cumulative").asBoolean()) {
                assertThat(groups).as("a non-cumulative era has a single group: %s", era.path("effective_from")).hasSize(1);
            }
        }
    }

    @Test
    void criminalHistoryItemsAreWellFormed() {
        for (JsonNode era : file("chapter4/criminal-history-points.yaml").path("eras")) {
            Map<String, JsonNode> items = byKey(era.path("items"), n -> n.path("item").asText());
            assertThat(items.keySet()).as("items of %s", era.path("effective_from")).contains("a", "b", "c");
            for (JsonNode item : era.path("items")) {
                assertThat(item.path("provision").asText()).matches("§ 4A1\\.1\\([a-f]\\)");
                assertThat(item.has("cap")).as("cap key of %s (use null)", item).isTrue();
            }
            JsonNode tp = era.path("time_periods");
            assertThat(tp.path("source").asText()).isEqualTo("§ 4A1.2(e)");
        }
    }

    // ------------------------------------------------------------------ independently known facts

    @Test
    void acceptanceFacts() {
        JsonNode eras = file("chapter3/acceptance.yaml").path("eras");
        JsonNode y1990 = inForce(eras, "1990-06-01");
        assertThat(y1990.path("a_levels").asInt()).isEqualTo(2);
        assertThat(y1990.path("b_levels").isNull()).as("no § 3E1.1(b) before Nov. 1, 1992").isTrue();

        JsonNode y2000 = inForce(eras, "2000-06-01");
        assertThat(y2000.path("b_levels").asInt()).isEqualTo(1);
        assertThat(y2000.path("b_requires_level_at_least").asInt()).isEqualTo(16);
        assertThat(y2000.path("b_requires_government_motion").asBoolean()).isFalse();

        JsonNode y2024 = inForce(eras, "2024-06-01");
        assertThat(y2024.path("a_levels").asInt()).isEqualTo(2);
        assertThat(y2024.path("b_levels").asInt()).isEqualTo(1);
        assertThat(y2024.path("b_requires_level_at_least").asInt()).as("§ 3E1.1(b) requires level 16").isEqualTo(16);
        assertThat(y2024.path("b_requires_government_motion").asBoolean()).isTrue();
        assertThat(inForce(eras, "2003-04-30").path("b_requires_government_motion").asBoolean())
                .as("PROTECT Act § 401(g), Apr. 30, 2003").isTrue();
        assertThat(inForce(eras, "2003-04-29").path("b_requires_government_motion").asBoolean()).isFalse();
    }

    @Test
    void illegalReentryFacts() {
        JsonNode root = file("chapter2/illegal-reentry.yaml");
        assertThat(root.path("base_level").path("level").asInt()).as("§ 2L1.2(a) base level").isEqualTo(8);
        assertThat(root.path("base_level").path("provision").asText()).isEqualTo("§ 2L1.2(a)");

        JsonNode now = inForce(root.path("eras"), "2025-12-01");
        assertThat(now.path("amendment").asText()).isEqualTo("802");
        assertThat(now.path("groups_cumulative").asBoolean()).isTrue();
        Map<String, JsonNode> post2016 = byKey(now.path("enhancements"), n -> n.path("provision").asText());
        assertThat(post2016.get("§ 2L1.2(b)(2)(A)").path("levels").asInt()).as("post-2016 (b)(2)(A)").isEqualTo(10);
        assertThat(post2016.get("§ 2L1.2(b)(3)(A)").path("levels").asInt()).isEqualTo(10);
        assertThat(post2016.get("§ 2L1.2(b)(1)(A)").path("levels").asInt()).isEqualTo(4);
        assertThat(post2016.get("§ 2L1.2(b)(1)(B)").path("levels").asInt()).isEqualTo(2);
        assertThat(post2016.get("§ 2L1.2(b)(2)(E)").path("levels").asInt()).isEqualTo(2);
        assertThat(post2016).hasSize(12);

        JsonNode y2013 = inForce(root.path("eras"), "2013-06-01");
        Map<String, JsonNode> ladder = byKey(y2013.path("enhancements"), n -> n.path("provision").asText());
        assertThat(ladder.get("§ 2L1.2(b)(1)(A)").path("levels").asInt()).isEqualTo(16);
        assertThat(ladder.get("§ 2L1.2(b)(1)(A)").path("levels_if_no_criminal_history_points").asInt()).isEqualTo(12);
        assertThat(ladder.get("§ 2L1.2(b)(1)(B)").path("levels_if_no_criminal_history_points").asInt()).isEqualTo(8);
        assertThat(ladder.get("§ 2L1.2(b)(1)(C)").has("levels_if_no_criminal_history_points")).isFalse();

        JsonNode y2005 = inForce(root.path("eras"), "2005-06-01");
        assertThat(y2005.path("amendment").asText()).isEqualTo("632");
        for (JsonNode e : y2005.path("enhancements")) {
            assertThat(e.has("levels_if_no_criminal_history_points"))
                    .as("no criminal-history reduction before Amendment 754 (Nov. 1, 2011)").isFalse();
        }

        // App. C, Amend. 562 deleted the two-paragraph (b) that Amendment 375 (Nov. 1, 1991) had produced, (b)(1) "increase by
        // 4 levels" and (b)(2) "increase by 16 levels", and inserted the (b)(1)(A)/(B) text that Amendment 632 struck in 2001
        Map<String, JsonNode> byAmendment = byKey(root.path("eras"), n -> n.path("amendment").asText());
        Map<String, JsonNode> y1991 = byKey(byAmendment.get("375").path("enhancements"), n -> n.path("provision").asText());
        assertThat(y1991.get("§ 2L1.2(b)(1)").path("levels").asInt()).as("(b)(1) deleted by Amendment 562").isEqualTo(4);
        assertThat(y1991.get("§ 2L1.2(b)(1)").path("when").asText()).contains("other than a felony involving violation of the immigration laws");
        assertThat(y1991.get("§ 2L1.2(b)(2)").path("levels").asInt()).isEqualTo(16);
        JsonNode before2001 = byAmendment.get("562");
        assertThat(before2001).as("the era Amendment 562 began").isNotNull();
        assertThat(before2001.path("effective_until").asText()).isEqualTo("2001-10-31");
        Map<String, JsonNode> ladder562 = byKey(before2001.path("enhancements"), n -> n.path("provision").asText());
        assertThat(ladder562.get("§ 2L1.2(b)(1)(A)").path("levels").asInt()).isEqualTo(16);
        assertThat(ladder562.get("§ 2L1.2(b)(1)(B)").path("levels").asInt()).isEqualTo(4);
    }

    @Test
    void mitigatingRoleCapFacts() {
        JsonNode eras = file("chapter2/mitigating-role-cap.yaml").path("eras");
        assertThat(eras.get(0).path("effective_from").asText()).as("created by Amendment 640").isEqualTo("2002-11-01");
        assertThat(eras.get(0).path("amendment").asText()).isEqualTo("640");

        assertThat(capped(eras, "2003-06-01", 36, false)).as("2002 cap: not more than level 30").isEqualTo(30);
        assertThat(capped(eras, "2003-06-01", 28, false)).isEqualTo(28);
        assertThat(capped(eras, "2016-06-01", 32, false)).isEqualTo(30);
        assertThat(capped(eras, "2016-06-01", 36, false)).isEqualTo(33);
        assertThat(capped(eras, "2016-06-01", 38, false)).isEqualTo(34);
        assertThat(capped(eras, "2016-06-01", 38, true)).as("minimal participant: above 32 -> 32").isEqualTo(32);
        assertThat(capped(eras, "2016-06-01", 30, true)).isEqualTo(30);
        assertThat(capped(eras, "2026-01-15", 34, false)).isEqualTo(31);
        assertThat(capped(eras, "2026-01-15", 38, false)).as("2025: above 34 -> 32").isEqualTo(32);
        assertThat(capped(eras, "2026-01-15", 38, true)).as("2025: minimal participant above 30 -> 30").isEqualTo(30);
        assertThat(inForce(eras, "2025-11-01").path("amendment").asText()).isEqualTo("833");
    }

    @Test
    void safetyValveFacts() {
        JsonNode root = file("chapter2/safety-valve.yaml");
        JsonNode decrease = root.path("decrease_eras");
        JsonNode y1998 = inForce(decrease, "1998-06-01");
        assertThat(y1998.path("levels").asInt()).isEqualTo(2);
        assertThat(y1998.path("applies_if_offense_level_at_least").asInt()).as("level-26 threshold until 2001").isEqualTo(26);
        JsonNode y2016 = inForce(decrease, "2016-06-01");
        assertThat(y2016.path("levels").asInt()).isEqualTo(2);
        assertThat(y2016.path("applies_if_offense_level_at_least").isNull()).as("threshold removed by Amendment 624").isTrue();
        assertThat(inForce(decrease, "2025-12-01").path("provision").asText()).isEqualTo("§ 2D1.1(b)(18)");
        assertThat(inForce(decrease, "2019-06-01").path("provision").asText()).isEqualTo("§ 2D1.1(b)(18)");

        JsonNode criterion = root.path("criminal_history_criterion");
        JsonNode pre = inForce(criterion, "2018-12-20");
        assertThat(pre.path("max_points").asInt()).isEqualTo(1);
        JsonNode post = inForce(criterion, "2018-12-21");
        assertThat(post.path("max_points_excluding_one_point_offenses").asInt()).isEqualTo(4);
        assertThat(post.path("no_prior_three_point_offense").asBoolean()).isTrue();
        assertThat(post.path("no_prior_two_point_violent_offense").asBoolean()).isTrue();

        // 18 U.S.C. § 3553(f): the offenses whose minimums are set aside (21 U.S.C. from 1994; 46 U.S.C. from the First Step Act)
        JsonNode aside = root.path("minimum_set_aside");
        assertThat(aside.path("provision").asText()).isEqualTo("18 U.S.C. § 3553(f)");
        List<String> sections = new java.util.ArrayList<>();
        for (JsonNode o : aside.path("offenses")) {
            assertThat(o.path("source").asText()).as("source of %s", o).isNotBlank();
            assertThat(o.path("applies_to").asText()).isIn("sentence", "conviction");
            o.path("sections").forEach(x -> sections.add(x.asText() + " " + o.path("effective_from").asText()));
        }
        assertThat(sections).containsExactlyInAnyOrder("21 U.S.C. 841 1994-09-23", "21 U.S.C. 844 1994-09-23",
                "21 U.S.C. 846 1994-09-23", "21 U.S.C. 960 1994-09-23", "21 U.S.C. 963 1994-09-23",
                "46 U.S.C. 70503 2018-12-21", "46 U.S.C. 70506 2018-12-21");

        JsonNode floor = root.path("floor");
        assertThat(floor.get(0).path("minimum_offense_level").asInt()).isEqualTo(17);
        for (JsonNode f : floor) {
            assertThat(f.path("provision").asText()).isEqualTo("§ 5C1.2(b)");
            assertThat(f.path("applies_when_statutory_minimum_at_least_months").asInt()).isEqualTo(60);
        }
    }

    @Test
    void criminalHistoryPointFacts() {
        JsonNode eras = file("chapter4/criminal-history-points.yaml").path("eras");
        for (JsonNode era : eras) {
            Map<String, JsonNode> items = byKey(era.path("items"), n -> n.path("item").asText());
            assertThat(items.get("a").path("points").asInt()).isEqualTo(3);
            assertThat(items.get("a").path("prior_sentence_months_more_than").asInt()).isEqualTo(13);
            assertThat(items.get("b").path("points").asInt()).isEqualTo(2);
            assertThat(items.get("b").path("prior_sentence_days_at_least").asInt()).isEqualTo(60);
            assertThat(items.get("c").path("points").asInt()).isEqualTo(1);
            assertThat(items.get("c").path("cap").asInt()).as("§ 4A1.1(c) is capped at 4").isEqualTo(4);
            assertThat(era.path("time_periods").path("more_than_13_months_years").asInt()).isEqualTo(15);
            assertThat(era.path("time_periods").path("other_years").asInt()).isEqualTo(10);
        }
        assertThat(crimeOfViolenceProvision(eras, "1990-06-01")).as("no crime-of-violence item before Amendment 382").isNull();
        assertThat(crimeOfViolenceProvision(eras, "2009-06-01")).isEqualTo("§ 4A1.1(f)");
        assertThat(crimeOfViolenceProvision(eras, "2016-06-01")).isEqualTo("§ 4A1.1(e)");
        assertThat(crimeOfViolenceProvision(eras, "2024-06-01")).isEqualTo("§ 4A1.1(d)");

        JsonNode recency2009 = inForce(eras, "2009-06-01").path("recency");
        assertThat(recency2009.path("points").asInt()).isEqualTo(2);
        assertThat(recency2009.path("points_if_status_also_counted").asInt()).isEqualTo(1);
        assertThat(recency2009.path("points_if_released_within_years").asInt()).isEqualTo(2);
        assertThat(inForce(eras, "2010-11-01").path("recency").isNull()).as("recency deleted by Amendment 742").isTrue();
    }

    @Test
    void statusPointsFileAgreesWithTheCrimeOfViolenceLetters() throws IOException {
        // The status item and the crime-of-violence item swap letters on 2023-11-01 (Amendment 821).
        JsonNode status = readYaml("chapter4/status-points.yaml").path("eras");
        JsonNode eras = file("chapter4/criminal-history-points.yaml").path("eras");
        for (String day : List.of("2016-06-01", "2024-06-01")) {
            String statusProvision = inForce(status, day).path("provision").asText();
            assertThat(crimeOfViolenceProvision(eras, day)).as("on %s", day).isNotEqualTo(statusProvision);
        }
    }

    @Test
    void zeroPointOffenderFacts() {
        JsonNode eras = file("chapter4/zero-point-offender.yaml").path("eras");
        assertThat(eras.get(0).path("effective_from").asText()).isEqualTo("2023-11-01");
        assertThat(eras.get(0).path("amendment").asText()).isEqualTo("821");
        for (JsonNode era : eras) {
            assertThat(era.path("decrease_levels").asInt()).isEqualTo(2);
            Map<String, JsonNode> criteria = byKey(era.path("criteria"), n -> n.path("id").asText());
            assertThat(criteria.keySet()).as("criteria of %s", era.path("effective_from")).containsAll(ZERO_POINT_EXCLUSIONS);
            assertThat(criteria.keySet()).contains("zero-criminal-history-points");
            for (JsonNode c : era.path("criteria")) {
                assertThat(c.path("paragraph").asText()).matches("§ 4C1\\.1\\(a\\)\\(\\d{1,2}\\)");
            }
        }
        Map<String, JsonNode> y2024 = byKey(inForce(eras, "2024-06-01").path("criteria"), n -> n.path("id").asText());
        assertThat(y2024.get("aggravating-role").path("paragraph").asText()).isEqualTo("§ 4C1.1(a)(10)");
        assertThat(y2024.get("continuing-criminal-enterprise").path("paragraph").asText())
                .as("one combined criterion until Nov. 1, 2024").isEqualTo("§ 4C1.1(a)(10)");
        Map<String, JsonNode> y2025 = byKey(inForce(eras, "2025-06-01").path("criteria"), n -> n.path("id").asText());
        assertThat(y2025.get("aggravating-role").path("paragraph").asText()).isEqualTo("§ 4C1.1(a)(10)");
        assertThat(y2025.get("continuing-criminal-enterprise").path("paragraph").asText()).isEqualTo("§ 4C1.1(a)(11)");
    }

    // ------------------------------------------------------------------ helpers

    /** Applies the mitigating-role cap of the era in force on {@code day} as the file header describes. */
    private static int capped(JsonNode eras, String day, int tableLevel, boolean minimalParticipant) {
        JsonNode era = inForce(eras, day);
        int level = tableLevel;
        for (JsonNode rule : era.path("rules")) {
            if (tableLevel >= rule.path("base_level_min").asInt() && tableLevel <= rule.path("base_level_max").asInt()) {
                level = rule.has("set") ? rule.path("set").asInt() : tableLevel - rule.path("decrease").asInt();
                break;
            }
        }
        JsonNode cap = era.path("minimal_participant_cap");
        if (minimalParticipant && !cap.isNull() && level > cap.path("above").asInt()) {
            level = cap.path("level").asInt();
        }
        return level;
    }

    private static String crimeOfViolenceProvision(JsonNode eras, String day) {
        JsonNode item = byKey(inForce(eras, day).path("items"), n -> n.path("item").asText()).get("crime-of-violence");
        return item == null ? null : item.path("provision").asText();
    }

    /** The single entry whose known window contains the day. */
    private static JsonNode inForce(JsonNode entries, String day) {
        LocalDate d = LocalDate.parse(day);
        List<JsonNode> hits = new ArrayList<>();
        for (JsonNode entry : entries) {
            LocalDate from = date(entry, "effective_from", "entry");
            LocalDate until = date(entry, "effective_until", "entry");
            boolean unverified = !entry.path("verified").asBoolean(true);
            if (unverified && (from == null || until == null)) {
                continue; // an unknown boundary: never selected by date
            }
            if ((from == null || !d.isBefore(from)) && (until == null || !d.isAfter(until))) {
                hits.add(entry);
            }
        }
        assertThat(hits).as("entries in force on %s", day).hasSize(1);
        return hits.get(0);
    }

    /**
     * The window of an entry for the overlap check: null start = beginning and null end = open,
     * except on an unverified entry, where a null date is unknown and the window shrinks to the
     * dates it has (null if it has none).
     */
    private static LocalDate[] window(JsonNode entry, String list) {
        LocalDate from = date(entry, "effective_from", list);
        LocalDate until = date(entry, "effective_until", list);
        if (!entry.path("verified").asBoolean(true)) {
            if (from == null && until == null) {
                return null;
            }
            if (from == null) {
                from = until;
            }
            if (until == null) {
                until = from;
            }
        }
        return new LocalDate[] {from == null ? LocalDate.MIN : from, until == null ? LocalDate.MAX : until};
    }

    private static List<JsonNode> sortedByKnownDate(JsonNode entries) {
        List<JsonNode> sorted = new ArrayList<>();
        entries.forEach(sorted::add);
        sorted.sort((x, y) -> {
            LocalDate[] wx = window(x, "sort");
            LocalDate[] wy = window(y, "sort");
            LocalDate dx = wx == null ? LocalDate.MAX : wx[0];
            LocalDate dy = wy == null ? LocalDate.MAX : wy[0];
            return dx.compareTo(dy);
        });
        return sorted;
    }

    private static LocalDate date(JsonNode node, String key, String where) {
        JsonNode value = node.path(key);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        try {
            return LocalDate.parse(value.asText());
        } catch (DateTimeParseException e) {
            fail("%s: %s is not an ISO date: %s", where, key, value.asText());
            return null;
        }
    }

    private static Map<String, JsonNode> byKey(JsonNode list, Function<JsonNode, String> key) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        for (JsonNode n : list) {
            JsonNode previous = map.putIfAbsent(key.apply(n), n);
            assertThat(previous).as("key %s appears twice", key.apply(n)).isNull();
        }
        return map;
    }

    private interface Visitor {
        void visit(String path, JsonNode node);
    }

    private static void walk(JsonNode node, String path, Visitor visitor) {
        if (node.isObject()) {
            visitor.visit(path, node);
            node.properties().forEach(e -> walk(e.getValue(), path + "." + e.getKey(), visitor));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", visitor);
            }
        }
    }

    private static JsonNode readYaml(String name) throws IOException {
        try (InputStream in = WorksheetDataFilesTest.class.getResourceAsStream(DATA + name)) {
            assertThat(in).as("resource %s", DATA + name).isNotNull();
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }
}
