package org.rangefinder.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The JSON form the build writes of every legal data file is there and is the YAML file's tree. */
class LawDataJsonTest {

    @Test
    void everyDataFileHasItsJsonFormAndItIsTheSameTree() throws Exception {
        Path data = dataDirectory();
        List<Path> yamls;
        try (Stream<Path> all = Files.walk(data)) {
            yamls = all.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(yamls).hasSizeGreaterThan(15);
        for (Path yaml : yamls) {
            String name = data.relativize(yaml).toString().replace('\\', '/');
            assertThat(yaml.resolveSibling(LawData.jsonName(yaml.getFileName().toString())))
                    .as("the build's JSON form of %s (exec-maven-plugin, phase process-classes)", name).exists();
            assertThat(LawData.read(name)).as(name).isEqualTo(LawData.readYaml(name));
        }
    }

    @Test
    void jsonNames() {
        assertThat(LawData.jsonName("manual/editions.yaml")).isEqualTo("manual/editions.json");
    }

    private static Path dataDirectory() throws URISyntaxException {
        return Path.of(LawData.class.getResource(LawData.ROOT).toURI());
    }
}
