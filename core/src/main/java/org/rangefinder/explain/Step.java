package org.rangefinder.explain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One step of a computation: what was done, under which rule, with which citation (edition
 * included), what it read and what it produced.
 */
public record Step(String step, String rule, String citation, Map<String, String> inputs, String result) {

    public Step {
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    }

    /** Inputs given as alternating names and values. */
    public static Step of(String step, String rule, String citation, String result, Object... inputs) {
        if (inputs.length % 2 != 0) {
            throw new IllegalArgumentException("inputs come in name/value pairs");
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < inputs.length; i += 2) {
            if (inputs[i + 1] != null) {
                map.put(inputs[i].toString(), inputs[i + 1].toString());
            }
        }
        return new Step(step, rule, citation, map, result);
    }
}
