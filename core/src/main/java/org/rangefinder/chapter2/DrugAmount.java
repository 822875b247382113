package org.rangefinder.chapter2;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A quantity of one controlled substance for the Drug Quantity Table of U.S.S.G. § 2D1.1(c): the
 * substance id (e.g. {@code cocaine-base}) and the weight in grams, as found by the court.
 */
public record DrugAmount(String substance, BigDecimal grams) {

    public DrugAmount {
        Objects.requireNonNull(substance, "substance");
        Objects.requireNonNull(grams, "grams");
        if (substance.isBlank()) {
            throw new IllegalArgumentException("a drug amount needs a substance id");
        }
        if (grams.signum() <= 0) {
            throw new IllegalArgumentException("the quantity of " + substance + " must be more than 0 grams, not " + grams);
        }
    }

    /** Convenience: {@code DrugAmount.of("heroin", "99.999")}. */
    public static DrugAmount of(String substance, String grams) {
        return new DrugAmount(substance, new BigDecimal(grams));
    }
}
