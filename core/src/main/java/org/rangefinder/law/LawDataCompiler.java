package org.rangefinder.law;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Build step (Maven phase {@code process-classes}): writes beside every legal data file
 * {@code org/rangefinder/data/**.yaml} in the build output its JSON form, which {@link LawData#read}
 * reads instead: the same tree, parsed about seven times faster, which is most of a short run's start-up
 * (docs/performance.md). The YAML files stay the source and are edited; the JSON is never committed.
 */
public final class LawDataCompiler {

    private LawDataCompiler() {}

    /** {@code args[0]}: the build's class output directory. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: LawDataCompiler CLASSES_DIRECTORY");
        }
        Path data = Path.of(args[0]).resolve(LawData.ROOT.substring(1));
        List<Path> files;
        try (Stream<Path> all = Files.walk(data)) {
            files = all.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        for (Path yaml : files) {
            String name = data.relativize(yaml).toString().replace('\\', '/');
            Files.writeString(yaml.resolveSibling(LawData.jsonName(yaml.getFileName().toString())),
                    LawData.JSON.writeValueAsString(LawData.readYaml(name)));
        }
    }
}
