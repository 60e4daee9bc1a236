package de.dnpm.registry.search.infrastructure;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RegistryIdsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "nct06576635          | NCT06576635",
            "DRKS 00012345        | DRKS00012345",
            "2006\u2011002087\u201326 | 2006-002087-26",
            "(NCT06576635),       | NCT06576635",
            "'2022-503007-22'     | 2022-503007-22",
            "U1111-1282-5699      | U1111-1282-5699",
            "RS1466/21(2477)      | RS1466/21(2477)"})
    void bringsTypedAndIndexedIdsToOneForm(String typed, String normal) {
        assertEquals(normal, RegistryIds.normalise(typed));
    }
}
