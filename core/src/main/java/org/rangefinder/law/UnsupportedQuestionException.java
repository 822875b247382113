package org.rangefinder.law;

/**
 * The law applies, but the engine does not model this question (for example a date no
 * encoded Manual edition covers). Never answered by a silent fallback.
 */
public class UnsupportedQuestionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnsupportedQuestionException(String message) {
        super(message);
    }
}
