package org.rangefinder.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.rangefinder.Guidelines;
import org.rangefinder.io.CaseFileReader;
import org.rangefinder.limits.ApplicableRange;
import org.rangefinder.limits.StatutoryLimits;
import org.rangefinder.manual.Edition;
import org.rangefinder.model.Case;
import org.rangefinder.model.CriminalHistoryCategory;
import org.rangefinder.model.Months;
import org.rangefinder.model.OffenseLevel;
import org.rangefinder.motion.Determination;
import org.rangefinder.motion.MotionAnalyzer;
import org.rangefinder.motion.Relief;

/**
 * Decisions per second of the core, one thread. The case files are in this module's resources
 * ({@code org/rangefinder/bench/*.yaml}); each is read and decided once in the setup, which fails
 * if a case no longer gives the answer it was chosen for, so a benchmark never measures an error path.
 *
 * <p>The warmup is long on purpose: on a 2-core machine the decisions reach their steady rate only
 * after 20-30 s (the rate rises about 50-fold while C2 compiles), so the {@code --short} run of
 * bench/jmh.sh is a smoke test, not a measurement.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// the engine needs 20-30 s of warmup on 2 cores before C2 has compiled the decision paths
@Warmup(iterations = 10, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
@State(Scope.Thread)
public class CoreBenchmark {

    /** The evaluation date when a case file gives no motion date (all of these give one). */
    static final LocalDate TODAY = LocalDate.of(2025, 1, 1);

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    MotionAnalyzer analyzer;
    Guidelines law;

    Case fullyStated821A;
    Case stated782;
    Case partialFacts;
    Case worksheetDrugs;

    JsonNode parsedCaseFile;
    String caseFileText;

    Edition edition;
    OffenseLevel[] levels;
    CriminalHistoryCategory[] categories;
    StatutoryLimits[] limits;
    int next;

    @Setup(Level.Trial)
    public void setUp() {
        law = Guidelines.load();
        analyzer = new MotionAnalyzer(law);
        fullyStated821A = decided("a-821a.yaml", Relief.AVAILABLE);
        stated782 = decided("b-782.yaml", Relief.AVAILABLE);
        partialFacts = decided("c-partial.yaml", Relief.UNDETERMINED);
        worksheetDrugs = decided("d-worksheet.yaml", Relief.AVAILABLE);

        caseFileText = resource("a-821a.yaml");
        try {
            parsedCaseFile = YAML.readTree(caseFileText);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        // every cell of the table, each with one of four kinds of statutory limits, in a fixed
        // shuffled order so that neither the branch predictor nor the JIT sees a constant
        edition = law.manuals().inEffectOn(LocalDate.of(2024, 11, 1));
        List<StatutoryLimits> kinds = List.of(StatutoryLimits.NONE,
                StatutoryLimits.of(Months.of(60), Months.of(480)),
                StatutoryLimits.of(Months.of(120), Months.LIFE),
                new StatutoryLimits(Optional.empty(), Optional.of(Months.of(120))));
        List<int[]> cells = new ArrayList<>();
        for (int l = OffenseLevel.LOWEST; l <= OffenseLevel.HIGHEST; l++) {
            for (int c = 0; c < CriminalHistoryCategory.values().length; c++) {
                cells.add(new int[] {l, c, (l * 7 + c) % kinds.size()});
            }
        }
        java.util.Collections.shuffle(cells, new java.util.Random(42));
        levels = new OffenseLevel[cells.size()];
        categories = new CriminalHistoryCategory[cells.size()];
        limits = new StatutoryLimits[cells.size()];
        for (int i = 0; i < cells.size(); i++) {
            levels[i] = OffenseLevel.of(cells.get(i)[0]);
            categories[i] = CriminalHistoryCategory.values()[cells.get(i)[1]];
            limits[i] = kinds.get(cells.get(i)[2]);
        }
    }

    /** (a) Amendment 821 Part A, every fact stated (level, category, points, status points, range, dates). */
    @Benchmark
    public Determination a_decide821AFullyStated() {
        return analyzer.analyze(fullyStated821A, TODAY);
    }

    /** (a2) The same decision without its trace, as docket screening makes it. */
    @Benchmark
    public Determination a2_decide821AWithoutTrace() {
        return analyzer.analyzeWithoutTrace(fullyStated821A, TODAY);
    }

    /** (b) Amendment 782 with the amended offense level stated. */
    @Benchmark
    public Determination b_decide782StatedAmendedLevel() {
        return analyzer.analyze(stated782, TODAY);
    }

    /** (b2) The same decision without its trace. */
    @Benchmark
    public Determination b2_decide782WithoutTrace() {
        return analyzer.analyzeWithoutTrace(stated782, TODAY);
    }

    /** (c) Partial facts: only the guideline range and the category (the cells are searched). */
    @Benchmark
    public Determination c_decidePartialFacts() {
        return analyzer.analyze(partialFacts, TODAY);
    }

    /** (d) Worksheet: original and amended levels computed from drug quantities and adjustments. */
    @Benchmark
    public Determination d_decideWorksheetDrugs() {
        return analyzer.analyze(worksheetDrugs, TODAY);
    }

    /** (e) One Sentencing Table cell and § 5G1.1 on it (a different cell and limits each call). */
    @Benchmark
    public ApplicableRange.Result e_tableCellAnd5G11() {
        int i = next;
        next = i + 1 == levels.length ? 0 : i + 1;
        return ApplicableRange.apply(edition, law.table().range(edition, levels[i], categories[i]), limits[i]);
    }

    /** (f) Validation of an already parsed case file (the tree of a-821a.yaml) into a Case. */
    @Benchmark
    public CaseFileReader.Result f_validateParsedCaseFile() {
        return CaseFileReader.read(parsedCaseFile);
    }

    /** (g) For comparison with (f): YAML parsing and validation of the same case file from its text. */
    @Benchmark
    public CaseFileReader.Result g_parseAndValidateCaseFileText() {
        return CaseFileReader.read(caseFileText);
    }

    private Case decided(String name, Relief expected) {
        Case c = switch (CaseFileReader.read(resource(name))) {
            case CaseFileReader.Valid v -> v.theCase();
            case CaseFileReader.Invalid inv -> throw new IllegalStateException(name + " is invalid: " + inv.problems());
        };
        Determination d = analyzer.analyze(c, TODAY);
        if (d.relief() != expected) {
            throw new IllegalStateException(name + ": expected relief " + expected + ", got " + d.relief()
                    + " " + d.reasons());
        }
        return c;
    }

    static String resource(String name) {
        try (InputStream in = CoreBenchmark.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing benchmark resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
