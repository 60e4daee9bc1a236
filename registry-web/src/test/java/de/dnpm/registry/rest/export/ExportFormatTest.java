package de.dnpm.registry.rest.export;

import de.dnpm.registry.rest.InvalidParameterException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ExportFormatTest {

    @Test
    void resultSetsDefaultToCsvAndRefuseFhir() {
        assertEquals(ExportFormat.CSV, ExportFormat.ofResultSet(null));
        assertEquals(ExportFormat.RIS, ExportFormat.ofResultSet(" RIS "));
        assertThrows(InvalidParameterException.class, () -> ExportFormat.ofResultSet("fhir"));
        assertThrows(InvalidParameterException.class, () -> ExportFormat.ofResultSet("pdf"));
    }

    @Test
    void oneStudyDefaultsToJsonAndOffersFhirAsFhirJson() {
        assertEquals(ExportFormat.JSON, ExportFormat.ofStudy(""));
        assertEquals("application/fhir+json;charset=UTF-8", ExportFormat.ofStudy("fhir").mediaType());
        assertEquals("fhir.json", ExportFormat.FHIR.extension());
    }
}
