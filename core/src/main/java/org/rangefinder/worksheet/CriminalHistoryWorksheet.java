package org.rangefinder.worksheet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rangefinder.Guidelines;
import org.rangefinder.chapter4.PriorSentenceRules;
import org.rangefinder.chapter4.StatusPoints;
import org.rangefinder.explain.Step;
import org.rangefinder.explain.Trace;
import org.rangefinder.manual.Edition;
import org.rangefinder.model.CriminalHistoryCategory;
import org.rangefinder.model.Worksheet;

/**
 * Criminal history from the prior sentences found on the worksheet (U.S.S.G. § 4A1.1, § 4A1.2(e)):
 * points per prior by the edition's items, the status points of the edition (or of a substituted
 * amendment, § 1B1.10(b)(1)), the recency points before 2010-11-01, and the category.
 */
public final class CriminalHistoryWorksheet {

    /** The points, split into status and other points, the category, and how they were found. */
    public record Result(int points, int statusPoints, int otherPoints, CriminalHistoryCategory category, Trace trace) {}

    private final Guidelines law;

    public CriminalHistoryWorksheet(Guidelines law) {
        this.law = law;
    }

    /**
     * Scores the priors under {@code edition}; {@code statusRule} is the status-point rule to apply
     * (the edition's own, or Amendment 821 Part A's when it is substituted).
     */
    public Result score(Edition edition, Worksheet w, Optional<LocalDate> offenseDate, StatusPoints.Rule statusRule) {
        PriorSentenceRules.Era era = law.priorSentenceRules().on(edition.effective());
        Trace t = Trace.EMPTY;
        int a = 0;
        int b = 0;
        int c = 0;
        int other = 0;
        boolean recentRelease = false;
        int statedStatus = 0;
        int statedRecency = 0;
        for (int i = 0; i < w.priorSentences().size(); i++) {
            Worksheet.PriorSentence p = w.priorSentences().get(i);
            String id;
            int pts;
            String why;
            if (p.points().isPresent()) {
                pts = p.points().get();
                id = p.item().orElse(switch (pts) {
                    case 3 -> "a";
                    case 2 -> "b";
                    default -> "c";
                });
                why = pts + " point(s) as found";
            } else {
                Optional<String> outside = outsideTimePeriod(era, p, offenseDate);
                if (outside.isPresent()) {
                    t = t.with(Step.of("prior sentence " + (i + 1), "outside the applicable time period",
                            edition.cite("§ 4A1.2(e)"), "not counted: " + outside.get()));
                    continue;
                }
                id = itemFor(era, p);
                pts = era.item(id).points();
                why = describe(p) + " counts under " + era.item(id).provision();
            }
            String itemId = itemOf(era, statusRule, id);
            switch (itemId) {
                case "a" -> a += pts;
                case "b" -> b += pts;
                case "c" -> c += pts;
                case "status" -> statedStatus += pts;
                case "recency" -> statedRecency += pts;
                default -> other += pts;
            }
            if ((itemId.equals("a") || itemId.equals("b")) && p.released().isPresent() && offenseDate.isPresent()
                    && era.recency().isPresent()
                    && offenseDate.get().isBefore(p.released().get().plusYears(era.recency().get().withinYears()))) {
                recentRelease = true;
            }
            t = t.with(Step.of("prior sentence " + (i + 1), "points by § 4A1.1 item", edition.cite("§ 4A1.1"),
                    pts + " point(s)", "finding", why));
        }
        var cItem = era.item("c");
        if (cItem.cap().isPresent() && c > cItem.cap().get()) {
            t = t.with(Step.of("cap on one-point sentences", "at most " + cItem.cap().get() + " points",
                    edition.cite(cItem.provision()), cItem.cap().get() + " points (" + c + " found)"));
            c = cItem.cap().get();
        }
        var violence = era.items().stream().filter(x -> x.item().equals("crime-of-violence")).findFirst();
        if (violence.isPresent() && violence.get().cap().isPresent() && other > violence.get().cap().get()) {
            other = violence.get().cap().get();
        }
        int before = a + b + c + other;
        int status = w.underCriminalJusticeSentence().orElse(false) ? statusRule.pointsFor(before) : statedStatus;
        if (w.underCriminalJusticeSentence().orElse(false)) {
            t = t.with(Step.of("status points", "offense committed under a criminal justice sentence",
                    edition.cite(statusRule.provision()), status + " point(s)", "other_points", before));
        }
        int recency = statedRecency;
        if (recentRelease && statedRecency == 0) {
            var r = era.recency().get();
            recency = status > 0 ? r.pointsIfStatusCounted() : r.points();
            t = t.with(Step.of("recency points", "offense within " + r.withinYears() + " years of release",
                    edition.cite(r.provision()), recency + " point(s)"));
        }
        int total = before + status + recency;
        CriminalHistoryCategory cat = law.criminalHistory().categoryFor(total);
        t = t.with(Step.of("criminal history category", "points to category", edition.cite("Ch. 5, Pt. A"),
                total + " points, category " + cat, "status_points", status, "other_points", before + recency));
        return new Result(total, status, before + recency, cat, t);
    }

    /**
     * What a § 4A1.1 item letter stated with a prior's points means in the edition: a point item of the
     * era, the status item, or the recency item (the letters moved: (d) was status points 2010-2023,
     * the crime-of-violence item from 2023; (e) was recency before 2010).
     */
    private static String itemOf(PriorSentenceRules.Era era, StatusPoints.Rule statusRule, String letter) {
        String suffix = "(" + letter + ")";
        for (PriorSentenceRules.Item item : era.items()) {
            if (item.provision().endsWith(suffix)) {
                return item.item();
            }
        }
        if (statusRule.provision().endsWith(suffix)) {
            return "status";
        }
        if (era.recency().map(r -> r.provision().endsWith(suffix)).orElse(false)) {
            return "recency";
        }
        return letter;
    }

    private static String itemFor(PriorSentenceRules.Era era, Worksheet.PriorSentence p) {
        var type = p.type().orElse(Worksheet.PriorType.IMPRISONMENT);
        if (type == Worksheet.PriorType.FINE || type == Worksheet.PriorType.PROBATION
                || (type == Worksheet.PriorType.SUSPENDED && p.sentenceMonths().isEmpty() && p.sentenceDays().isEmpty())) {
            return "c";
        }
        int months = p.sentenceMonths().orElse(0);
        int days = p.sentenceDays().orElse(0);
        var a = era.item("a");
        var b = era.item("b");
        if (months > a.monthsMoreThan().orElse(13) || days > 365 + 31 * (a.monthsMoreThan().orElse(13) - 12)) {
            return "a";
        }
        if (days >= b.daysAtLeast().orElse(60) || months >= 2) {
            return "b";
        }
        return "c";
    }

    private static Optional<String> outsideTimePeriod(PriorSentenceRules.Era era, Worksheet.PriorSentence p,
            Optional<LocalDate> offenseDate) {
        if (p.date().isEmpty() || offenseDate.isEmpty()) {
            return Optional.empty();
        }
        boolean longSentence = itemFor(era, p).equals("a");
        int years = longSentence ? era.longYears() : era.otherYears();
        LocalDate start = offenseDate.get().minusYears(years);
        boolean imposedWithin = !p.date().get().isBefore(start);
        boolean servedWithin = longSentence && p.released().map(r -> !r.isBefore(start)).orElse(false);
        if (imposedWithin || servedWithin) {
            return Optional.empty();
        }
        return Optional.of("imposed " + p.date().get() + ", more than " + years + " years before the offense ("
                + offenseDate.get() + ")" + (longSentence ? " and no release date within that period" : ""));
    }

    private static String describe(Worksheet.PriorSentence p) {
        List<String> parts = new ArrayList<>();
        p.type().ifPresent(x -> parts.add(x.name().toLowerCase(java.util.Locale.ROOT)));
        p.sentenceMonths().ifPresent(m -> parts.add(m + " months"));
        p.sentenceDays().ifPresent(d -> parts.add(d + " days"));
        p.date().ifPresent(d -> parts.add("imposed " + d));
        return "a sentence of " + String.join(", ", parts);
    }
}
