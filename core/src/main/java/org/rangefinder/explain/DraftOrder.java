package org.rangefinder.explain;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.rangefinder.model.Case;
import org.rangefinder.motion.Determination;
import org.rangefinder.motion.Reason;
import org.rangefinder.motion.Relief;

/**
 * A draft order in Markdown, in the shape courts use: caption, the motion, the analysis with
 * citations (rendered from the determination's reasons), and the decretal paragraph. Where the law
 * leaves the decision to the court, the draft says so and leaves the choice to the judge.
 */
public final class DraftOrder {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private DraftOrder() {}

    public static String markdown(Case c, Determination d) {
        StringBuilder sb = new StringBuilder();
        String court = c.court().map(DraftOrder::courtName).orElse("UNITED STATES DISTRICT COURT");
        sb.append("# ").append(court).append("\n\n");
        String defendant = c.caption().map(x -> x.replaceFirst("(?i)^United States v\\.?\\s*", "")).orElse("[DEFENDANT]");
        sb.append("**UNITED STATES OF AMERICA**, Plaintiff,\n\nv.\n\n**").append(defendant.toUpperCase(Locale.ROOT))
                .append("**, Defendant.\n\n");
        sb.append("Case No. ").append(c.docket().orElse("[DOCKET]")).append("\n\n");
        sb.append("## ORDER\n\n");
        sb.append(motionParagraph(c, defendant)).append("\n\n");
        d.original().flatMap(Determination.Ranges::applicableRange).ifPresent(r -> sb.append("The guideline range at sentencing was ")
.append(r.prose()).append(d.sentencingEdition().map(e -> " under the Guidelines Manual effective "
                        + Dates.prose(java.time.LocalDate.parse(e))).orElse("")).append(".").append(d.amended().flatMap(Determination.Ranges::applicableRange)
                        .filter(a -> !a.equals(r)).map(a -> " Under the amendment it is " + a.prose() + ".").orElse(""))
                .append("\n\n"));
        int n = 1;
        for (Reason r : d.reasons()) {
            sb.append(n++).append(". ").append(r.text());
            if (!r.citations().isEmpty()) {
                sb.append(" See ").append(String.join("; ", r.citations())).append('.');
            }
            sb.append("\n\n");
        }
        for (String w : d.warnings()) {
            sb.append("> Note for chambers: ").append(w).append("\n\n");
        }
        sb.append("Based on the foregoing, and on all of the files, records, and proceedings herein:\n\n");
        String motion = c.motion().kind() == Case.MotionKind.EARLY_DISPOSITION
                ? "Defendant's motion for an early-disposition (fast-track) reduction"
                : "Defendant's motion to reduce sentence under 18 U.S.C. § 3582(c)(2)";
        switch (d.relief()) {
            case UNAVAILABLE -> sb.append("IT IS THEREFORE ORDERED that ").append(motion).append(" is DENIED.\n\n");
            case AVAILABLE -> {
                sb.append("The defendant is eligible for a reduction. Whether to reduce the sentence, and by how much, is for")
                        .append(" the Court after considering the factors in 18 U.S.C. § 3553(a) and public safety")
                        .append(" (U.S.S.G. § 1B1.10 comment. (n.1(B))). Choose one:\n\n");
                sb.append("- [ ] IT IS THEREFORE ORDERED that ").append(motion).append(" is GRANTED. ")
                        .append(c.sentencing().sentence().map(s -> s.isLife() ? "The term of life imprisonment"
                                : "The term of imprisonment of " + s.prose()).orElse("The term of imprisonment"))
                        .append(" is reduced to ____ months")
                        .append(d.lowestPermitted().map(m -> " (no less than " + m.prose() + ")").orElse(""))
                        .append(d.orderEffectiveFrom().map(x -> ", effective " + x.format(LONG)).orElse(""))
                        .append(". All other terms of the judgment remain in effect.\n");
                sb.append("- [ ] IT IS THEREFORE ORDERED that ").append(motion).append(" is DENIED in the exercise of the")
                        .append(" Court's discretion.\n\n");
            }
            case UNDETERMINED -> sb.append("[The record does not yet decide the motion; the reasons above name the facts")
                    .append(" the Court needs.]\n\n");
        }
        sb.append("IT IS SO ORDERED.\n\nDated: ").append(d.motionDate().format(LONG)).append("\n\n")
                .append("______________________________\nUNITED STATES DISTRICT JUDGE\n");
        return sb.toString();
    }

    private static String motionParagraph(Case c, String defendant) {
        StringBuilder sb = new StringBuilder("This matter is before the Court on Defendant ").append(defendant).append("'s ");
        if (c.motion().kind() == Case.MotionKind.EARLY_DISPOSITION) {
            sb.append("motion for a reduction of sentence under an early-disposition (\"fast-track\") program.");
        } else {
            sb.append("motion to reduce sentence under 18 U.S.C. § 3582(c)(2)");
            c.motion().amendment().ifPresent(a -> sb.append(", based on Amendment ").append(a).append(" to the Sentencing Guidelines"));
            c.motion().basis().ifPresent(b -> sb.append(", based on ").append(switch (b) {
                case FAST_TRACK_PROGRAM -> "an early-disposition (\"fast-track\") program";
                case FAIR_SENTENCING_ACT -> "the Fair Sentencing Act of 2010";
                case FIRST_STEP_ACT -> "the First Step Act of 2018";
                case OTHER -> "grounds other than a guideline amendment";
            }));
            sb.append('.');
        }
        String offense = c.conviction().offense().filter(o -> o != Case.OffenseKind.OTHER)
                .map(o -> " of " + (o == Case.OffenseKind.SEX_OFFENSE ? "a sex offense" : "a " + o.name().toLowerCase(Locale.ROOT)
                        .replace('_', ' ') + " offense")).orElse("");
        String statutes = c.conviction().statutes().isEmpty() ? "" : " under " + String.join(", ", c.conviction().statutes());
        c.sentencing().sentence().ifPresent(s -> sb.append(" The defendant")
                .append(c.conviction().disposition().map(x -> x == Case.Disposition.TRIAL ? " was convicted at trial" + offense
                        + statutes + " and" : " pleaded guilty" + (offense.isEmpty() ? "" : " to" + offense.substring(3)) + statutes
                        + " and").orElse(""))
                .append(" was sentenced").append(c.sentencing().date().map(x -> " on " + x.format(LONG)).orElse(""))
                .append(" to ").append(s.isLife() ? "life imprisonment" : s + " months of imprisonment").append('.'));
        return sb.toString();
    }

    private static String courtName(String bluebook) {
        return Courts.name(bluebook)
                .map(n -> "UNITED STATES DISTRICT COURT FOR " + n.toUpperCase(Locale.ROOT))
                .orElse("UNITED STATES DISTRICT COURT (" + bluebook + ")");
    }
}
