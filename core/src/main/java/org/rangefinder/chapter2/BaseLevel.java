package org.rangefinder.chapter2;

import java.math.BigDecimal;
import java.util.List;
import org.rangefinder.explain.Trace;
import org.rangefinder.manual.Edition;

/**
 * The base offense level from the Drug Quantity Table of U.S.S.G. § 2D1.1(c).
 *
 * @param level    the base offense level (for Amendment 715's rule, after its 2-level reduction)
 * @param row      the table row the quantity fell in (its band and paragraph, e.g. § 2D1.1(c)(5))
 * @param column   the column looked up: the substance id, or the marihuana column for combined quantities
 * @param quantity the grams looked up in that column (the converted total when substances were combined)
 * @param combined whether differing substances were combined (comment. n.10 / n.8)
 * @param era      the era of the table applied
 * @param edition  the Manual edition the level is computed under
 * @param unverified what the result relies on that no primary text read confirmed (empty when none)
 * @param trace    every step, number and source
 */
public record BaseLevel(
        int level,
        DrugQuantityTable.Row row,
        String column,
        BigDecimal quantity,
        boolean combined,
        DrugQuantityTable.Era era,
        Edition edition,
        List<String> unverified,
        Trace trace) {

    public BaseLevel {
        unverified = List.copyOf(unverified);
    }

    /** True when every row, factor and rule used is stated in a primary text that was read. */
    public boolean verified() {
        return unverified.isEmpty();
    }
}
