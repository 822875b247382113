package org.rangefinder.motion;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rangefinder.law.Authority;
import org.rangefinder.law.CaseLaw;
import org.rangefinder.law.EffectiveWindow;
import org.rangefinder.law.LawData;
import org.rangefinder.law.UnsupportedQuestionException;

/** U.S.S.G. § 1B1.10 as in force on the date of a reduction (Amendments 306, 423, 504, 548, 712, 759, 780). */
public final class PolicyStatement {

    /** Which terms below the range may be reduced comparably under § 1B1.10(b)(2)(B). */
    public enum Comparable {
        ANY_BELOW_RANGE, SUBSTANTIAL_ASSISTANCE, DEPARTURE, NOT_MODELED
    }

    /**
     * The limit of subsection (c) from Nov. 1, 1989 to Oct. 31, 1994: a reduction may not exceed the months by which the
     * maximum of the range (Ch. 5, Pt. A) was lowered ({@code capProvision}); until Oct. 31, 1991 it was authorized only
     * where that maximum was lowered by at least {@code minimumMonths} ({@code minimumProvision}).
     */
    public record MaximumLowered(java.util.Optional<Integer> minimumMonths, String minimumProvision, String capProvision) {}

    /** One version of the policy statement. */
    public record Era(EffectiveWindow window, String amendment, Comparable comparable,
            boolean ignoreMinimumForSubstantialAssistance, String coveredListSubsection,
            java.util.Map<String, String> earlierSubsections, java.util.Optional<MaximumLowered> maximumLowered,
            boolean applicableRangeBeforeDepartures, String source) {

        /**
         * A provision of § 1B1.10 as this era's text numbered it: {@code § 1B1.10(a)(2)(A)} is {@code § 1B1.10(a)}
         * before Amendment 712 (2008); any other provision unchanged.
         */
        public String section(String provision) {
            String prefix = "§ 1B1.10";
            if (!provision.startsWith(prefix)) {
                return provision;
            }
            String earlier = earlierSubsections.get(provision.substring(prefix.length()));
            return earlier == null ? provision : prefix + earlier;
        }

        /** The subsection that lists the covered amendments, e.g. {@code § 1B1.10(c)} from 1994 to 2014. */
        public String coveredList() {
            return "§ 1B1.10" + coveredListSubsection;
        }
    }

    /**
     * When a Rule 11(c)(1)(C) sentence counts as "based on" a guideline range: from the day {@code controlling}
     * (Hughes) was decided, when the range was part of the court's framework; before it, under {@code earlier}
     * (Freeman's controlling concurrence, itself citable only from its own date), when the agreement used the range.
     */
    public record Rule11c1c(Authority controlling, Authority earlier) {

        /** The day the rule changed: the day the controlling decision was decided. */
        public LocalDate decided() {
            return controlling.decision().decided();
        }
    }

    private final List<Era> eras;
    private final Rule11c1c rule11c1c;

    private PolicyStatement(List<Era> eras, Rule11c1c rule11c1c) {
        this.eras = List.copyOf(eras);
        this.rule11c1c = rule11c1c;
    }

    public Rule11c1c rule11c1c() {
        return rule11c1c;
    }

    public static PolicyStatement load(CaseLaw caseLaw) {
        List<Era> eras = new ArrayList<>();
        JsonNode root = LawData.read("motion/policy-statement.yaml");
        JsonNode c = root.get("rule_11c1c");
        Rule11c1c rule = new Rule11c1c(Authority.read(c.get("case"), caseLaw), Authority.read(c.get("earlier"), caseLaw));
        if (rule.controlling().decision() == null || rule.earlier().decision() == null) {
            throw new IllegalStateException("policy-statement.yaml rule_11c1c: case and earlier must be decisions of case-law.yaml");
        }
        for (JsonNode e : root.get("eras")) {
            eras.add(new Era(LawData.window(e), LawData.text(e, "amendment"),
                    Comparable.valueOf(LawData.text(e, "comparable_reduction").toUpperCase(Locale.ROOT).replace('-', '_')),
                    e.path("ignore_minimum_for_substantial_assistance").asBoolean(),
                    LawData.text(e, "covered_list"),
                    earlierSubsections(e),
                    maximumLowered(e.path("maximum_lowered")),
                    e.path("applicable_range_before_departures").asBoolean(),
                    LawData.text(e, "source")));
        }
        return new PolicyStatement(eras, rule);
    }

    private static java.util.Optional<MaximumLowered> maximumLowered(JsonNode m) {
        if (m.isMissingNode() || m.isNull()) {
            return java.util.Optional.empty();
        }
        java.util.Optional<Integer> months = m.has("minimum_months") ? java.util.Optional.of(m.get("minimum_months").asInt())
                : java.util.Optional.empty();
        return java.util.Optional.of(new MaximumLowered(months, m.path("minimum_provision").asText(""),
                LawData.text(m, "cap_provision")));
    }

    private static java.util.Map<String, String> earlierSubsections(JsonNode e) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        e.path("earlier_subsections").properties().forEach(x -> out.put(x.getKey(), x.getValue().asText()));
        return java.util.Map.copyOf(out);
    }

    /** {@link Era#section} of the era in force on {@code date}; the provision unchanged before § 1B1.10 existed. */
    public String section(LocalDate date, String provision) {
        for (Era e : eras) {
            if (e.window().contains(date)) {
                return e.section(provision);
            }
        }
        return provision;
    }

    public Era on(LocalDate date) {
        for (Era e : eras) { // read several times for every decision: a loop, not a stream
            if (e.window().contains(date)) {
                return e;
            }
        }
        throw new UnsupportedQuestionException("U.S.S.G. § 1B1.10 was not in force on " + date
                + " (the policy statement took effect Nov. 1, 1989)");
    }
}
