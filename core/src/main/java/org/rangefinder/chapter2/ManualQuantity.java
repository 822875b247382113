package org.rangefinder.chapter2;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Quantities as the Drug Quantity Table writes them ("90 KG", "22.4 G", "500 MG"), in grams. */
final class ManualQuantity {

    private static final Pattern FORM = Pattern.compile("([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*(MG|G|KG)");

    private ManualQuantity() {}

    static BigDecimal grams(String text) {
        Matcher m = FORM.matcher(text.trim().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalStateException("not a Drug Quantity Table quantity (number and MG, G or KG): '" + text + "'");
        }
        BigDecimal number = new BigDecimal(m.group(1).replace(",", ""));
        BigDecimal grams = switch (m.group(2)) {
            case "MG" -> number.movePointLeft(3);
            case "KG" -> number.movePointRight(3);
            default -> number;
        };
        return grams.stripTrailingZeros();
    }

    /** A gram amount for reading: {@code 1400 g}, {@code 0.25 g}. */
    static String show(BigDecimal grams) {
        return grams.stripTrailingZeros().toPlainString() + " g";
    }
}
