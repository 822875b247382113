package org.rangefinder.motion;

import java.util.List;

/** One reason for a determination: its code, a sentence for the reader, and the authorities. */
public record Reason(ReasonCode code, String text, List<String> citations) {

    public Reason {
        citations = List.copyOf(citations);
    }
}
