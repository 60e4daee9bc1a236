package de.dnpm.registry.infrastructure;

import de.dnpm.registry.domain.ConditionCode;
import de.dnpm.registry.domain.ContactPerson;
import de.dnpm.registry.domain.InterventionCode;
import de.dnpm.registry.domain.InterventionEntry;
import de.dnpm.registry.domain.OutcomeMeasure;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Arrays;
import java.util.List;

/**
 * The JPA converters that keep a study's short lists as JSON text columns (see {@link JsonValueList}).
 * Each implements AttributeConverter itself: EclipseLink does not resolve the types of a generic base class and then
 * skips the converter.
 */
public final class StudyListConverters {

    private StudyListConverters() {
    }

    /** A list of plain texts (conditions, keywords, phases, collaborators). */
    @Converter
    public static class Texts implements AttributeConverter<List<String>, String> {
        @Override
        public String convertToDatabaseColumn(List<String> values) {
            return JsonValueList.writeStrings(values);
        }

        @Override
        public List<String> convertToEntityAttribute(String json) {
            return JsonValueList.readStrings(json);
        }
    }

    /** Coded conditions. */
    @Converter
    public static class ConditionCodes implements AttributeConverter<List<ConditionCode>, String> {
        private static final JsonValueList<ConditionCode> LIST = new JsonValueList<>(List.of("system", "code", "term"),
                c -> Arrays.asList(c.getSystem(), c.getCode(), c.getTerm()),
                f -> new ConditionCode(f.get(0), f.get(1), f.get(2)));

        @Override
        public String convertToDatabaseColumn(List<ConditionCode> values) {
            return LIST.write(values);
        }

        @Override
        public List<ConditionCode> convertToEntityAttribute(String json) {
            return LIST.read(json);
        }
    }

    /** Interventions with their other names (rows from before other names were kept read as having none). */
    @Converter
    public static class Interventions implements AttributeConverter<List<InterventionEntry>, String> {
        private static final JsonValueList<InterventionEntry> LIST = new JsonValueList<>(List.of("type", "name", "description"),
                i -> Arrays.asList(i.getType(), i.getName(), i.getDescription()),
                "otherNames", InterventionEntry::getOtherNames,
                (f, otherNames) -> new InterventionEntry(f.get(0), f.get(1), f.get(2), otherNames));

        @Override
        public String convertToDatabaseColumn(List<InterventionEntry> values) {
            return LIST.write(values);
        }

        @Override
        public List<InterventionEntry> convertToEntityAttribute(String json) {
            return LIST.read(json);
        }
    }

    /** Coded interventions. */
    @Converter
    public static class InterventionCodes implements AttributeConverter<List<InterventionCode>, String> {
        private static final JsonValueList<InterventionCode> LIST = new JsonValueList<>(List.of("system", "code", "term"),
                c -> Arrays.asList(c.getSystem(), c.getCode(), c.getTerm()),
                f -> new InterventionCode(f.get(0), f.get(1), f.get(2)));

        @Override
        public String convertToDatabaseColumn(List<InterventionCode> values) {
            return LIST.write(values);
        }

        @Override
        public List<InterventionCode> convertToEntityAttribute(String json) {
            return LIST.read(json);
        }
    }

    /** Outcome measures. */
    @Converter
    public static class Outcomes implements AttributeConverter<List<OutcomeMeasure>, String> {
        private static final JsonValueList<OutcomeMeasure> LIST = new JsonValueList<>(List.of("kind", "measure", "description", "timeFrame"),
                o -> Arrays.asList(o.getKind(), o.getMeasure(), o.getDescription(), o.getTimeFrame()),
                f -> new OutcomeMeasure(f.get(0), f.get(1), f.get(2), f.get(3)));

        @Override
        public String convertToDatabaseColumn(List<OutcomeMeasure> values) {
            return LIST.write(values);
        }

        @Override
        public List<OutcomeMeasure> convertToEntityAttribute(String json) {
            return LIST.read(json);
        }
    }

    /** Contacts of a study or a site. */
    @Converter
    public static class Contacts implements AttributeConverter<List<ContactPerson>, String> {
        private static final JsonValueList<ContactPerson> LIST = new JsonValueList<>(List.of("name", "role", "phone", "email"),
                c -> Arrays.asList(c.getName(), c.getRole(), c.getPhone(), c.getEmail()),
                f -> new ContactPerson(f.get(0), f.get(1), f.get(2), f.get(3)));

        @Override
        public String convertToDatabaseColumn(List<ContactPerson> values) {
            return LIST.write(values);
        }

        @Override
        public List<ContactPerson> convertToEntityAttribute(String json) {
            return LIST.read(json);
        }
    }
}
