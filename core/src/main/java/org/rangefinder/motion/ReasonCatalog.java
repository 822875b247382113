package org.rangefinder.motion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.rangefinder.law.Authority;
import org.rangefinder.law.CaseLaw;
import org.rangefinder.law.LawData;

/**
 * The general wording and authorities of each reason code ({@code data/motion/reasons.yaml}). The authorities
 * of an answer depend on the day the motion is decided: a decision of {@code data/motion/case-law.yaml} is
 * cited only on or after the day it was decided. So reasons are made through the catalog of that day,
 * {@link #on(LocalDate)}; the catalog as loaded has no day and makes none.
 */
public final class ReasonCatalog {

    private record General(String text, List<Authority> authorities) {}

    private final Map<ReasonCode, General> reasons;
    private final CaseLaw caseLaw;
    private final LocalDate date;

    private ReasonCatalog(Map<ReasonCode, General> reasons, CaseLaw caseLaw, LocalDate date) {
        this.reasons = reasons;
        this.caseLaw = caseLaw;
        this.date = date;
    }

    public static ReasonCatalog load(CaseLaw caseLaw) {
        Map<ReasonCode, General> map = new EnumMap<>(ReasonCode.class);
        LawData.read("motion/reasons.yaml").get("reasons").properties().forEach(e -> {
            ReasonCode code = ReasonCode.valueOf(e.getKey());
            map.put(code, new General(LawData.text(e.getValue(), "text"), Authority.readAll(e.getValue().get("citations"), caseLaw)));
        });
        for (ReasonCode c : ReasonCode.values()) {
            if (!map.containsKey(c)) {
                throw new IllegalStateException("reasons.yaml lacks " + c);
            }
        }
        return new ReasonCatalog(map, caseLaw, null);
    }

    /** The catalog of an answer given on {@code date} (the motion date). */
    public ReasonCatalog on(LocalDate date) {
        return new ReasonCatalog(reasons, caseLaw, java.util.Objects.requireNonNull(date));
    }

    /** The day whose authorities this catalog gives. */
    public LocalDate date() {
        if (date == null) {
            throw new IllegalStateException("a reason's authorities depend on the day the motion is decided: use on(date)");
        }
        return date;
    }

    /** The authorities the data file gives for a code, whatever the day (for tests and documentation). */
    public List<Authority> authorities(ReasonCode code) {
        return reasons.get(code).authorities();
    }

    /** The general form of a reason. */
    public Reason general(ReasonCode code) {
        General g = reasons.get(code);
        return new Reason(code, g.text(), Authority.on(g.authorities(), date()));
    }

    /** The citation of a decision with a pinpoint (or none), if it was decided by this catalog's day. */
    Optional<String> cite(Precedent p, String at) {
        return Authority.of(caseLaw.decision(p.key), at).on(date());
    }

    /** Whether this catalog's day is on or after the day the decision was decided. */
    boolean citable(Precedent p) {
        return caseLaw.decision(p.key).citableOn(date());
    }

    /** The citations of a data file's authorities that an answer of this catalog's day may give. */
    public List<String> citations(List<Authority> authorities) {
        return Authority.on(authorities, date());
    }

    /** A reason with a case-specific sentence and the code's general authorities plus any extra ones. */
    public Reason specific(ReasonCode code, String text, String... extraCitations) {
        return specific(code, () -> text, extraCitations);
    }

    /**
     * A reason whose authorities are only the ones given: for a code whose general authorities belong to another
     * kind of motion (ELIGIBLE cites § 3582(c)(2) and § 1B1.10(b), which do not govern a § 5K3.1 departure).
     */
    public Reason ownCitations(ReasonCode code, Supplier<String> text, String... citations) {
        List<String> cites = List.of(citations);
        return new Reason(code, text, () -> cites);
    }

    /** The same, with the sentence built only when it is read. */
    public Reason specific(ReasonCode code, Supplier<String> text, String... extraCitations) {
        List<Authority> general = reasons.get(code).authorities();
        LocalDate day = date();
        return new Reason(code, text, () -> {
            List<String> cites = new ArrayList<>(List.of(extraCitations));
            for (String c : Authority.on(general, day)) {
                if (cites.stream().noneMatch(x -> x.startsWith(c))) {
                    cites.add(c);
                }
            }
            return cites;
        });
    }
}
