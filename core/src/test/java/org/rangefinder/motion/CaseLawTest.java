package org.rangefinder.motion;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.rangefinder.Guidelines;
import org.rangefinder.io.CaseFileReader;
import org.rangefinder.law.Authority;
import org.rangefinder.law.CaseLaw;
import org.rangefinder.law.LawData;

/**
 * The decisions cited as authority ({@code data/motion/case-law.yaml}) and the rule that an answer cites a
 * decision only if the motion is decided on or after the day it was decided. The dates asserted below were
 * read in the decisions themselves (slip opinions, captions), not taken from the data file.
 */
class CaseLawTest {

    private static final CaseLaw LAW = Guidelines.load().caseLaw();

    static Determination decide(String yaml, LocalDate today) {
        CaseFileReader.Result r = CaseFileReader.read(yaml);
        assertThat(r).as("the hand-written case is valid: %s", r).isInstanceOf(CaseFileReader.Valid.class);
        return new MotionAnalyzer(Guidelines.load()).analyze(((CaseFileReader.Valid) r).theCase(), today);
    }

    static Determination decide(String yaml) {
        return decide(yaml, LocalDate.of(2030, 1, 1));
    }

    /** The whole answer as printed (reasons, citations, trace). */
    static String everything(Determination d) {
        return org.rangefinder.explain.DeterminationRenderer.json("case.yaml", d, "test").toString();
    }

    static Reason reason(Determination d, ReasonCode code) {
        return d.reasons().stream().filter(r -> r.code() == code).findFirst()
                .orElseThrow(() -> new AssertionError(code + " not among " + d.reasons()));
    }

    @Nested
    class TheDataFile {

        @Test
        void everyDecisionHasACitationADayAndASource() {
            JsonNode decisions = LawData.readYaml("motion/case-law.yaml").get("decisions");
            assertThat(decisions.size()).isGreaterThanOrEqualTo(11);
            Pattern year = Pattern.compile("(\\d{4})\\)$");
            decisions.properties().forEach(e -> {
                JsonNode d = e.getValue();
                assertThat(d.path("citation").asText()).as(e.getKey()).contains(" v. ").endsWith(")");
                assertThat(d.path("source").asText()).as(e.getKey()).isNotBlank();
                assertThat(d.path("decided").asText()).as(e.getKey()).matches("\\d{4}-\\d{2}-\\d{2}");
                LocalDate decided = LocalDate.parse(d.path("decided").asText());
                // the citation's court-and-date parenthetical names the same year (or the same day)
                Matcher m = year.matcher(d.path("citation").asText());
                assertThat(m.find()).as("%s: the citation ends with its year", e.getKey()).isTrue();
                assertThat(Integer.parseInt(m.group(1))).as(e.getKey()).isEqualTo(decided.getYear());
            });
        }

        @Test
        void theDaysAreThoseTheDecisionsGive() {
            assertThat(LAW.decision("koons").decided()).isEqualTo("2018-06-04");
            assertThat(LAW.decision("hughes").decided()).isEqualTo("2018-06-04");
            assertThat(LAW.decision("melendez").decided()).isEqualTo("1996-06-17");
            assertThat(LAW.decision("dillon").decided()).isEqualTo("2010-06-17");
            assertThat(LAW.decision("baylor").decided()).isEqualTo("2009-02-11");
            assertThat(LAW.decision("freeman").decided()).isEqualTo("2011-06-23");
            assertThat(LAW.decision("waters").decided()).isEqualTo("2011-08-19");
            assertThat(LAW.decision("williams-ulysses").decided()).isEqualTo("2012-09-21");
        }

        @Test
        void everyKeyTheCodeUsesIsInTheFile() {
            for (Precedent p : Precedent.values()) {
                assertThat(LAW.keys()).as("case-law.yaml lacks the decision the code cites as %s", p).contains(p.key);
            }
        }

        /** Every {case: KEY} of every data file names a decision of case-law.yaml. */
        @Test
        void everyKeyTheDataFilesUseIsInTheFile() throws Exception {
            List<String> used = new ArrayList<>();
            for (String file : dataFiles()) {
                collectCaseKeys(LawData.readYaml(file), used);
            }
            assertThat(used).as("the data files refer to decisions").contains("dillon", "baylor", "hughes", "freeman",
                    "martinez-gutierrez", "rascon-olivas", "ojeda-texta", "waters", "williams-ulysses");
            assertThat(LAW.keys()).containsAll(used);
        }

        /** The authorities' lists of the data files give decisions by key, never as typed citations. */
        @Test
        void noDataFileTypesADecisionAsAnAuthority() {
            Pattern decision = Pattern.compile(" v\\. ");
            List<JsonNode> lists = new ArrayList<>();
            LawData.readYaml("motion/reasons.yaml").get("reasons").forEach(r -> lists.add(r.get("citations")));
            LawData.readYaml("motion/fast-track-programs.yaml").get("programs").forEach(p -> lists.add(p.path("cite")));
            lists.add(LawData.readYaml("chapter4/career-offender.yaml").get("amended_level_floor").get("authorities"));
            for (JsonNode list : lists) {
                for (JsonNode item : list) {
                    if (item.isTextual()) {
                        assertThat(decision.matcher(item.asText()).find()).as("a decision typed as text: %s", item).isFalse();
                    }
                }
            }
            JsonNode rule = LawData.readYaml("motion/policy-statement.yaml").get("rule_11c1c");
            assertThat(rule.get("case").isObject()).isTrue();
            assertThat(rule.get("earlier").isObject()).isTrue();
        }

        /** No string literal of the engine's code is a case citation (comments may name decisions). */
        @Test
        void noCitationIsTypedIntoTheCode() throws IOException {
            Path main = Path.of(System.getProperty("user.dir")).resolve("src/main/java");
            Pattern literal = Pattern.compile("\"([^\"\\\\]|\\\\.)*\"");
            Pattern citation = Pattern.compile("[A-Z][\\w'-]+ v\\. [A-Z]|\\d+ (U\\.S\\.|S\\. ?Ct\\.|F\\.[234]d|F\\.4th|F\\. Supp\\.|WL) \\d+");
            List<String> found = new ArrayList<>();
            try (Stream<Path> files = Files.walk(main)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    for (String line : Files.readAllLines(f)) {
                        String t = line.strip();
                        if (t.startsWith("*") || t.startsWith("//") || t.startsWith("/*")) {
                            continue;
                        }
                        Matcher m = literal.matcher(t);
                        while (m.find()) {
                            if (citation.matcher(m.group()).find()) {
                                found.add(f.getFileName() + ": " + t);
                            }
                        }
                    }
                }
            }
            assertThat(found).as("case citations typed into Java").isEmpty();
        }

        @Test
        void pinpointsGoBeforeTheCourtAndYear() {
            assertThat(Authority.of(LAW.decision("dillon"), "819").citation()).isEqualTo("Dillon v. United States, 560 U.S. 817, 819 (2010)");
            assertThat(Authority.of(LAW.decision("baylor"), "673").citation())
                    .isEqualTo("United States v. Baylor, 556 F.3d 672, 673 (8th Cir. 2009)");
            assertThat(LAW.decision("freeman").cite("534-40", "Sotomayor, J., concurring in the judgment"))
                    .isEqualTo("Freeman v. United States, 564 U.S. 522, 534-40 (2011) (Sotomayor, J., concurring in the judgment)");
            assertThat(LAW.decision("martinez-gutierrez").cite("at *3", null))
                    .isEqualTo("United States v. Martinez-Gutierrez, No. 09-CR-0049(11), 2013 WL 1435154, at *3 (D. Minn. Apr. 9, 2013)");
            assertThat(Authority.of(LAW.decision("koons"), null).citation()).isEqualTo("Koons v. United States, 138 S. Ct. 1783 (2018)");
        }

        @Test
        void aDecisionIsCitableFromTheDayItWasDecided() {
            Authority koons = Authority.of(LAW.decision("koons"), "1788");
            assertThat(koons.on(LocalDate.of(2018, 6, 3))).isEmpty();
            assertThat(koons.on(LocalDate.of(2018, 6, 4))).contains("Koons v. United States, 138 S. Ct. 1783, 1788 (2018)");
            assertThat(Authority.of("18 U.S.C. § 3582(c)(2)").on(LocalDate.of(1990, 1, 1))).contains("18 U.S.C. § 3582(c)(2)");
        }

        private static List<String> dataFiles() throws Exception {
            Path data = Path.of(LawData.class.getResource("/org/rangefinder/data/").toURI());
            try (Stream<Path> all = Files.walk(data)) {
                return all.filter(p -> p.toString().endsWith(".yaml")).map(p -> data.relativize(p).toString().replace('\\', '/'))
                        .sorted().toList();
            }
        }

        private static void collectCaseKeys(JsonNode node, List<String> out) {
            if (node.isObject() && node.has("case") && node.get("case").isTextual() && node.size() <= 3) {
                out.add(node.get("case").asText());
            }
            node.forEach(child -> collectCaseKeys(child, out));
        }
    }

    /** Koons (June 4, 2018): a term below a minimum for substantial assistance was not based on a lowered range. */
    @Nested
    class Koons {

        static final String BELOW_MINIMUM = """
                sentencing: {date: 2010-01-10, offense_level: 27, criminal_history_category: I,
                             mandatory_minimum_months: 120, departures: [substantial-assistance], sentence_months: 90}
                motion: {kind: sentence-reduction, amendment: "750", date: %s}
                amended: {offense_level: 25}
                """;

        @Test
        void aMotionDecidedIn2012DoesNotCiteKoons() {
            Determination d = decide(BELOW_MINIMUM.formatted("2012-03-01"));
            assertThat(d.relief()).isEqualTo(Relief.UNAVAILABLE);
            Reason r = reason(d, ReasonCode.MANDATORY_MINIMUM);
            assertThat(r.text()).contains("substantial-assistance departure", "not based on a range the Commission lowered")
                    .doesNotContain("Koons");
            assertThat(r.citations()).noneMatch(c -> c.contains("Koons")).anyMatch(c -> c.startsWith("U.S.S.G. § 5G1.1(b)"))
                    .contains("United States v. Baylor, 556 F.3d 672, 673 (8th Cir. 2009)");
            assertThat(everything(d)).doesNotContain("Koons");
        }

        @Test
        void aMotionDecidedIn2019CitesKoons() {
            Determination d = decide(BELOW_MINIMUM.formatted("2019-03-01"));
            assertThat(d.relief()).isEqualTo(Relief.UNAVAILABLE);
            Reason r = reason(d, ReasonCode.MANDATORY_MINIMUM);
            assertThat(r.text()).contains("(Koons v. United States, 138 S. Ct. 1783 (2018))");
            assertThat(r.citations()).contains("Koons v. United States, 138 S. Ct. 1783, 1788 (2018)");
        }

        @Test
        void onTheDayOfTheDecisionItIsCited() {
            assertThat(reason(decide(BELOW_MINIMUM.formatted("2018-06-03")), ReasonCode.MANDATORY_MINIMUM).citations())
                    .noneMatch(c -> c.contains("Koons"));
            assertThat(reason(decide(BELOW_MINIMUM.formatted("2018-06-04")), ReasonCode.MANDATORY_MINIMUM).citations())
                    .anyMatch(c -> c.startsWith("Koons v. United States"));
        }

        /** A case file without motion.date is decided as of the date the engine is given (today by default). */
        @Test
        void withoutAMotionDateTheDayOfTheAnswerGoverns() {
            String undated = BELOW_MINIMUM.replace(", date: %s}", "}");
            assertThat(everything(decide(undated, LocalDate.of(2012, 3, 1)))).doesNotContain("Koons");
            assertThat(reason(decide(undated, LocalDate.of(2019, 3, 1)), ReasonCode.MANDATORY_MINIMUM).citations())
                    .anyMatch(c -> c.startsWith("Koons v. United States"));
        }
    }

    /** Baylor (8th Cir. Feb. 11, 2009) and Dillon (June 17, 2010), general authorities of reasons.yaml. */
    @Nested
    class GeneralAuthorities {

        @Test
        void baylorIsNotCitedBeforeFebruary11_2009() {
            String minimum = """
                    sentencing: {date: 2005-01-10, offense_level: 27, criminal_history_category: I,
                                 mandatory_minimum_months: 120, sentence_months: 120}
                    motion: {kind: sentence-reduction, amendment: "706", date: %s}
                    amended: {offense_level: 25}
                    """;
            Determination before = decide(minimum.formatted("2008-06-01"));
            assertThat(reason(before, ReasonCode.MANDATORY_MINIMUM).citations()).noneMatch(c -> c.contains("Baylor"))
                    .anyMatch(c -> c.startsWith("U.S.S.G. § 5G1.1(b)"));
            assertThat(everything(before)).doesNotContain("Baylor");
            assertThat(reason(decide(minimum.formatted("2009-02-11")), ReasonCode.MANDATORY_MINIMUM).citations())
                    .contains("United States v. Baylor, 556 F.3d 672, 673 (8th Cir. 2009)");
        }

        @Test
        void dillonIsNotCitedBeforeJune17_2010() {
            String eligible = """
                    sentencing: {date: 2005-01-10, offense_level: 30, criminal_history_category: I, sentence_months: 100}
                    motion: {kind: sentence-reduction, amendment: "706", date: %s}
                    amended: {offense_level: 28}
                    """;
            Determination before = decide(eligible.formatted("2008-06-01"));
            assertThat(before.relief()).isEqualTo(Relief.AVAILABLE);
            assertThat(reason(before, ReasonCode.ELIGIBLE).citations()).noneMatch(c -> c.contains("Dillon"))
                    .contains("18 U.S.C. § 3582(c)(2)");
            Determination after = decide(eligible.formatted("2010-06-17"));
            assertThat(reason(after, ReasonCode.ELIGIBLE).citations()).contains("Dillon v. United States, 560 U.S. 817, 826-27 (2010)");
        }
    }

    /** Rule 11(c)(1)(C) sentences: Hughes (June 4, 2018) and, before it, Freeman (June 23, 2011). */
    @Nested
    class Rule11c1c {

        static final String AGREEMENT = """
                conviction: {disposition: plea-11c1c, offense: drug-trafficking}
                sentencing: {date: 2006-01-10, offense_level: 30, criminal_history_category: I, sentence_months: 100}
                motion: {kind: sentence-reduction, amendment: "706", date: %s}
                amended: {offense_level: 28}
                """;

        @Test
        void beforeFreemanNeitherDecisionIsNamed() {
            Determination d = decide(AGREEMENT.formatted("2011-06-22"));
            assertThat(d.relief()).isEqualTo(Relief.UNDETERMINED);
            Reason r = reason(d, ReasonCode.INSUFFICIENT_FACTS);
            assertThat(r.text()).contains("Rule 11(c)(1)(C)", "the case file does not say what the agreement provided");
            assertThat(r.citations()).contains("Fed. R. Crim. P. 11(c)(1)(C)");
            assertThat(everything(d)).doesNotContain("Freeman", "Hughes");
        }

        @Test
        void betweenFreemanAndHughesOnlyFreemanIsNamed() {
            Determination d = decide(AGREEMENT.formatted("2015-01-15"));
            assertThat(d.relief()).isEqualTo(Relief.UNDETERMINED);
            Reason r = reason(d, ReasonCode.INSUFFICIENT_FACTS);
            assertThat(r.text()).contains("Freeman v. United States, 564 U.S. 522, 534-40 (2011) (Sotomayor, J., concurring in the judgment)");
            assertThat(r.citations()).anyMatch(c -> c.startsWith("Freeman v. United States"));
            assertThat(everything(d)).doesNotContain("Hughes");
        }

        @Test
        void fromHughesTheSentenceIsBasedOnTheRange() {
            Determination d = decide(AGREEMENT.formatted("2018-06-04"));
            assertThat(d.relief()).isEqualTo(Relief.AVAILABLE);
            assertThat(everything(d)).contains("Hughes v. United States, 138 S. Ct. 1765, 1775-76 (2018)");
        }
    }

    /** The orders cited for an early-disposition program's scope (fast-track-programs.yaml). */
    @Nested
    class ProgramOrders {

        static final String OWN_REQUEST = """
                court: %s
                conviction: {disposition: plea, offense: drug-trafficking}
                motion: {kind: early-disposition, government_motion: false, date: %s}
                """;

        @Test
        void anOrderLaterThanTheMotionIsNotCited() {
            Determination d = decide(OWN_REQUEST.formatted("E.D. La.", "2012-06-01"));
            Reason r = reason(d, ReasonCode.OFFENSE_NOT_IN_PROGRAM);
            assertThat(r.citations()).noneMatch(c -> c.contains("Ojeda-Texta"))
                    .contains("United States Attorney for the Eastern District of Louisiana, under the Cole memorandum of Jan. 31, 2012");
            assertThat(reason(decide(OWN_REQUEST.formatted("E.D. La.", "2013-01-15")), ReasonCode.OFFENSE_NOT_IN_PROGRAM).citations())
                    .contains("United States v. Ojeda-Texta, Crim. Action No. 10-156 (E.D. La. Sept. 19, 2012)");
            Determination minnesota = decide(OWN_REQUEST.formatted("D. Minn.", "2012-06-01"));
            assertThat(reason(minnesota, ReasonCode.OFFENSE_NOT_IN_PROGRAM).citations())
                    .containsExactly("United States v. Rascon-Olivas, No. 10-CR-0230(21), 2012 WL 695838, at *1 n.1 (D. Minn. Feb. 28, 2012)");
        }
    }
}
