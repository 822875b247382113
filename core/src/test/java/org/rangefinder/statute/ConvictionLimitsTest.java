package org.rangefinder.statute;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link ConvictionLimits#limits} derives once per statutes and date periods; it must give what
 * {@link ConvictionLimits#derive} gives for every date. Checked on every day next to a date that
 * statutes.yaml mentions (the day before, the day, the day after), as offense and as sentencing date.
 */
class ConvictionLimitsTest {

    private static final StatutoryPenalties STATUTES = StatutoryPenalties.load();

    /** Citation lists as dockets give them (the generator's most frequent ones) and some harder ones. */
    private static final List<List<String>> CITED = List.of(
            List.of("21 U.S.C. § 841(a)(1)", "21 U.S.C. § 841(b)(1)(A)"),
            List.of("21 U.S.C. § 841(a)(1)", "21 U.S.C. § 841(b)(1)(B)", "21 U.S.C. § 846"),
            List.of("21 U.S.C. § 841(a)(1)", "21 U.S.C. § 841(b)(1)(C)", "21 U.S.C. § 846"),
            List.of("21 U.S.C. § 846", "21 U.S.C. § 841(a)(1)"),
            List.of("21 U.S.C. § 841(b)(1)(A)", "21 U.S.C. § 851"),
            List.of("18 U.S.C. § 922(g)(1)"),
            List.of("18 U.S.C. § 922(g)(1)", "18 U.S.C. § 924(e)"),
            List.of("18 U.S.C. § 924(c)(1)(A)(i)", "21 U.S.C. § 841(b)(1)(B)"),
            List.of("8 U.S.C. § 1326(a)", "8 U.S.C. § 1326(b)(2)"),
            List.of("18 U.S.C. § 1343"));

    private static List<LocalDate> datesNextToTheData() throws IOException {
        String yaml;
        try (InputStream in = StatutoryPenalties.class.getResourceAsStream("/org/rangefinder/data/statutes.yaml")) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        TreeSet<LocalDate> out = new TreeSet<>();
        Matcher m = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})\\b").matcher(yaml);
        while (m.find()) {
            LocalDate d = LocalDate.parse(m.group(1));
            out.add(d.minusDays(1));
            out.add(d);
            out.add(d.plusDays(1));
        }
        return new ArrayList<>(out);
    }

    @Test
    void theLimitsByPeriodAreTheLimitsByDate() throws IOException {
        List<LocalDate> dates = datesNextToTheData();
        assertThat(dates).hasSizeGreaterThan(30);
        List<Optional<LocalDate>> sentencing = new ArrayList<>();
        sentencing.add(Optional.empty());
        dates.forEach(d -> sentencing.add(Optional.of(d)));
        int compared = 0;
        for (List<String> cited : CITED) {
            for (LocalDate offense : dates) {
                for (Optional<LocalDate> sentenced : sentencing) {
                    var exact = ConvictionLimits.derive(STATUTES, cited, Optional.of(offense), sentenced);
                    var byPeriod = ConvictionLimits.limits(STATUTES, cited, Optional.of(offense), sentenced);
                    assertThat(byPeriod.minimum()).as("%s, offense %s, sentenced %s", cited, offense, sentenced)
                            .isEqualTo(exact.minimum());
                    assertThat(byPeriod.maximum()).as("%s, offense %s, sentenced %s", cited, offense, sentenced)
                            .isEqualTo(exact.maximum());
                    compared++;
                }
            }
            assertThat(ConvictionLimits.limits(STATUTES, cited, Optional.empty(), Optional.empty()).minimum()).isEmpty();
        }
        assertThat(compared).isGreaterThan(10_000);
    }

    @Test
    void periodsSeparateEveryDateOfTheData() throws IOException {
        List<LocalDate> dates = datesNextToTheData();
        for (int i = 1; i < dates.size(); i++) {
            assertThat(STATUTES.period(dates.get(i))).isGreaterThanOrEqualTo(STATUTES.period(dates.get(i - 1)));
        }
        // a date the data names is its own period, apart from the days around it
        LocalDate fsa = LocalDate.of(2018, 12, 21);
        assertThat(STATUTES.period(fsa)).isNotEqualTo(STATUTES.period(fsa.minusDays(1)))
                .isNotEqualTo(STATUTES.period(fsa.plusDays(1)));
    }
}
