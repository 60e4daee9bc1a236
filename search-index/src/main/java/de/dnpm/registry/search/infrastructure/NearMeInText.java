package de.dnpm.registry.search.infrastructure;

import de.dnpm.registry.search.domain.StudyQuery;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Studie zu Lungenkrebs in meiner Nähe", "melanoma trials near me": the words ask for a place, they are no topic. They
 * are taken out of the text; with a place known ({@code near=}, the page's postal code box) its radius applies, and
 * without one the search says that a postal code is wanted ({@code SearchNotes#placeWanted}).
 */
final class NearMeInText {

    private static final Pattern NEAR_ME = Pattern.compile(
            "\\s*\\b(?:(?:hier\\s+)?in\\s+(?:meiner|der|unserer)\\s+(?:n(?:ä|ae|a)he|umgebung|region)|bei\\s+mir"
                    + "|(?:in\\s+)?my\\s+area|near(?:\\s+me|by)|close\\s+to\\s+me|around\\s+me|in\\s+der\\s+umgebung)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private NearMeInText() {
    }

    /** The query without the words that ask for a place, or empty when the text has none. */
    static Optional<StudyQuery> read(StudyQuery query) {
        String text = query.text();
        if (text == null || StudyTextQueryParser.usesSyntax(text)) {
            return Optional.empty();
        }
        Matcher nearMe = NEAR_ME.matcher(text);
        if (!nearMe.find()) {
            return Optional.empty();
        }
        String rest = nearMe.replaceAll(" ").strip().replaceAll("\\s+", " ");
        return Optional.of(new StudyQuery(rest.isEmpty() ? null : rest, query.filters(), query.ageYears(),
                query.page(), query.size(), query.exact(), query.patient(), query.nearby(), query.patientNote(),
                query.openFirst(), query.order()));
    }
}
