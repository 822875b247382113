package org.rangefinder.app;

import java.util.List;

/** Invalid command-line input: every problem found, each naming the option, the value and what is allowed. */
final class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    InvalidInputException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    List<String> problems() {
        return problems;
    }
}
