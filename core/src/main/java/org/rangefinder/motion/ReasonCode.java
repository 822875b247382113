package org.rangefinder.motion;

/** The stable reason codes of the answer format (docs/case-file.md). Their wording and authorities are in {@code data/motion/reasons.yaml}. */
public enum ReasonCode {
    GOVERNMENT_MOTION_REQUIRED,
    NO_EARLY_PLEA,
    PROGRAM_IN_EFFECT_AT_SENTENCING,
    OFFENSE_NOT_IN_PROGRAM,
    NO_PROGRAM_IN_DISTRICT,
    NO_AUTHORITY_TO_MODIFY,
    NOT_A_COVERED_AMENDMENT,
    RANGE_NOT_LOWERED,
    MANDATORY_MINIMUM,
    CAREER_OFFENDER,
    NO_STATUS_POINTS,
    NOT_ZERO_POINT_OFFENDER,
    ZERO_POINT_EXCLUSION,
    AT_OR_BELOW_AMENDED_MINIMUM,
    ELIGIBLE,
    COMPARABLE_REDUCTION,
    EFFECTIVE_DATE,
    INSUFFICIENT_FACTS
}
