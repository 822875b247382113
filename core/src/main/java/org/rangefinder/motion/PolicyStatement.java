package org.rangefinder.motion;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rangefinder.law.EffectiveWindow;
import org.rangefinder.law.LawData;
import org.rangefinder.law.UnsupportedQuestionException;

/** U.S.S.G. § 1B1.10 as in force on the date of a reduction (Amendments 712, 759, 780). */
public final class PolicyStatement {

    /** Which terms below the range may be reduced comparably under § 1B1.10(b)(2)(B). */
    public enum Comparable {
        ANY_BELOW_RANGE, SUBSTANTIAL_ASSISTANCE, NOT_MODELED
    }

    /** One version of the policy statement. */
    public record Era(EffectiveWindow window, String amendment, Comparable comparable,
            boolean ignoreMinimumForSubstantialAssistance, String source) {}

    private final List<Era> eras;

    private PolicyStatement(List<Era> eras) {
        this.eras = List.copyOf(eras);
    }

    public static PolicyStatement load() {
        List<Era> eras = new ArrayList<>();
        for (JsonNode e : LawData.read("motion/policy-statement.yaml").get("eras")) {
            eras.add(new Era(LawData.window(e), LawData.text(e, "amendment"),
                    Comparable.valueOf(LawData.text(e, "comparable_reduction").toUpperCase(Locale.ROOT).replace('-', '_')),
                    e.path("ignore_minimum_for_substantial_assistance").asBoolean(),
                    LawData.text(e, "source")));
        }
        return new PolicyStatement(eras);
    }

    public Era on(LocalDate date) {
        return eras.stream().filter(e -> e.window().contains(date)).findFirst()
                .orElseThrow(() -> new UnsupportedQuestionException("U.S.S.G. § 1B1.10 was not in force on " + date
                        + " (the policy statement took effect Nov. 1, 1989)"));
    }
}
