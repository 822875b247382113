package org.rangefinder.statute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.rangefinder.model.Months;

/**
 * Every row of the shared research table {@code reference/statutes.csv} against
 * {@code statutes.yaml}. The CSV is read at test time from the folder named by the system property
 * {@code rangefinder.shared} (set by the surefire configuration).
 */
class StatutesCsvTest {

    /** The U.S. Code snapshot the current text was read from; rows without dates are probed on it. */
    private static final LocalDate SNAPSHOT = LocalDate.of(2023, 4, 20);

    /** How each row's statute and condition columns are asked of the engine: the citations and tiers to try. */
    private record Probe(List<String> citations, List<Tier> tiers) {}

    private static final Tier ONE_SBI = Tier.of(Tier.Priors.ONE, true);
    private static final Tier TWO_SBI = Tier.of(Tier.Priors.TWO_OR_MORE, true);
    private static final Tier SBI = Tier.DEATH_OR_SERIOUS_BODILY_INJURY;
    private static final Tier BASE = Tier.BASE;
    private static final Tier ONE = Tier.ONE_PRIOR;
    private static final Tier TWO = Tier.TWO_OR_MORE_PRIORS;

    private static final Map<String, Probe> PROBES = new LinkedHashMap<>();

    static {
        probe("841A-cur-base", List.of("21 U.S.C. 841(b)(1)(A)"), BASE);
        probe("841A-cur-sbi", List.of("21 U.S.C. 841(b)(1)(A)"), SBI);
        probe("841A-cur-1prior", List.of("21 U.S.C. 841(b)(1)(A)"), ONE);
        probe("841A-cur-1prior-sbi", List.of("21 U.S.C. 841(b)(1)(A)"), ONE_SBI, TWO_SBI);
        probe("841A-cur-2prior", List.of("21 U.S.C. 841(b)(1)(A)"), TWO);
        probe("841A-pre-base", List.of("21 U.S.C. 841(b)(1)(A)"), BASE);
        probe("841A-pre-1prior", List.of("21 U.S.C. 841(b)(1)(A)"), ONE);
        probe("841A-pre-2prior", List.of("21 U.S.C. 841(b)(1)(A)"), TWO);
        probe("841A-pre-sbi", List.of("21 U.S.C. 841(b)(1)(A)"), SBI);
        probe("841A-pre-prior-sbi", List.of("21 U.S.C. 841(b)(1)(A)"), ONE_SBI, TWO_SBI);
        probe("841B-cur-base", List.of("21 U.S.C. 841(b)(1)(B)"), BASE);
        probe("841B-cur-sbi", List.of("21 U.S.C. 841(b)(1)(B)"), SBI);
        probe("841B-cur-1prior", List.of("21 U.S.C. 841(b)(1)(B)"), ONE, TWO);
        probe("841B-pre-base", List.of("21 U.S.C. 841(b)(1)(B)"), BASE);
        probe("841B-pre-1prior", List.of("21 U.S.C. 841(b)(1)(B)"), ONE, TWO);
        probe("841C-base", List.of("21 U.S.C. 841(b)(1)(C)"), BASE);
        probe("841C-prior", List.of("21 U.S.C. 841(b)(1)(C)"), ONE, TWO);
        probe("841C-sbi", List.of("21 U.S.C. 841(b)(1)(C)"), SBI);
        probe("841D-base", List.of("21 U.S.C. 841(b)(1)(D)"), BASE);
        probe("841D-prior", List.of("21 U.S.C. 841(b)(1)(D)"), ONE, TWO);
        probe("841E-base", List.of("21 U.S.C. 841(b)(1)(E)"), BASE);
        probe("846", List.of("21 U.S.C. 846"), BASE);
        probe("963", List.of("21 U.S.C. 963"), BASE);
        probe("960b1-cur-base", List.of("21 U.S.C. 960(b)(1)"), BASE);
        probe("960b1-cur-prior", List.of("21 U.S.C. 960(b)(1)"), ONE, TWO);
        probe("960b1-pre-prior", List.of("21 U.S.C. 960(b)(1)"), ONE, TWO);
        probe("960b2-cur-base", List.of("21 U.S.C. 960(b)(2)"), BASE);
        probe("960b2-cur-prior", List.of("21 U.S.C. 960(b)(2)"), ONE, TWO);
        probe("960b3-base", List.of("21 U.S.C. 960(b)(3)"), BASE);
        probe("960b3-prior", List.of("21 U.S.C. 960(b)(3)"), ONE, TWO);
        probe("1326a", List.of("8 U.S.C. 1326(a)"), BASE);
        probe("1326b1", List.of("8 U.S.C. 1326(b)(1)"), BASE);
        probe("1326b2", List.of("8 U.S.C. 1326(b)(2)"), BASE);
        probe("1326b3", List.of("8 U.S.C. 1326(b)(3)"), BASE);
        probe("1326b4", List.of("8 U.S.C. 1326(b)(4)"), BASE);
        probe("922g-pre", List.of("18 U.S.C. 922(g)", "18 U.S.C. § 922(g)(1)", "18 U.S.C. 924(a)(2)"), BASE);
        probe("922g-cur", List.of("18 U.S.C. 922(g)", "18 U.S.C. § 922(g)(1)", "18 U.S.C. 924(a)(8)"), BASE);
        probe("924c-possess", List.of("18 U.S.C. 924(c)(1)(A)(i)"), BASE);
        probe("924c-brandish", List.of("18 U.S.C. 924(c)(1)(A)(ii)"), BASE);
        probe("924c-discharge", List.of("18 U.S.C. 924(c)(1)(A)(iii)"), BASE);
        probe("924c-sbr", List.of("18 U.S.C. 924(c)(1)(B)(i)"), BASE);
        probe("924c-mg", List.of("18 U.S.C. 924(c)(1)(B)(ii)"), BASE);
        // the CSV cites (C); the 25-year term is clause (C)(i) ((C)(ii), life, is the machinegun case)
        probe("924c-second-cur", List.of("18 U.S.C. 924(c)(1)(C)(i)"), BASE);
        probe("924e", List.of("18 U.S.C. 924(e)(1)", "18 U.S.C. 924(e)"), BASE);
        probe("2252-a1-3", List.of("18 U.S.C. 2252(b)(1)", "18 U.S.C. 2252A(b)(1)"), BASE);
        probe("2252-a1-3-prior", List.of("18 U.S.C. 2252(b)(1)", "18 U.S.C. 2252A(b)(1)"), ONE, TWO);
        probe("2252-a4", List.of("18 U.S.C. 2252(b)(2)", "18 U.S.C. 2252A(b)(2)"), BASE);
        probe("2252-a4-prior", List.of("18 U.S.C. 2252(b)(2)", "18 U.S.C. 2252A(b)(2)"), ONE, TWO);
        probe("2252A-a7", List.of("18 U.S.C. 2252A(b)(3)"), BASE);
        probe("2252A-g", List.of("18 U.S.C. 2252A(g)"), BASE);
        probe("1028A-a1", List.of("18 U.S.C. 1028A(a)(1)"), BASE);
        probe("1028A-a2", List.of("18 U.S.C. 1028A(a)(2)"), BASE);
    }

    private static void probe(String id, List<String> citations, Tier... tiers) {
        PROBES.put(id, new Probe(citations, List.of(tiers)));
    }

    private static List<Map<String, String>> rows;
    private static StatutoryPenalties penalties;

    @BeforeAll
    static void readCsv() throws IOException {
        String shared = System.getProperty("rangefinder.shared");
        if (shared == null || shared.isBlank()) {
            fail("system property rangefinder.shared is not set: run the tests through Maven, whose surefire "
                    + "configuration points it at the shared research folder");
        }
        Path csv = Path.of(shared, "reference", "statutes.csv");
        if (!Files.isRegularFile(csv)) {
            fail("the shared research table is missing: " + csv.toAbsolutePath()
                    + " (rangefinder.shared=" + shared + ")");
        }
        rows = parseCsv(Files.readString(csv, StandardCharsets.UTF_8));
        penalties = StatutoryPenalties.load();
    }

    @Test
    void everyRowHasAProbeAndEveryProbeARow() {
        List<String> ids = rows.stream().map(r -> r.get("id")).toList();
        assertThat(ids).as("statutes.csv ids").containsExactlyInAnyOrderElementsOf(PROBES.keySet());
    }

    @TestFactory
    Stream<DynamicTest> everyRowMatchesTheData() {
        return rows.stream().map(row -> DynamicTest.dynamicTest(row.get("id") + " " + row.get("statute"),
                () -> check(row)));
    }

    private static void check(Map<String, String> row) {
        Probe probe = PROBES.get(row.get("id"));
        assertThat(probe).as("probe for " + row.get("id")).isNotNull();
        for (LocalDate date : dates(row)) {
            for (String citation : probe.citations()) {
                for (Tier tier : probe.tiers()) {
                    String what = row.get("id") + ": " + citation + ", " + tier.describe() + ", offense " + date;
                    if (row.get("min_months").equals("same as object offense")) {
                        Resolution r = penalties.resolve(citation, date, date, tier);
                        assertThat(r).as(what).isInstanceOf(Resolution.SameAsObject.class);
                        continue;
                    }
                    Optional<Penalty> found = penalties.lookup(citation, date, date, tier);
                    assertThat(found).as(what).isPresent();
                    Penalty p = found.get();
                    assertThat(p.minimum()).as(what + " minimum").isEqualTo(Months.parse(row.get("min_months")));
                    assertThat(p.maximum()).as(what + " maximum").isEqualTo(Months.parse(row.get("max_months")));
                    assertThat(p.consecutive()).as(what + " consecutive")
                            .isEqualTo(row.get("consecutive_required").startsWith("yes"));
                    String sr = row.get("supervised_release_min_years");
                    assertThat(p.supervisedReleaseMinimumYears()).as(what + " supervised release")
                            .isEqualTo(sr.isBlank() ? Optional.empty() : Optional.of(Integer.parseInt(sr)));
                    assertThat(p.source()).as(what + " source").isNotBlank();
                }
            }
        }
    }

    /** The offense dates a row is probed on: its window's ends, or the snapshot date for undated rows. */
    private static List<LocalDate> dates(Map<String, String> row) {
        List<LocalDate> out = new ArrayList<>();
        if (!row.get("applies_to_offenses_from").isBlank()) {
            out.add(LocalDate.parse(row.get("applies_to_offenses_from")));
        }
        if (!row.get("applies_to_offenses_until").isBlank()) {
            out.add(LocalDate.parse(row.get("applies_to_offenses_until")));
        }
        if (out.isEmpty()) {
            out.add(SNAPSHOT);
        }
        return out;
    }

    /** RFC 4180: comma-separated, fields optionally in double quotes with "" for a quote; header row first. */
    static List<Map<String, String>> parseCsv(String text) {
        List<List<String>> records = org.rangefinder.testing.Shared.Csv.parse(text);
        List<String> header = records.getFirst();
        List<Map<String, String>> out = new ArrayList<>();
        for (List<String> r : records.subList(1, records.size())) {
            if (r.size() != header.size()) {
                throw new IllegalStateException("statutes.csv row has " + r.size() + " fields, header " + header.size()
                        + ": " + r);
            }
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                m.put(header.get(i), r.get(i));
            }
            out.add(m);
        }
        return out;
    }
}
