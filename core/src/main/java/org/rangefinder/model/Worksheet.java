package org.rangefinder.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The findings a court makes on the guideline worksheet (case file {@code sentencing.worksheet}):
 * drug quantities or a base offense level, specific offense characteristics and Chapter Three
 * adjustments, the safety valve, and the prior sentences that score criminal history.
 */
public record Worksheet(
        Optional<Integer> baseOffenseLevel,
        List<DrugQuantity> drugs,
        List<Adjustment> adjustments,
        Optional<Boolean> safetyValve,
        Optional<Boolean> minimalParticipant,
        List<PriorSentence> priorSentences,
        Optional<Boolean> underCriminalJusticeSentence) {

    /** A drug and its weight in grams, as the court found it. */
    public record DrugQuantity(String substance, BigDecimal grams) {}

    /** A specific offense characteristic or Chapter Three adjustment: the section and its levels (+ or -). */
    public record Adjustment(String section, int levels) {

        /** § 3E1.1 (acceptance of responsibility), applied last and kept apart for § 4B1.1(b). */
        public boolean isAcceptance() {
            return section.startsWith("3E1.1");
        }

        /** § 3B1.2 (mitigating role), which triggers the § 2D1.1(a) cap. */
        public boolean isMitigatingRole() {
            return section.startsWith("3B1.2");
        }
    }

    /** The kind of a prior sentence for § 4A1.1. */
    public enum PriorType {
        IMPRISONMENT, PROBATION, FINE, SUSPENDED
    }

    /**
     * A prior sentence: either its points as found ({@code points}, with the § 4A1.1 item), or the
     * sentence itself, from which the edition's rules score it.
     */
    public record PriorSentence(
            Optional<Integer> points,
            Optional<String> item,
            Optional<Integer> sentenceMonths,
            Optional<Integer> sentenceDays,
            Optional<PriorType> type,
            Optional<LocalDate> date,
            Optional<LocalDate> released) {}

    public Worksheet {
        drugs = List.copyOf(drugs);
        adjustments = List.copyOf(adjustments);
        priorSentences = List.copyOf(priorSentences);
    }
}
