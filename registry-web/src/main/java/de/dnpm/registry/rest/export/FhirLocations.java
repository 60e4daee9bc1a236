package de.dnpm.registry.rest.export;

import de.dnpm.registry.rest.StudyDetail;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.util.Optional;

/** A study site as a contained FHIR Location: name, address and, where the registry gives them, coordinates. */
final class FhirLocations {

    private FhirLocations() {
    }

    /** The site as a Location with this id, or null when the registry names neither facility nor town. */
    static JsonObject of(StudyDetail.Site site, String id) {
        Optional<String> name = FhirValues.text(site.facility());
        Optional<String> city = FhirValues.text(site.city());
        if (name.isEmpty() && city.isEmpty()) {
            return null;
        }
        JsonObjectBuilder location = FhirValues.JSON.createObjectBuilder().add("resourceType", "Location")
                .add("id", id).add("name", name.or(() -> city).orElseThrow());
        JsonObjectBuilder address = FhirValues.JSON.createObjectBuilder();
        boolean hasAddress = false;
        if (city.isPresent()) {
            address.add("city", city.get());
            hasAddress = true;
        }
        Optional<String> state = FhirValues.text(site.state());
        if (state.isPresent()) {
            address.add("state", state.get());
            hasAddress = true;
        }
        Optional<String> postalCode = FhirValues.text(site.postalCode());
        if (postalCode.isPresent()) {
            address.add("postalCode", postalCode.get());
            hasAddress = true;
        }
        Optional<String> country = FhirValues.text(site.country());
        if (country.isPresent()) {
            address.add("country", country.get());
            hasAddress = true;
        }
        if (hasAddress) {
            location.add("address", address);
        }
        // Location.position needs both coordinates; one alone is dropped
        if (site.latitude() != null && site.longitude() != null && Double.isFinite(site.latitude())
                && Double.isFinite(site.longitude())) {
            location.add("position", FhirValues.JSON.createObjectBuilder().add("longitude", site.longitude())
                    .add("latitude", site.latitude()));
        }
        return location.build();
    }
}
