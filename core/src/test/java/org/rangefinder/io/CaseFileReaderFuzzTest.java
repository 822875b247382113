package org.rangefinder.io;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.rangefinder.Guidelines;
import org.rangefinder.explain.DeterminationRenderer;
import org.rangefinder.law.UnsupportedQuestionException;
import org.rangefinder.motion.Determination;
import org.rangefinder.motion.MotionAnalyzer;
import org.rangefinder.motion.Relief;

/**
 * Fuzz test of the case-file path the CLI takes: text -> {@link CaseFileReader#read(String)} ->
 * {@link MotionAnalyzer#analyze} -> the renderers.
 *
 * <ul>
 *   <li>The reader never throws: every input is {@code Valid} or {@code Invalid}.</li>
 *   <li>On {@code Valid}, the analyzer returns a determination or throws
 *       {@link UnsupportedQuestionException} (a question the engine does not model); any other
 *       exception is a defect.</li>
 *   <li>A determination renders as JSON and text, and carries a lowest permitted term only when
 *       relief is available (docs/case-file.md).</li>
 * </ul>
 *
 * <p>In a normal build ({@code mvn test}) this runs in regression mode: once on every file in
 * {@code src/test/resources/org/rangefinder/io/CaseFileReaderFuzzTestInputs/readAndAnalyze/} (seed
 * case files and the inputs of past findings). {@code bench/fuzz.sh} runs it as a real fuzzer.
 */
class CaseFileReaderFuzzTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 1, 1);
    private static final MotionAnalyzer ANALYZER = new MotionAnalyzer(Guidelines.load());

    @FuzzTest(maxDuration = "10s")
    @DictionaryFile(resourcePath = "case-file.dict")
    void readAndAnalyze(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        CaseFileReader.Result result = CaseFileReader.read(text);
        if (result == null) {
            throw new AssertionError("read returned null");
        }
        if (!(result instanceof CaseFileReader.Valid valid)) {
            if (((CaseFileReader.Invalid) result).problems().isEmpty()) {
                throw new AssertionError("Invalid without a problem");
            }
            return;
        }
        Determination d;
        try {
            d = ANALYZER.analyze(valid.theCase(), TODAY);
        } catch (UnsupportedQuestionException e) {
            return;
        }
        if (d.lowestPermitted().isPresent() && d.relief() != Relief.AVAILABLE) {
            throw new AssertionError("a lowest permitted term with relief " + d.relief());
        }
        DeterminationRenderer.json("fuzz.yaml", d, "fuzz");
        DeterminationRenderer.text("fuzz.yaml", d);
    }
}
