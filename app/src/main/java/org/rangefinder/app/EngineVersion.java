package org.rangefinder.app;

/** The version stamped on every answer (from the jar manifest; "dev" when run from classes). */
final class EngineVersion {

    private EngineVersion() {}

    static String get() {
        String v = EngineVersion.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
