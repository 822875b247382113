package org.rangefinder.law;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/** Reads the versioned legal data files shipped as resources under {@code org/rangefinder/data/}. */
public final class LawData {

    /** Where the data files are, as resources. */
    static final String ROOT = "/org/rangefinder/data/";

    /** Made on first use: a build's data files are read from their JSON form, without the YAML parser. */
    private static final class Yaml {
        static final ObjectMapper MAPPER =
                new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    static final ObjectMapper JSON = new ObjectMapper();

    private LawData() {}

    /**
     * The parsed tree of a data file, e.g. {@code manual/sentencing-table.yaml}: from the JSON form the
     * build writes beside it ({@link LawDataCompiler}) when there is one, else from the YAML itself.
     */
    public static JsonNode read(String name) {
        try (InputStream in = LawData.class.getResourceAsStream(ROOT + jsonName(name))) {
            if (in != null) {
                return JSON.readTree(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read legal data file " + ROOT + jsonName(name), e);
        }
        return readYaml(name);
    }

    /** The parsed YAML tree of a data file, never its JSON form. */
    public static JsonNode readYaml(String name) {
        String path = ROOT + name;
        try (InputStream in = LawData.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("legal data file missing from the build: " + path);
            }
            return Yaml.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read legal data file " + path, e);
        }
    }

    /** {@code statutes.yaml} -> {@code statutes.json}. */
    static String jsonName(String yamlName) {
        return yamlName.endsWith(".yaml") ? yamlName.substring(0, yamlName.length() - 5) + ".json" : yamlName + ".json";
    }

    /** A required text field; a missing one is a defect in the data file. */
    public static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || v.asText().isBlank()) {
            throw new IllegalStateException("legal data entry lacks '" + field + "': " + node);
        }
        return v.asText();
    }

    public static String optionalText(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    public static LocalDate date(JsonNode node, String field) {
        return LocalDate.parse(text(node, field));
    }

    public static LocalDate optionalDate(JsonNode node, String field) {
        String t = optionalText(node, field);
        return t == null ? null : LocalDate.parse(t);
    }

    public static EffectiveWindow window(JsonNode node) {
        return new EffectiveWindow(optionalDate(node, "effective_from"), optionalDate(node, "effective_until"));
    }
}
