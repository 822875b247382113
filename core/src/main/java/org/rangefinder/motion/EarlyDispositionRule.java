package org.rangefinder.motion;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rangefinder.law.EffectiveWindow;
import org.rangefinder.law.LawData;

/** The guideline that allows an early-disposition decrease: § 5K3.1 (2003-10-27 to 2025-10-31), § 3F1.1 (from 2025-11-01). */
public final class EarlyDispositionRule {

    /** One provision and its window. */
    public record Provision(String provision, String kind, EffectiveWindow window, String amendment, int maxLevels,
            boolean governmentMotionRequired, String statute, String source) {}

    /**
     * A decision holding that a sentencing court may vary under 18 U.S.C. § 3553(a) for fast-track disparity
     * ({@code variance_case_law}): cited only for requests decided on or after {@code decided}.
     */
    public record VarianceCase(String citation, LocalDate decided, String circuit, String source) {}

    private final List<Provision> provisions;
    private final List<VarianceCase> varianceCases;

    private EarlyDispositionRule(List<Provision> provisions, List<VarianceCase> varianceCases) {
        this.provisions = List.copyOf(provisions);
        this.varianceCases = List.copyOf(varianceCases);
    }

    public static EarlyDispositionRule load() {
        List<Provision> list = new ArrayList<>();
        for (JsonNode p : LawData.read("motion/early-disposition.yaml").get("provisions")) {
            list.add(new Provision(LawData.text(p, "provision"), LawData.text(p, "kind"), LawData.window(p),
                    LawData.text(p, "amendment"), p.get("max_levels").asInt(), p.get("government_motion_required").asBoolean(),
                    LawData.text(p, "statute"), LawData.text(p, "source")));
        }
        List<VarianceCase> cases = new ArrayList<>();
        JsonNode root = LawData.read("motion/early-disposition.yaml");
        for (JsonNode v : root.path("variance_case_law")) {
            cases.add(new VarianceCase(LawData.text(v, "citation"), LawData.date(v, "decided"), LawData.text(v, "circuit"),
                    LawData.text(v, "source")));
        }
        return new EarlyDispositionRule(list, cases);
    }

    /** The variance decisions already decided on {@code date}, oldest first. */
    public List<VarianceCase> varianceCasesOn(LocalDate date) {
        return varianceCases.stream().filter(v -> !v.decided().isAfter(date))
                .sorted(java.util.Comparator.comparing(VarianceCase::decided)).toList();
    }

    public Optional<Provision> on(LocalDate date) {
        return provisions.stream().filter(p -> p.window().contains(date)).findFirst();
    }
}
