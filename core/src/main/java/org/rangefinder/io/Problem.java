package org.rangefinder.io;

/** One thing wrong with an input: the field (a dotted path such as {@code sentencing.offense_level}) and what is wrong. */
public record Problem(String field, String message) {

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
