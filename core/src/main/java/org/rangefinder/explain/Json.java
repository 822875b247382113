package org.rangefinder.explain;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.rangefinder.model.MonthRange;
import org.rangefinder.model.Months;

/** JSON building blocks shared by the renderers: months (a number or "life"), ranges, traces. */
public final class Json {

    public static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private Json() {}

    public static ObjectNode object() {
        return F.objectNode();
    }

    public static ArrayNode array() {
        return F.arrayNode();
    }

    public static void putMonths(ObjectNode node, String field, Months m) {
        if (m == null) {
            node.putNull(field);
        } else if (m.isLife()) {
            node.put(field, "life");
        } else {
            node.put(field, m.count());
        }
    }

    public static ObjectNode range(MonthRange r) {
        ObjectNode n = object();
        putMonths(n, "min", r.min());
        putMonths(n, "max", r.max());
        return n;
    }

    public static ArrayNode strings(List<String> items) {
        ArrayNode a = array();
        items.forEach(a::add);
        return a;
    }

    public static ArrayNode trace(Trace trace) {
        ArrayNode a = array();
        for (Step s : trace.steps()) {
            ObjectNode n = a.addObject();
            n.put("step", s.step());
            n.put("rule", s.rule());
            n.put("citation", s.citation());
            ObjectNode in = n.putObject("inputs");
            s.inputs().forEach(in::put);
            n.put("result", s.result());
        }
        return a;
    }

    /** One line of compact JSON. */
    public static String line(Object node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String pretty(Object node) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
