package org.rangefinder.motion;

/**
 * What the law allows: {@code AVAILABLE} (whether to grant is the court's discretion),
 * {@code UNAVAILABLE}, or {@code UNDETERMINED} (facts are missing; the reasons name them).
 */
public enum Relief {
    AVAILABLE, UNAVAILABLE, UNDETERMINED;

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
