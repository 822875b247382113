package org.rangefinder.app.screen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rangefinder.motion.ReasonCode;

/**
 * The HTML report of a screening run: one self-contained file (inline CSS and SVG, no script, no
 * font, image or link from anywhere) with the counts by relief and by reason code, a histogram of
 * the possible reductions, a table by district and the rows not decided with their messages. Every
 * value that comes from the input is escaped.
 */
public final class ScreenReport {

    /** What the report says about the run itself. */
    public record Run(String input, LocalDate defaultMotionDate, double seconds, String engineVersion) {}

    private static final String[] STATUS_COLORS = {"#2e7d32", "#607d8b", "#f9a825", "#c62828", "#6a1b9a", "#4e342e"};

    private ScreenReport() {}

    public static void write(Path file, ScreenStats s, Run run) throws IOException {
        Files.writeString(file, html(s, run), StandardCharsets.UTF_8);
    }

    public static String html(ScreenStats s, Run run) {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Docket screening: ").append(esc(run.input())).append("</title>\n<style>\n")
                .append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
        h.append("<h1>Docket screening</h1>\n<p class=\"meta\">").append(esc(run.input())).append(" &middot; ")
                .append(num(s.rows())).append(" rows &middot; screened in ")
                .append(String.format(Locale.US, "%.1f", run.seconds())).append(" s &middot; motions without a date decided as of ")
                .append(run.defaultMotionDate()).append(" &middot; Rangefinder ").append(esc(run.engineVersion())).append("</p>\n");

        // the figures
        h.append("<section class=\"cards\">\n");
        card(h, "rows read", s.rows(), null);
        card(h, "decided", s.decided(), null);
        for (RowStatus r : RowStatus.values()) {
            card(h, r.word(), s.count(r), STATUS_COLORS[r.ordinal()]);
        }
        card(h, "months of possible reductions", s.reductionMonths(), "#2e7d32");
        h.append("</section>\n");
        h.append("<p class=\"note\">Rows read = decided + invalid + unsupported + error: ").append(num(s.rows())).append(" = ")
                .append(num(s.decided())).append(" + ").append(num(s.count(RowStatus.INVALID))).append(" + ")
                .append(num(s.count(RowStatus.UNSUPPORTED))).append(" + ").append(num(s.count(RowStatus.ERROR)))
                .append(". Of the error rows, ").append(num(s.malformed())).append(" are malformed CSV records and ")
                .append(num(s.count(RowStatus.ERROR) - s.malformed())).append(" are defects.</p>\n");

        h.append("<h2 id=\"relief\">Relief</h2>\n");
        List<Bar> reliefBars = new ArrayList<>();
        for (RowStatus r : RowStatus.values()) {
            reliefBars.add(new Bar(r.word(), s.count(r), STATUS_COLORS[r.ordinal()]));
        }
        horizontalBars(h, "Rows by relief", reliefBars);

        h.append("<h2 id=\"reasons\">Reasons</h2>\n");
        List<Bar> codeBars = new ArrayList<>();
        for (ReasonCode c : Summary.codesByCount(s)) {
            codeBars.add(new Bar(c.name(), s.count(c), "#1565c0"));
        }
        if (codeBars.isEmpty()) {
            h.append("<p>No row was decided.</p>\n");
        } else {
            h.append("<p class=\"note\">Rows whose answer gives each reason code (a row can give several).</p>\n");
            horizontalBars(h, "Rows by reason code", codeBars);
        }

        h.append("<h2 id=\"reductions\">Possible reductions</h2>\n");
        h.append("<p class=\"note\">For the ").append(num(s.reductionRows()))
                .append(" rows where relief is available and the sentence is stated: the sentence minus the lowest permitted term,"
                        + " in months; ").append(num(s.reductionMonths())).append(" months in total.</p>\n");
        histogram(h, s.histogram());

        h.append("<h2 id=\"districts\">By district</h2>\n");
        districts(h, s);

        h.append("<h2 id=\"not-decided\">Rows not decided</h2>\n");
        notDecided(h, s);

        h.append("<footer>Rangefinder states what the law allows and why; the court decides. This is not legal advice.</footer>\n");
        h.append("</main>\n</body>\n</html>\n");
        return h.toString();
    }

    private record Bar(String label, long value, String color) {}

    private static void card(StringBuilder h, String label, long value, String color) {
        h.append("<div class=\"card\"").append(color == null ? "" : " style=\"border-top-color:" + color + "\"").append("><b>")
                .append(num(value)).append("</b><span>").append(esc(label)).append("</span></div>\n");
    }

    private static void horizontalBars(StringBuilder h, String title, List<Bar> bars) {
        // up to 9 px a character (capitals) at 13 px in a sans-serif font, so that the longest label fits
        int labelWidth = Math.max(120, 16 + 9 * bars.stream().mapToInt(b -> b.label().length()).max().orElse(0));
        int barWidth = 560;
        int rowHeight = 26;
        int width = labelWidth + barWidth + 110;
        int height = bars.size() * rowHeight + 10;
        long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
        h.append("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" width=\"").append(width).append("\" height=\"").append(height).append("\"><title>")
                .append(esc(title)).append("</title>\n");
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int y = 5 + i * rowHeight;
            long w = b.value() == 0 ? 0 : Math.max(2, Math.round((double) b.value() / max * barWidth));
            h.append("<text x=\"").append(labelWidth - 8).append("\" y=\"").append(y + 17)
                    .append("\" text-anchor=\"end\">").append(esc(b.label())).append("</text>")
                    .append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 3).append("\" width=\"").append(w)
                    .append("\" height=\"").append(rowHeight - 8).append("\" fill=\"").append(b.color()).append("\"/>")
                    .append("<text x=\"").append(labelWidth + w + 6).append("\" y=\"").append(y + 17).append("\">")
                    .append(num(b.value())).append("</text>\n");
        }
        h.append("</svg>\n");
    }

    private static void histogram(StringBuilder h, long[] counts) {
        int left = 70;
        int bottom = 50;
        int top = 20;
        int plot = 260;
        int barWidth = 58;
        int gap = 10;
        int width = left + counts.length * (barWidth + gap) + 20;
        int height = top + plot + bottom;
        long largest = 1;
        for (long c : counts) {
            largest = Math.max(largest, c);
        }
        long max = 4 * gridStep(largest, 4);
        h.append("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\"><title>Rows by possible reduction in months</title>\n");
        // axis and grid: four lines
        for (int g = 0; g <= 4; g++) {
            int y = top + plot - g * plot / 4;
            long value = Math.round((double) max * g / 4);
            h.append("<line x1=\"").append(left).append("\" x2=\"").append(width - 10).append("\" y1=\"").append(y)
                    .append("\" y2=\"").append(y).append("\" class=\"grid\"/>")
                    .append("<text x=\"").append(left - 6).append("\" y=\"").append(y + 4).append("\" text-anchor=\"end\">")
                    .append(num(value)).append("</text>\n");
        }
        for (int i = 0; i < counts.length; i++) {
            int x = left + gap / 2 + i * (barWidth + gap);
            long bh = counts[i] == 0 ? 0 : Math.max(1, Math.round((double) counts[i] / max * plot));
            h.append("<rect x=\"").append(x).append("\" y=\"").append(top + plot - bh).append("\" width=\"").append(barWidth)
                    .append("\" height=\"").append(bh).append("\" fill=\"#2e7d32\"><title>")
                    .append(ScreenStats.bucketLabel(i)).append(" months: ").append(num(counts[i])).append(" rows</title></rect>")
                    .append("<text x=\"").append(x + barWidth / 2).append("\" y=\"").append(top + plot + 18)
                    .append("\" text-anchor=\"middle\">").append(ScreenStats.bucketLabel(i)).append("</text>\n");
        }
        h.append("<text x=\"").append(left + (width - left) / 2).append("\" y=\"").append(height - 8)
                .append("\" text-anchor=\"middle\" class=\"axis\">months by which the sentence could be reduced</text>\n");
        h.append("</svg>\n");
    }

    /** The smallest round step (1, 2, 2.5 or 5 times a power of ten, at least 1) with {@code lines} steps reaching {@code largest}. */
    public static long gridStep(long largest, int lines) {
        for (long power = 1; ; power *= 10) {
            for (long tenths : new long[] {10, 20, 25, 50}) {
                long step = tenths * power / 10;
                if (step >= 1 && step * lines >= largest) {
                    return step;
                }
            }
        }
    }

    private static void districts(StringBuilder h, ScreenStats s) {
        List<Map.Entry<String, ScreenStats.Court>> rows = new ArrayList<>(s.courts().entrySet());
        rows.sort((a, b) -> Long.compare(b.getValue().rows(), a.getValue().rows()));
        h.append("<table>\n<thead><tr><th>District</th><th>Rows</th>");
        for (RowStatus r : RowStatus.values()) {
            h.append("<th>").append(r.word()).append("</th>");
        }
        h.append("<th>Months of possible reductions</th></tr></thead>\n<tbody>\n");
        for (var e : rows) {
            ScreenStats.Court c = e.getValue();
            h.append("<tr><td>").append(esc(e.getKey())).append("</td><td>").append(num(c.rows())).append("</td>");
            for (RowStatus r : RowStatus.values()) {
                h.append("<td>").append(num(c.count(r))).append("</td>");
            }
            h.append("<td>").append(num(c.reductionMonths())).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
        if (s.courts().containsKey(ScreenStats.OTHER_COURTS)) {
            h.append("<p class=\"note\">Only the first ").append(ScreenStats.MAX_COURTS)
                    .append(" distinct court names are listed; the rest are counted together.</p>\n");
        }
    }

    private static void notDecided(StringBuilder h, ScreenStats s) {
        long total = s.count(RowStatus.INVALID) + s.count(RowStatus.UNSUPPORTED) + s.count(RowStatus.ERROR);
        if (total == 0) {
            h.append("<p>Every row was decided.</p>\n");
            return;
        }
        if (!s.invalidByColumn().isEmpty()) {
            h.append("<p class=\"note\">Invalid rows by column (a row can have problems in several columns).</p>\n");
            List<Bar> bars = new ArrayList<>();
            s.invalidByColumn().entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
                    .forEach(e -> bars.add(new Bar(e.getKey(), e.getValue(), STATUS_COLORS[RowStatus.INVALID.ordinal()])));
            horizontalBars(h, "Invalid rows by column", bars);
        }
        h.append("<p class=\"note\">").append(num(total)).append(" rows were not decided");
        if (s.notDecidedLeftOut() > 0) {
            h.append("; the first ").append(num(s.notDecided().size())).append(" are listed");
        }
        h.append(". Line is the line of the input file where the row starts.</p>\n");
        h.append("<table class=\"rows\">\n<thead><tr><th>Line</th><th>id</th><th>District</th><th>Relief</th><th>Messages</th></tr></thead>\n<tbody>\n");
        for (ScreenStats.NotDecided n : s.notDecided()) {
            h.append("<tr><td>").append(n.line()).append("</td><td>").append(esc(n.id())).append("</td><td>")
                    .append(esc(n.court())).append("</td><td class=\"").append(n.status().word()).append("\">")
                    .append(n.status().word()).append("</td><td><ul>");
            for (String m : n.messages()) {
                h.append("<li>").append(esc(m)).append("</li>");
            }
            h.append("</ul></td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
        if (s.notDecidedLeftOut() > 0) {
            h.append("<p class=\"note\">").append(num(s.notDecidedLeftOut()))
                    .append(" more rows not decided are in the results file (relief invalid, unsupported or error).</p>\n");
        }
    }

    private static String num(long n) {
        return String.format(Locale.US, "%,d", n);
    }

    /** Escapes text for HTML element content and attribute values. */
    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (r != null || (c < 0x20 && c != '\n' && c != '\t')) {
                if (sb == null) {
                    sb = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                sb.append(r != null ? r : "\uFFFD");
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static final String CSS = """
            :root { color-scheme: light; }
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
                   margin: 0; background: #f5f6f8; color: #1d2430; }
            main { max-width: 1100px; margin: 0 auto; padding: 24px 28px 48px; background: #fff; }
            h1 { margin: 0 0 4px; font-size: 28px; }
            h2 { margin: 32px 0 8px; font-size: 20px; border-bottom: 1px solid #dde1e7; padding-bottom: 4px; }
            .meta { color: #5a6372; margin: 0 0 16px; }
            .note { color: #5a6372; font-size: 14px; }
            .cards { display: flex; flex-wrap: wrap; gap: 10px; }
            .card { border: 1px solid #dde1e7; border-top: 4px solid #1d2430; border-radius: 6px; padding: 8px 12px;
                    min-width: 110px; }
            .card b { display: block; font-size: 22px; }
            .card span { color: #5a6372; font-size: 13px; }
            svg.chart { display: block; max-width: 100%; height: auto; margin: 8px 0; font-size: 13px; }
            svg.chart text { fill: #1d2430; }
            svg.chart .grid { stroke: #e3e6eb; }
            svg.chart .axis { fill: #5a6372; }
            table { border-collapse: collapse; width: 100%; font-size: 14px; }
            th, td { border-bottom: 1px solid #e3e6eb; padding: 4px 8px; text-align: right; vertical-align: top; }
            th:first-child, td:first-child { text-align: left; }
            table.rows td, table.rows th { text-align: left; }
            table.rows ul { margin: 0; padding-left: 18px; }
            table.rows td:nth-child(-n+4) { white-space: nowrap; }
            td.invalid { color: #c62828; } td.unsupported { color: #6a1b9a; } td.error { color: #4e342e; }
            thead th { background: #f0f2f5; position: sticky; top: 0; }
            footer { margin-top: 40px; color: #5a6372; font-size: 13px; }
            """;
}
