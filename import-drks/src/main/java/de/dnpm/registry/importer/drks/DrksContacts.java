package de.dnpm.registry.importer.drks;

import de.dnpm.registry.importer.ctgov.JsonFields;
import de.dnpm.registry.importer.domain.Contact;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * The {@code trialContacts} of a DRKS trial: the sponsors (organisations, by affiliation) and the people to contact,
 * with the DRKS contact type (PUBLIC_QUERIES, SCIENTIFIC_QUERIES, PRINCIPAL_COORDINATING_INVESTIGATOR, or the
 * {@code otherType} of a collaborator address) as their role.
 */
final class DrksContacts {

    private final JsonFields f;
    private final List<JsonObject> contacts;

    DrksContacts(JsonFields f) {
        this.f = f;
        this.contacts = f.objects("trialContacts");
    }

    /** The PRIMARY_SPONSOR's organisation (its affiliation), or its person's name if it names no organisation. */
    String primarySponsor() {
        return ofType("PRIMARY_SPONSOR").stream().map(this::organisation).filter(Objects::nonNull).findFirst()
                .orElse(null);
    }

    List<String> secondarySponsors() {
        return ofType("SECONDARY_SPONSOR").stream().map(this::organisation).filter(Objects::nonNull).distinct()
                .toList();
    }

    /** Everyone to contact about the trial, sponsors and ethics committees left out (they are organisations). */
    List<Contact> queries() {
        List<Contact> people = new ArrayList<>();
        for (JsonObject c : contacts) {
            String type = type(c);
            if (type == null || type.endsWith("SPONSOR") || type.contains("ETHICS_COMMITTEE")) {
                continue;
            }
            String role = "COLLABORATOR_OTHER_ADDRESS".equals(type) && f.at(c).string("otherType") != null
                    ? f.at(c).string("otherType") : type;
            JsonFields person = f.at(orEmpty(f.at(c).object("contact")));
            String name = name(person);
            people.add(new Contact(name != null ? name : person.string("affiliation"), role,
                    person.string("phone"), person.string("email")));
        }
        return List.copyOf(people);
    }

    private List<JsonObject> ofType(String type) {
        return contacts.stream().filter(c -> type.equals(type(c))).toList();
    }

    private String type(JsonObject contact) {
        return f.at(contact).string("idContactIdType", "type");
    }

    private String organisation(JsonObject contact) {
        JsonFields c = f.at(orEmpty(f.at(contact).object("contact")));
        String affiliation = c.string("affiliation");
        return affiliation != null && !affiliation.isBlank() ? affiliation.strip() : name(c);
    }

    /** "PD Dr. Paula Hoff": title, first and last name as far as given; null without a first or last name. */
    private static String name(JsonFields person) {
        String first = person.string("firstName");
        String last = person.string("lastName");
        if ((first == null || first.isBlank()) && (last == null || last.isBlank())) {
            return null;
        }
        StringJoiner name = new StringJoiner(" ");
        for (String part : new String[] {person.string("title"), first, last}) {
            if (part != null && !part.isBlank()) {
                name.add(part.strip());
            }
        }
        return name.toString();
    }

    private static JsonObject orEmpty(JsonObject o) {
        return o != null ? o : JsonValue.EMPTY_JSON_OBJECT;
    }
}
