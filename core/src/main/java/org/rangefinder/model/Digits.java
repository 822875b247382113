package org.rangefinder.model;

/** Checks for whole numbers written in ASCII digits, without a regular expression (read on every docket row). */
public final class Digits {

    private Digits() {}

    /** Whether {@code t} is 1 to {@code maxDigits} ASCII digits, optionally after a minus sign when {@code signed}. */
    public static boolean only(String t, int maxDigits, boolean signed) {
        int from = signed && !t.isEmpty() && t.charAt(0) == '-' ? 1 : 0;
        int n = t.length() - from;
        if (n < 1 || n > maxDigits) {
            return false;
        }
        for (int i = from; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
