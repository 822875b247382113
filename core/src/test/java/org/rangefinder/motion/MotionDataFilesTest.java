package org.rangefinder.motion;

import org.rangefinder.testing.Shared;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the two motion data files ({@code motion/amendments.yaml} and
 * {@code motion/fast-track-programs.yaml}) for shape, dates and sources, and checks the covered
 * amendments against the research file {@code covered_amendments.csv} in the shared folder
 * (system property {@code rangefinder.shared}, set by the build).
 */
class MotionDataFilesTest {

    private static final String DATA = "/org/rangefinder/data/motion/";
    private static final Set<String> LOWERS = Set.of("offense-level", "criminal-history");
    private static final Set<String> OFFENSES =
            Set.of("illegal-reentry", "drug-trafficking", "immigration-other", "other");
    private static final Pattern PART_ID = Pattern.compile("[A-Z][0-9]?");
    private static final Pattern AMENDMENT_REF = Pattern.compile("Amendment (\\d+)");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private static JsonNode amendmentsFile;
    private static JsonNode programsFile;
    private static Map<String, JsonNode> amendmentsByNumber;

    @BeforeAll
    static void load() throws IOException {
        amendmentsFile = readYaml("amendments.yaml");
        programsFile = readYaml("fast-track-programs.yaml");
        amendmentsByNumber = new LinkedHashMap<>();
        for (JsonNode a : amendmentsFile.path("amendments")) {
            JsonNode number = a.get("number");
            assertThat(number).as("amendment without a number: %s", a).isNotNull();
            assertThat(number.isTextual()).as("number must be a string: %s", number).isTrue();
            JsonNode previous = amendmentsByNumber.put(number.asText(), a);
            assertThat(previous).as("amendment %s listed twice", number.asText()).isNull();
        }
    }

    // ------------------------------------------------------------------ against the research CSV

    @Test
    void everyCoveredAmendmentInTheResearchCsvIsPresentWithTheSameDates() throws IOException {
        List<Map<String, String>> rows = coveredAmendmentsCsv();
        assertThat(rows).as("covered_amendments.csv has no rows").isNotEmpty();
        for (Map<String, String> row : rows) {
            String number = row.get("amendment");
            JsonNode a = amendmentsByNumber.get(number);
            assertThat(a).as("covered amendment %s from covered_amendments.csv is missing", number).isNotNull();
            assertThat(a.path("covered").asBoolean(false)).as("amendment %s must be covered: true", number).isTrue();
            assertThat(a.path("effective").asText())
                    .as("effective date of amendment %s", number)
                    .isEqualTo(row.get("amendment_effective_date"));

            String listed = row.get("retroactivity_effective");
            if (!listed.isBlank()) {
                assertThat(a.path("listed_from").asText()).as("listed_from of amendment %s", number).isEqualTo(listed);
            }
            Matcher by = AMENDMENT_REF.matcher(row.get("made_retroactive_by"));
            if (by.find()) {
                assertThat(a.path("made_retroactive_by").asText())
                        .as("made_retroactive_by of amendment %s", number)
                        .isEqualTo(by.group(1));
            }
            Matcher order = ISO_DATE.matcher(row.get("special_instruction"));
            if (order.find()) {
                assertThat(a.path("orders_effective_from").asText())
                        .as("orders_effective_from of amendment %s (§ 1B1.10(e))", number)
                        .isEqualTo(order.group());
            } else {
                assertThat(a.path("orders_effective_from").isNull())
                        .as("amendment %s has no § 1B1.10(e) instruction in the CSV", number)
                        .isTrue();
            }

            Set<String> coveredParts = coveredPartsFromCsv(row.get("covered_parts"));
            if (coveredParts.isEmpty()) {
                for (JsonNode part : a.path("parts")) {
                    assertThat(part.path("covered").asBoolean(false))
                            .as("the CSV covers all of amendment %s, but part %s is not covered", number, part.path("part").asText())
                            .isTrue();
                }
            } else {
                assertThat(a.path("parts").isArray()).as("amendment %s is covered only in part; parts are required", number).isTrue();
                Set<String> yamlCovered = new TreeSet<>();
                for (JsonNode part : a.path("parts")) {
                    if (part.path("covered").asBoolean(false)) {
                        yamlCovered.add(part.path("part").asText());
                    }
                }
                assertThat(yamlCovered).as("covered parts of amendment %s", number).isEqualTo(coveredParts);
            }
        }
    }

    @Test
    void noAmendmentIsCoveredUnlessTheResearchCsvListsIt() throws IOException {
        Set<String> csv = new TreeSet<>();
        for (Map<String, String> row : coveredAmendmentsCsv()) {
            csv.add(row.get("amendment"));
        }
        Set<String> yaml = new TreeSet<>();
        amendmentsByNumber.forEach((number, a) -> {
            if (a.path("covered").asBoolean(false)) {
                yaml.add(number);
            }
        });
        assertThat(yaml).isEqualTo(csv);
    }

    // ------------------------------------------------------------------ amendments.yaml on its own

    @Test
    void everyAmendmentHasTheSchemaFieldsAndASource() {
        assertThat(amendmentsFile.path("source").asText()).as("top-level source of amendments.yaml").isNotBlank();
        assertThat(amendmentsByNumber).isNotEmpty();
        amendmentsByNumber.forEach((number, a) -> {
            assertThat(a.path("number").asText()).matches("\\d+");
            assertThat(a.path("summary").asText()).as("summary of %s", number).isNotBlank();
            assertThat(a.path("source").asText()).as("source of %s", number).isNotBlank();
            assertThat(a.path("covered").isBoolean()).as("covered of %s must be true or false", number).isTrue();
            assertThat(a.path("verified").isBoolean()).as("verified of %s must be true or false", number).isTrue();
            assertThat(LOWERS).as("lowers of %s", number).contains(a.path("lowers").asText());
            assertThat(a.path("guidelines").isArray()).as("guidelines of %s", number).isTrue();
            assertThat(a.path("guidelines")).as("guidelines of %s", number).isNotEmpty();
            for (JsonNode g : a.path("guidelines")) {
                assertThat(g.asText()).as("guideline section in %s (no '§')", number).matches("[1-8][A-Z]\\d\\.\\d{1,2}");
            }
            for (String key : List.of("listed_from", "made_retroactive_by", "orders_effective_from")) {
                assertThat(a.has(key)).as("%s lacks the key '%s' (use null)", number, key).isTrue();
            }
            if (!a.path("verified").asBoolean()) {
                assertThat(a.path("note").asText()).as("unverified amendment %s needs a note", number).isNotBlank();
            }
        });
    }

    @Test
    void amendmentDatesParseAndAreInOrder() {
        amendmentsByNumber.forEach((number, a) -> {
            LocalDate effective = date(a, "effective", number);
            assertThat(effective).as("effective date of %s", number).isNotNull();
            LocalDate listed = date(a, "listed_from", number);
            LocalDate orders = date(a, "orders_effective_from", number);
            if (a.path("covered").asBoolean()) {
                assertThat(listed).as("covered amendment %s needs listed_from", number).isNotNull();
                assertThat(a.path("made_retroactive_by").asText()).as("covered amendment %s needs made_retroactive_by", number).matches("\\d+");
                assertThat(listed).as("%s cannot be listed before it takes effect", number).isAfterOrEqualTo(effective);
                if (orders != null) {
                    assertThat(orders).as("%s: orders cannot take effect before the listing", number).isAfterOrEqualTo(listed);
                }
            } else {
                assertThat(listed).as("uncovered amendment %s has no listed_from", number).isNull();
                assertThat(a.path("made_retroactive_by").isNull()).as("uncovered amendment %s has no made_retroactive_by", number).isTrue();
                assertThat(orders).as("uncovered amendment %s has no orders_effective_from", number).isNull();
            }
        });
    }

    @Test
    void partIdsAreWellFormedAndUnique() {
        amendmentsByNumber.forEach((number, a) -> {
            if (!a.has("parts")) {
                return;
            }
            assertThat(a.path("parts").isArray()).as("parts of %s", number).isTrue();
            assertThat(a.path("parts")).as("parts of %s: omit the key instead of an empty list", number).isNotEmpty();
            Set<String> seen = new HashSet<>();
            for (JsonNode part : a.path("parts")) {
                String id = part.path("part").asText();
                assertThat(id).as("part id in %s", number).matches(PART_ID);
                assertThat(seen.add(id)).as("part %s listed twice in %s", id, number).isTrue();
                assertThat(part.path("covered").isBoolean()).as("covered of part %s of %s", id, number).isTrue();
                assertThat(part.path("summary").asText()).as("summary of part %s of %s", id, number).isNotBlank();
                if (part.path("covered").asBoolean()) {
                    assertThat(a.path("covered").asBoolean()).as("%s part %s covered but the amendment is not", number, id).isTrue();
                }
            }
        });
    }

    @Test
    void theWellKnownUncoveredAmendmentsArePresentAndNotCovered() {
        for (String number : List.of("651", "709", "742", "794", "802", "836")) {
            JsonNode a = amendmentsByNumber.get(number);
            assertThat(a).as("amendment %s", number).isNotNull();
            assertThat(a.path("covered").asBoolean(true)).as("amendment %s must not be covered", number).isFalse();
        }
        // Amendment 782 did not change § 2K2.1 (shared/cases lester-2016 relies on this).
        assertThat(amendmentsByNumber.get("782").path("guidelines").toString()).doesNotContain("2K2.1");
    }

    // ------------------------------------------------------------------ fast-track-programs.yaml

    @Test
    void everyProgramHasTheSchemaFieldsAndASource() {
        assertThat(programsFile.path("source").asText()).as("top-level source of fast-track-programs.yaml").isNotBlank();
        JsonNode programs = programsFile.path("programs");
        assertThat(programs.isArray()).isTrue();
        assertThat(programs).isNotEmpty();
        for (JsonNode p : programs) {
            String id = p.path("district").asText() + " " + p.path("offenses");
            assertThat(p.path("district").asText()).as("district of %s", id).isNotBlank();
            assertThat(p.path("offenses").isArray()).as("offenses of %s", id).isTrue();
            assertThat(p.path("offenses")).as("offenses of %s", id).isNotEmpty();
            for (JsonNode o : p.path("offenses")) {
                assertThat(OFFENSES).as("offense value in %s", id).contains(o.asText());
            }
            assertThat(p.path("max_levels").isInt()).as("max_levels of %s", id).isTrue();
            assertThat(p.path("max_levels").asInt()).as("max_levels of %s (guideline ceiling is 4)", id).isBetween(1, 4);
            assertThat(p.path("authority").asText()).as("authority of %s", id).isNotBlank();
            assertThat(p.path("source").asText()).as("source of %s", id).isNotBlank();
            assertThat(p.path("verified").isBoolean()).as("verified of %s", id).isTrue();
            assertThat(p.has("effective_from") && p.has("effective_until")).as("%s lacks a window key (use null)", id).isTrue();
            if (!p.path("verified").asBoolean()) {
                assertThat(p.path("note").asText()).as("unverified program %s needs a note", id).isNotBlank();
            }
            if (p.path("effective_from").isNull()) {
                assertThat(p.path("note").asText()).as("program %s has no start date; the note must say so", id).isNotBlank();
            }
        }
    }

    @Test
    void programDatesParseAndWindowsAreOrdered() {
        for (JsonNode p : programsFile.path("programs")) {
            String id = p.path("district").asText() + " " + p.path("offenses");
            LocalDate from = date(p, "effective_from", id);
            LocalDate until = date(p, "effective_until", id);
            if (from != null) {
                // § 5K3.1 (Amendment 651) took effect on Oct. 27, 2003; no program departure before it.
                assertThat(from).as("start of %s", id).isAfterOrEqualTo(LocalDate.of(2003, 10, 27));
            }
            if (from != null && until != null) {
                assertThat(until).as("window of %s", id).isAfterOrEqualTo(from);
            }
        }
    }

    @Test
    void districtAndOffensePairsAreUnique() {
        Map<String, Integer> seen = new HashMap<>();
        for (JsonNode p : programsFile.path("programs")) {
            for (JsonNode o : p.path("offenses")) {
                String key = p.path("district").asText() + "|" + o.asText();
                seen.merge(key, 1, Integer::sum);
            }
        }
        seen.forEach((key, count) -> assertThat(count).as("district/offense %s appears in more than one entry", key).isEqualTo(1));
    }

    @Test
    void theMinnesotaProgramMatchesTheAlcarazOrder() {
        // United States v. Alcaraz, No. 12-CR-0016 (D. Minn. June 28, 2013) (shared/seeds/002_*.txt):
        // program in effect from March 1, 2012, apparently limited to illegal reentry; Alcaraz was
        // sentenced on Oct. 24, 2012 for a methamphetamine conspiracy.
        JsonNode minnesota = null;
        for (JsonNode p : programsFile.path("programs")) {
            if (p.path("district").asText().equals("D. Minn.")) {
                assertThat(minnesota).as("one D. Minn. entry").isNull();
                minnesota = p;
            }
        }
        assertThat(minnesota).as("D. Minn. program").isNotNull();
        assertThat(minnesota.path("effective_from").asText()).isEqualTo("2012-03-01");
        assertThat(minnesota.path("offenses").toString()).contains("illegal-reentry").doesNotContain("drug-trafficking");
        assertThat(LocalDate.of(2012, 10, 24)).isAfterOrEqualTo(LocalDate.parse(minnesota.path("effective_from").asText()));
    }

    // ------------------------------------------------------------------ helpers

    private static JsonNode readYaml(String name) throws IOException {
        try (InputStream in = MotionDataFilesTest.class.getResourceAsStream(DATA + name)) {
            assertThat(in).as("data file %s%s is missing from the build", DATA, name).isNotNull();
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }

    private static LocalDate date(JsonNode node, String field, String owner) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        try {
            return LocalDate.parse(v.asText());
        } catch (DateTimeParseException e) {
            return fail("%s of %s is not a date (YYYY-MM-DD): %s", field, owner, v.asText());
        }
    }

    private static Path sharedFolder() {
        String shared = System.getProperty("rangefinder.shared");
        if (shared == null || shared.isBlank()) {
            fail("system property 'rangefinder.shared' is not set; it must point to the shared research folder"
                    + " (the Maven build sets it to ${maven.multiModuleProjectDirectory}/../shared)");
        }
        Path dir = Path.of(shared);
        if (!Files.isDirectory(dir)) {
            fail("rangefinder.shared points to '" + dir.toAbsolutePath() + "', which is not a directory");
        }
        return dir;
    }

    private static List<Map<String, String>> coveredAmendmentsCsv() throws IOException {
        Path csv = sharedFolder().resolve("reference").resolve("covered_amendments.csv");
        if (!Files.isRegularFile(csv)) {
            fail("research file missing: " + csv.toAbsolutePath());
        }
        List<List<String>> records = parseCsv(Files.readString(csv, StandardCharsets.UTF_8));
        List<String> header = records.get(0);
        for (String column : List.of("amendment", "amendment_effective_date", "covered_parts", "made_retroactive_by",
                "retroactivity_effective", "special_instruction")) {
            assertThat(header).as("columns of %s", csv).contains(column);
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            assertThat(record).as("CSV record %s has the wrong number of fields", record).hasSameSizeAs(header);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), record.get(i).strip());
            }
            rows.add(row);
        }
        return rows;
    }

    /** The parts the CSV says are covered: "Parts A and C only" gives {A, C}; "Part A; Part B Subpart 1 only" gives {A, B1}; "all ..." gives {}. */
    static Set<String> coveredPartsFromCsv(String text) {
        Set<String> parts = new TreeSet<>();
        if (!text.startsWith("Part")) {
            return parts;
        }
        Pattern subpart = Pattern.compile("Part ([A-Z]),? [Ss]ubpart (\\d+)");
        Pattern letters = Pattern.compile("\\b([A-Z])\\b");
        for (String segment : text.split(";")) {
            Matcher m = subpart.matcher(segment);
            if (m.find()) {
                parts.add(m.group(1) + m.group(2));
                continue;
            }
            Matcher l = letters.matcher(segment.replaceFirst("^\\s*Parts?", ""));
            while (l.find()) {
                parts.add(l.group(1));
            }
        }
        return parts;
    }

    /** RFC 4180: comma-separated, fields may be quoted with '"', a quote inside is doubled. */
    static List<List<String>> parseCsv(String text) {
        return Shared.Csv.parse(text);
    }
}
