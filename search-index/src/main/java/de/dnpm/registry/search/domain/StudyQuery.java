package de.dnpm.registry.search.domain;

import java.util.Map;
import java.util.Set;

/**
 * A search: free text in query syntax (blank = all studies), selected facet values (values of one facet are ORed,
 * facets are ANDed), an optional patient age in years that must lie within the study's age limits, and a page
 * (zero-based) of {@code size} hits. {@code exact}: the disease words as written only; otherwise (broad, the default)
 * also their synonyms, their German or English names and the narrower diseases below them.
 */
public record StudyQuery(String text, Map<Facet, Set<String>> filters, Integer ageYears, int page, int size,
                         boolean exact, PatientFilter patient, Nearby nearby, String patientNote,
                         boolean openFirst, Order order) {

    /**
     * How hits are ordered: by relevance (the default; with {@code openFirst} studies open to patients lifted, with a
     * place's {@code byDistance} by the nearest site), by the last registry update or by the start date, newest first
     * (studies without that date last; ties by relevance).
     */
    public enum Order {
        RELEVANCE, UPDATED, START
    }

    public StudyQuery(String text, Map<Facet, Set<String>> filters, Integer ageYears, int page, int size,
                      boolean exact, PatientFilter patient, Nearby nearby, String patientNote, boolean openFirst) {
        this(text, filters, ageYears, page, size, exact, patient, nearby, patientNote, openFirst, Order.RELEVANCE);
    }

    public StudyQuery(String text, Map<Facet, Set<String>> filters, Integer ageYears, int page, int size,
                      boolean exact, PatientFilter patient, Nearby nearby) {
        this(text, filters, ageYears, page, size, exact, patient, nearby, null, true, Order.RELEVANCE);
    }

    public StudyQuery(String text, Map<Facet, Set<String>> filters, Integer ageYears, int page, int size) {
        this(text, filters, ageYears, page, size, false, PatientFilter.NONE, null);
    }

    public StudyQuery(String text, Map<Facet, Set<String>> filters, Integer ageYears, int page, int size,
                      boolean exact, PatientFilter patient) {
        this(text, filters, ageYears, page, size, exact, patient, null);
    }

    public StudyQuery withExact(boolean onlyAsWritten) {
        return new StudyQuery(text, filters, ageYears, page, size, onlyAsWritten, patient, nearby, patientNote,
                openFirst, order);
    }

    public StudyQuery withPatient(PatientFilter filter) {
        return new StudyQuery(text, filters, ageYears, page, size, exact, filter, nearby, patientNote, openFirst, order);
    }

    /** Only studies with a site within the radius (null: anywhere). */
    public StudyQuery withNearby(Nearby place) {
        return new StudyQuery(text, filters, ageYears, page, size, exact, patient, place, patientNote, openFirst, order);
    }

    /**
     * A free-text description of the patient ({@link PatientNote}, at most {@link PatientNote#MAX_LENGTH} characters)
     * ranked by what it says of the patient; null: none.
     */
    public StudyQuery withPatientNote(String note) {
        return new StudyQuery(text, filters, ageYears, page, size, exact, patient, nearby, note, openFirst, order);
    }

    /**
     * Ranked by relevance alone ({@code false}, {@code sort=relevance}) or, the default, with studies open to patients
     * (recruiting or about to) lifted above closed ones of similar relevance.
     */
    public StudyQuery withOpenFirst(boolean open) {
        return new StudyQuery(text, filters, ageYears, page, size, exact, patient, nearby, patientNote, open, order);
    }

    /** Ordered by last update or start date instead of relevance (null: relevance). */
    public StudyQuery withOrder(Order by) {
        return new StudyQuery(text, filters, ageYears, page, size, exact, patient, nearby, patientNote, openFirst, by);
    }

    /** The same search, in the same order, another page: for reading a result set page by page (exports, feeds). */
    public StudyQuery withPage(int pageNumber, int pageSize) {
        return new StudyQuery(text, filters, ageYears, pageNumber, pageSize, exact, patient, nearby, patientNote,
                openFirst, order);
    }

    public StudyQuery {
        order = order == null ? Order.RELEVANCE : order;
        patient = patient == null ? PatientFilter.NONE : patient;
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        patientNote = patientNote == null || patientNote.isBlank() ? null : patientNote.strip();
        if (patientNote != null && patientNote.length() > PatientNote.MAX_LENGTH) {
            throw new IllegalArgumentException("the patient description must not be longer than "
                    + PatientNote.MAX_LENGTH + " characters");
        }
        if (page < 0) {
            throw new IllegalArgumentException("page must be >= 0");
        }
        if (size < 1 || size > 200) {
            throw new IllegalArgumentException("size must be between 1 and 200");
        }
    }

    public static StudyQuery of(String text) {
        return new StudyQuery(text, Map.of(), null, 0, 20);
    }
}
