package org.rangefinder.statute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CitationTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "21 U.S.C. § 841(b)(1)(A)",
        "21 USC 841(b)(1)(A)",
        "21 U.S.C. §841(b)(1)(A)",
        "21 U.S.C. 841 (b)(1)(A)",
        "21 U.S.C. § 841 (b) (1) (A)",
        "21 U.S.C. Sec. 841(b)(1)(A)",
        "21 U.S.C. section 841(b)(1)(A)",
        "21 u.s.c. § 841(b)(1)(A)",
        "21 U.S.C.A. § 841(b)(1)(A)",
        "21 U. S. C. § 841(b)(1)(A)",
        "21 U.S.C. §§ 841(b)(1)(A)",
        "Title 21, United States Code, Section 841(b)(1)(A)",
        "  21\u00A0U.S.C.\u00A0§\u00A0841(b)(1)(A).  ",
    })
    void readsTheFormsPeopleWrite(String text) {
        assertThat(Citation.parse(text)).map(Citation::key).contains("21 U.S.C. 841(b)(1)(A)");
    }

    @Test
    void normalizesTheBriefsExamples() {
        assertThat(StatutoryPenalties.normalize("18 U.S.C. § 924(c)(1)(A)(i)")).contains("18 U.S.C. 924(c)(1)(A)(i)");
        assertThat(StatutoryPenalties.normalize("8 U.S.C. § 1326(b)(2)")).contains("8 U.S.C. 1326(b)(2)");
        assertThat(StatutoryPenalties.normalize("21 USC 841(b)(1)(A)")).contains("21 U.S.C. 841(b)(1)(A)");
        assertThat(Citation.parse("18 USC 924(c)(1)(A)(i)").orElseThrow().display()).isEqualTo("18 U.S.C. § 924(c)(1)(A)(i)");
    }

    @Test
    void upperCasesTheSectionSuffixButKeepsSubdivisionCase() {
        Citation c = Citation.parse("18 U.S.C. § 1028a(a)(1)").orElseThrow();
        assertThat(c.section()).isEqualTo("1028A");
        assertThat(c.subdivisions()).containsExactly("a", "1");
        // (B) and (b) are different subdivisions: nothing is case-folded into a different provision
        assertThat(Citation.parse("21 U.S.C. 841(B)(1)(a)").orElseThrow().key()).isEqualTo("21 U.S.C. 841(B)(1)(a)");
    }

    @Test
    void walksUpToTheSection() {
        Citation c = Citation.parse("21 U.S.C. 841(b)(1)(A)(viii)").orElseThrow();
        assertThat(c.parent().orElseThrow().key()).isEqualTo("21 U.S.C. 841(b)(1)(A)");
        assertThat(c.sectionKey()).isEqualTo("21 U.S.C. 841");
        assertThat(new Citation(21, "841", List.of()).parent()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "841(b)(1)(A)",
        "U.S.C. § 841",
        "21 U.S.C. §§ 841(a)(1), (b)(1)(A)",
        "21 U.S.C. §§ 841(a)(1) and 846",
        "USSG § 2D1.1",
        "99 U.S.C. § 1",
        "21 C.F.R. § 1308.12",
    })
    void rejectsWhatIsNotOneCitation(String text) {
        assertThat(Citation.parse(text)).isEmpty();
    }

    @Test
    void rejectsNull() {
        assertThat(Citation.parse(null)).isEmpty();
    }
}
