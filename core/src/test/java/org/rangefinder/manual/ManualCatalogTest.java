package org.rangefinder.manual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.rangefinder.Guidelines;
import org.rangefinder.law.UnsupportedQuestionException;

/** The edition in force on a date (U.S.S.G. § 1B1.11), around every effective date in editions.yaml. */
class ManualCatalogTest {

    private static final ManualCatalog CATALOG = Guidelines.load().manuals();
    private static final LocalDate FIRST = LocalDate.of(1987, 11, 1);

    static Stream<Arguments> editions() {
        List<Edition> all = CATALOG.editions();
        return IntStream.range(0, all.size())
                .mapToObj(i -> Arguments.of(all.get(i), i == 0 ? null : all.get(i - 1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("editions")
    void theDayBeforeTheDayAndTheDayAfter(Edition edition, Edition previous) {
        LocalDate day = edition.effective();
        if (previous == null) {
            assertThatThrownBy(() -> CATALOG.inEffectOn(day.minusDays(1)))
                    .isInstanceOf(UnsupportedQuestionException.class)
                    .hasMessageContaining(day.minusDays(1).toString());
        } else {
            assertThat(CATALOG.inEffectOn(day.minusDays(1))).isEqualTo(previous);
        }
        assertThat(CATALOG.inEffectOn(day)).isEqualTo(edition);
        assertThat(CATALOG.inEffectOn(day.plusDays(1))).isEqualTo(edition);
    }

    @Test
    void editionsAreInOrderAndAtLeastTwoDaysApart() {
        // keeps "the day after gives the same edition" meaningful
        List<Edition> all = CATALOG.editions();
        assertThat(all).hasSizeGreaterThan(30);
        assertThat(all.getFirst().effective()).isEqualTo(FIRST);
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).effective()).isAfter(all.get(i - 1).effective().plusDays(1));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("editions")
    void theLabelIsTheDateAsTheTitleWritesIt(Edition edition) {
        assertThat(edition.title()).contains(edition.label());
        assertThat(edition.cite("§ 5G1.1(b)")).isEqualTo("U.S.S.G. § 5G1.1(b) (" + edition.label() + ")");
        assertThat(edition.source()).isNotBlank();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "2012-10-24, 2011-11-01",
        "2012-10-31, 2011-11-01",
        "2012-11-01, 2012-11-01",
        "2003-10-26, 2002-11-01",
        "2003-10-27, 2003-10-27",
        "2003-10-31, 2003-10-27",
        "2003-11-01, 2003-11-01",
        "1996-06-01, 1995-11-01",
        "2019-12-01, 2018-11-01",
        "2020-11-01, 2018-11-01",
        "2022-11-01, 2021-11-01",
        "2008-03-03, 2008-03-03",
        "2010-11-01, 2010-11-01",
        "2014-10-31, 2013-11-01",
        "2025-10-31, 2024-11-01",
        "2025-11-01, 2025-11-01",
        "1987-11-01, 1987-11-01"
    })
    void knownEditions(LocalDate date, LocalDate effective) {
        assertThat(CATALOG.inEffectOn(date).effective()).isEqualTo(effective);
    }

    @Test
    void october27_2003IsTheSection5K3_1Supplement() {
        Edition e = CATALOG.inEffectOn(LocalDate.of(2003, 10, 27));
        assertThat(e.supplement()).isTrue();
        assertThat(e.source()).contains("Amendment 651").contains("5K3.1");
        assertThat(e.label()).isEqualTo("Oct. 27, 2003");
        assertThat(CATALOG.inEffectOn(LocalDate.of(2003, 11, 1)).supplement()).isFalse();
    }

    @Test
    void beforeNovember1_1987IsUnsupported() {
        assertThatThrownBy(() -> CATALOG.inEffectOn(LocalDate.of(1987, 10, 31)))
                .isInstanceOf(UnsupportedQuestionException.class)
                .hasMessageContaining("1987-10-31")
                .hasMessageContaining("1987-11-01");
        assertThatThrownBy(() -> CATALOG.inEffectOn(LocalDate.of(1970, 1, 1)))
                .isInstanceOf(UnsupportedQuestionException.class);
    }

    @Test
    void datesAfterTheKnownDataUseTheNewestEdition() {
        LocalDate through = CATALOG.knownThrough();
        assertThat(CATALOG.isBeyondKnownData(through)).isFalse();
        assertThat(CATALOG.isBeyondKnownData(through.plusDays(1))).isTrue();
        assertThat(CATALOG.inEffectOn(through.plusYears(10))).isEqualTo(CATALOG.editions().getLast());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "2012-11-01, 'Nov. 1, 2012'",
        "1988-01-15, 'Jan. 15, 1988'",
        "1988-06-15, 'June 15, 1988'",
        "2008-03-03, 'Mar. 3, 2008'",
        "2008-05-01, 'May 1, 2008'",
        "2003-10-27, 'Oct. 27, 2003'",
        "2020-07-04, 'July 4, 2020'",
        "2020-09-30, 'Sept. 30, 2020'",
        "2020-04-01, 'Apr. 1, 2020'",
        "2020-08-01, 'Aug. 1, 2020'",
        "2020-12-25, 'Dec. 25, 2020'",
        "2020-02-29, 'Feb. 29, 2020'"
    })
    void labelsUseCourtMonthAbbreviations(LocalDate date, String label) {
        assertThat(new Edition(date, "t", false, "s", true).label()).isEqualTo(label);
    }
}
