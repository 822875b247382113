package org.rangefinder.model;

/** Sentencing Table zones A to D (U.S.S.G. § 5B1.1, § 5C1.1), defined from 1992-11-01. */
public enum Zone {
    A, B, C, D
}
