package org.rangefinder.motion;

/**
 * The decisions the motion rules cite by name in the code (their citations and dates are in
 * {@code data/motion/case-law.yaml}, under these keys); the data files refer to others by key directly.
 */
enum Precedent {
    /** A § 5K1.1 motion alone gives no authority below a statutory minimum; § 3553(e) does. */
    MELENDEZ("melendez"),
    /** A range fixed by a statutory minimum is not lowered by an amendment (§ 5G1.1(b); § 1B1.10 comment. (n.1(A))). */
    BAYLOR("baylor"),
    /** A sentence below a minimum for substantial assistance was not based on a range the Commission lowered. */
    KOONS("koons");

    final String key;

    Precedent(String key) {
        this.key = key;
    }
}
