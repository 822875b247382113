package org.rangefinder.motion;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A guideline amendment (Appendix C) and whether, and from when, U.S.S.G. § 1B1.10(d) lists it;
 * {@code maxLevelsLowered}: the most an offense-level amendment lowers an offense level, when known;
 * {@code anyOffenseGuideline}: the amendment can change an offense level whatever Chapter Two guideline set it (its
 * sections apply across guidelines: a Chapter One, Three or Four provision, or § 2K2.4's rule for the guideline of
 * the offense underlying a § 924(c) count), so the stated offense guideline never shows it did not apply.
 */
public record Amendment(
        String number,
        LocalDate effective,
        String summary,
        boolean covered,
        Optional<LocalDate> listedFrom,
        Optional<String> madeRetroactiveBy,
        Optional<LocalDate> ordersEffectiveFrom,
        Lowers lowers,
        Optional<LevelBound> maxLevelsLowered,
        List<String> guidelines,
        boolean anyOffenseGuideline,
        List<Part> parts,
        Optional<LocalDate> amendsTableInForceOnStated,
        String source) {

    /** What the amendment changes. */
    public enum Lowers {
        OFFENSE_LEVEL, CRIMINAL_HISTORY
    }

    /**
     * The most an offense-level amendment lowers any offense level ({@code anyGuideline}), and a smaller
     * bound ({@code guidelineLevels}) when the case shows {@code guideline}: stated, or, with none stated,
     * by a statute of conviction in {@code guidelineStatutes} (key form, as a prefix).
     */
    public record LevelBound(int anyGuideline, Optional<String> guideline, int guidelineLevels, List<String> guidelineStatutes) {

        public LevelBound {
            guidelineStatutes = List.copyOf(guidelineStatutes);
        }

        /** The bound for a case with this offense guideline (if stated) and these statute keys. */
        public int levelsFor(Optional<String> offenseGuideline, List<String> statuteKeys) {
            boolean shown = guideline.isPresent() && offenseGuideline.map(guideline.get()::equals)
                    .orElseGet(() -> statuteKeys.stream().anyMatch(k -> guidelineStatutes.stream().anyMatch(k::startsWith)));
            return shown ? guidelineLevels : anyGuideline;
        }
    }

    /** A part of an amendment; only some parts may be covered (750 A and C; 821 A and B Subpart 1). */
    public record Part(String id, boolean covered, String summary) {}

    public Amendment {
        guidelines = List.copyOf(guidelines);
        parts = List.copyOf(parts);
    }

    public Optional<Part> part(String id) {
        for (Part p : parts) {
            if (p.id().equalsIgnoreCase(id)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * A day on which the guideline text this amendment changed was in force: stated where the amendment re-promulgated
     * an earlier one (Amendment 750 made permanent the emergency Amendment 748 of Nov. 1, 2010), otherwise the day
     * before it took effect.
     */
    public LocalDate amendsTableInForceOn() {
        return amendsTableInForceOnStated.orElse(effective.minusDays(1));
    }

    /** Listed in § 1B1.10(d) on {@code date}. */
    public boolean coveredOn(LocalDate date) {
        return covered && listedFrom.map(d -> !date.isBefore(d)).orElse(true);
    }
}
