package de.dnpm.registry.search.infrastructure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void onlyPublicRegistryNumbersCountAsIdsThatAnswerAlone() {
        for (String id : List.of("NCT06576635", "DRKS00038775", "2006-002087-26", "2023-507385-11-00",
                "CTIS2023-507385-11-00", "EUCTR2021-000037-14-DK", "ISRCTN12345678", "U1111-1296-5487",
                "CHICTR2000029953", "ACTRN12620000421932", "IRCT20100228003449N27", "JPRN-JRCT2071210009",
                "NL-OMON55279")) {
            assertTrue(RegistryIds.isPublicRegistryId(RegistryIds.normalise(id)), id);
        }
        for (String other : List.of("CRC", "UNIVERSITYOFIOWA", "RS1466/21(2477)", "CA209-8HW", "12345")) {
            assertFalse(RegistryIds.isPublicRegistryId(RegistryIds.normalise(other)),
                    other);
        }
    }
}
