package org.rangefinder.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code screen --report}: one self-contained HTML file that escapes everything taken from the input. */
class ScreenReportTest {

    @TempDir
    Path dir;

    private String report(String csv) throws IOException {
        Path in = Docket.write(dir, "in.csv", csv);
        Path report = dir.resolve("report.html");
        Cli.Run run = Docket.screen(in, dir.resolve("out.csv"), "--report", report.toString());
        assertThat(run.code()).as(run.toString()).isIn(0, Main.EXIT_INVALID);
        assertThat(report).exists();
        return Files.readString(report);
    }

    @Test
    void theReportHasTheChartsTheDistrictsAndTheRowsNotDecided() throws IOException {
        String html = report(Docket.csv(Docket.HEADER, List.of(Docket.valid("a"), Docket.valid("b", "court", "S.D. Tex."),
                Docket.valid("c", "amendment", "821-A"), Docket.valid("bad", "offense_level", "44"))));
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg").contains("Rows by relief")
                .contains("Rows by reason code").contains("Rows by possible reduction in months")
                .contains("<td>D. Kan.</td>").contains("<td>S.D. Tex.</td>")
                .contains("ELIGIBLE").contains("offense_level: &#39;44&#39; is not an offense level (1-43)")
                .contains("months of possible reductions");
    }

    @Test
    void theReportIsSelfContained() throws IOException {
        String html = report(Docket.csv(Docket.HEADER, List.of(Docket.valid("a"), Docket.valid("b", "offense_level", "0"))));
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<link")
                .doesNotContainIgnoringCase("@import").doesNotContainIgnoringCase("url(").doesNotContainIgnoringCase("<img")
                .doesNotContainIgnoringCase("<iframe");
        Matcher m = Pattern.compile("(?i)(src|href)\\s*=\\s*[\"']?([^\"' >]*)").matcher(html);
        while (m.find()) {
            assertThat(m.group(2)).as("a reference in the report").doesNotContainIgnoringCase("http");
        }
    }

    @Test
    void valuesFromTheInputAreEscaped() throws IOException {
        String evil = "<script>alert('x')</script>";
        String html = report(Docket.csv(Docket.HEADER, List.of(
                Docket.valid("a", "court", evil),
                Docket.valid("<img src=x onerror=alert(1)>", "court", evil, "offense_level", "\"><script>bad()</script>"))));
        assertThat(html).doesNotContain("<script").doesNotContain("<img src=x")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .contains("&lt;img src=x onerror=alert(1)&gt;")
                .contains("&quot;&gt;&lt;script&gt;bad()&lt;/script&gt;");
    }

    @Test
    void theHistogramGridHasRoundValues() {
        assertThat(org.rangefinder.app.screen.ScreenReport.gridStep(9975, 4)).isEqualTo(2500);
        assertThat(org.rangefinder.app.screen.ScreenReport.gridStep(160, 4)).isEqualTo(50);
        assertThat(org.rangefinder.app.screen.ScreenReport.gridStep(3, 4)).isEqualTo(1);
        assertThat(org.rangefinder.app.screen.ScreenReport.gridStep(1, 4)).isEqualTo(1);
        assertThat(org.rangefinder.app.screen.ScreenReport.gridStep(41_000, 4)).isEqualTo(20_000);
    }

    @Test
    void anEmptyDocketStillGivesAReport() throws IOException {
        String html = report(String.join(",", Docket.HEADER) + "\n");
        assertThat(html).contains("No row was decided").contains("Every row was decided");
    }
}
