package de.dnpm.registry.search.domain;

/**
 * What a patient's own situation rules out: {@code sex} (FEMALE or MALE; null = any) keeps studies open to that sex
 * (ALL, the same sex, or not stated); {@code recruitingOnly} keeps studies whose status is RECRUITING (not "not yet
 * recruiting", not "by invitation": a patient cannot join those today); {@code healthyVolunteer} keeps studies that
 * accept healthy volunteers.
 */
public record PatientFilter(String sex, boolean recruitingOnly, boolean healthyVolunteer)
        implements java.io.Serializable {

    public static final PatientFilter NONE = new PatientFilter(null, false, false);

    public PatientFilter {
        if (sex != null && !sex.equals("FEMALE") && !sex.equals("MALE")) {
            throw new IllegalArgumentException("sex must be FEMALE or MALE, was " + sex);
        }
    }
}
