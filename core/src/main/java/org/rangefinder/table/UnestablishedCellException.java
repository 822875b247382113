package org.rangefinder.table;

import org.rangefinder.law.UnsupportedQuestionException;

/**
 * A Sentencing Table cell was needed whose range is not established: a cell of an earlier table the data does
 * not hold, or a cell that differs among the tables that may have governed the sentence.
 */
public final class UnestablishedCellException extends UnsupportedQuestionException {

    private static final long serialVersionUID = 1L;

    public UnestablishedCellException(String message) {
        super(message);
    }
}
