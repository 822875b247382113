package org.rangefinder.model;

/**
 * The criteria of U.S.S.G. § 4C1.1(a) (zero-point offenders), named as the case file names them;
 * a case lists the ones the defendant does NOT meet. The 2024 Manual split the aggravating-role
 * and continuing-criminal-enterprise criterion in two; the engine treats each as disqualifying.
 */
public enum ZeroPointExclusion {
    TERRORISM, VIOLENCE, DEATH_OR_SERIOUS_BODILY_INJURY, SEX_OFFENSE, FINANCIAL_HARDSHIP, WEAPON, CIVIL_RIGHTS,
    HATE_CRIME_OR_VULNERABLE_VICTIM, SERIOUS_HUMAN_RIGHTS_OFFENSE, AGGRAVATING_ROLE, CONTINUING_CRIMINAL_ENTERPRISE
}
