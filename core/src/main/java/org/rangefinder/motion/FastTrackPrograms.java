package org.rangefinder.motion;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.rangefinder.law.Authority;
import org.rangefinder.law.CaseLaw;
import org.rangefinder.law.EffectiveWindow;
import org.rangefinder.law.LawData;

/**
 * The registry of early-disposition ("fast-track") programs authorized by the Attorney General and
 * the United States Attorneys ({@code data/motion/fast-track-programs.yaml}).
 */
public final class FastTrackPrograms {

    /** One program: a district ("*" for every district), the offenses it covers, its window. */
    public record Program(String district, Set<String> offenses, int maxLevels, EffectiveWindow window,
            String authority, String source, boolean verified, List<Authority> citations) {

        public boolean inDistrict(String court) {
            return district.equals("*") || district.equalsIgnoreCase(court.strip());
        }

        public boolean covers(String offense) {
            return offenses.contains(offense);
        }
    }

    private final List<Program> programs;

    private FastTrackPrograms(List<Program> programs) {
        this.programs = List.copyOf(programs);
    }

    public static FastTrackPrograms load(CaseLaw caseLaw) {
        List<Program> list = new ArrayList<>();
        for (JsonNode p : LawData.read("motion/fast-track-programs.yaml").get("programs")) {
            List<Authority> cites = Authority.readAll(p.get("cite"), caseLaw);
            Set<String> offenses = new TreeSet<>();
            p.get("offenses").forEach(o -> offenses.add(o.asText()));
            list.add(new Program(LawData.text(p, "district"), offenses, p.path("max_levels").asInt(4),
                    LawData.window(p), LawData.optionalText(p, "authority"), LawData.text(p, "source"),
                    p.path("verified").asBoolean(false), cites));
        }
        return new FastTrackPrograms(list);
    }

    /** Programs of a district (including nationwide ones) in force on a date. */
    public List<Program> inForce(String court, LocalDate date) {
        return matching(court, date);
    }

    /** Programs of a district (including nationwide ones) at any time. */
    public List<Program> ofDistrict(String court) {
        return matching(court, null);
    }

    /** A loop rather than a stream: docket screening asks for every row with a motion basis. */
    private List<Program> matching(String court, LocalDate date) {
        String district = court.strip();
        List<Program> out = new ArrayList<>();
        for (Program p : programs) {
            if (p.inDistrict(district) && (date == null || p.window().contains(date))) {
                out.add(p);
            }
        }
        return List.copyOf(out);
    }
}
