package org.rangefinder.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The sets of a case iterate in declaration order whatever order they were given in, so texts listing them never vary. */
class CaseSetsTest {

    @Test
    void everyShuffleOfTheExclusionsIteratesInDeclarationOrder() {
        List<ZeroPointExclusion> all = Arrays.asList(ZeroPointExclusion.values());
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            List<ZeroPointExclusion> shuffled = new ArrayList<>(all.subList(0, 1 + random.nextInt(all.size())));
            Collections.shuffle(shuffled, random);
            var ordered = Case.inOrder(new LinkedHashSet<>(shuffled));
            assertThat(ordered).containsExactlyElementsOf(all.stream().filter(shuffled::contains).toList());
            assertThatThrownBy(() -> ordered.add(ZeroPointExclusion.WEAPON)).isInstanceOf(UnsupportedOperationException.class);
        }
        assertThat(Case.inOrder(new LinkedHashSet<ZeroPointExclusion>())).isEmpty();
    }
}
