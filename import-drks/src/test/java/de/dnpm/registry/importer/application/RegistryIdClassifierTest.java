package de.dnpm.registry.importer.application;

import de.dnpm.registry.importer.domain.IdScheme;
import de.dnpm.registry.importer.domain.RegistryId;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegistryIdClassifierTest {

    @Test
    void recognisesEudraCtNumbersAlsoWhenLabelled() {
        assertEquals(secondary(IdScheme.EUDRACT, "2006-002087-26"), RegistryIdClassifier.recognise("2006-002087-26"));
        // real secondary_id texts of NCT00498108 and others in the legacy XML
        assertEquals(secondary(IdScheme.EUDRACT, "2005-002611-25"),
                RegistryIdClassifier.recognise("EudraCT Number: 2005-002611-25"));
        assertEquals(secondary(IdScheme.EUDRACT, "2006-006796-21"), RegistryIdClassifier.recognise("Eudract no:2006-006796-21"));
        assertEquals(secondary(IdScheme.EUDRACT, "2005-000134-20"), RegistryIdClassifier.recognise("EUDRACT-2005-000134-20"));
    }

    @Test
    void recognisesEuCtNumbersWithOrWithoutTheirSuffix() {
        assertEquals(secondary(IdScheme.EU_CT, "2023-503951-81-00"), RegistryIdClassifier.recognise("2023-503951-81-00"));
        // CTIS numbers (sequence from 500000) filed without "-00", e.g. NCT06094296's "EUDRACT_NUMBER" 2022-503007-22
        assertEquals(secondary(IdScheme.EU_CT, "2022-503007-22"), RegistryIdClassifier.recognise("2022-503007-22"));
    }

    @Test
    void keepsAFullEuCtNumberWhole() {
        // NCT05897541 files 2023-503200-91-00 as CTIS; the classifier must not stop at the EudraCT-shaped prefix
        assertEquals(secondary(IdScheme.EU_CT, "2022-503007-22-00"), RegistryIdClassifier.recognise("2022-503007-22-00"));
        assertEquals(secondary(IdScheme.EU_CT, "2023-503200-91-00"),
                RegistryIdClassifier.recognise("EU CT number: 2023-503200-91-00"));
        // a full EU CT number whose sequence is below 500000 is still four groups, not a EudraCT number
        assertEquals(secondary(IdScheme.EU_CT, "2022-003007-22-00"), RegistryIdClassifier.recognise("2022-003007-22-00"));
    }

    @Test
    void recognisesNumbersWrittenWithTypographicDashesAndSpaces() {
        assertEquals(secondary(IdScheme.EUDRACT, "2006-002087-26"),
                RegistryIdClassifier.recognise("EudraCT No. 2006\u2011002087\u201126"));
        assertEquals(secondary(IdScheme.EU_CT, "2022-503007-22-00"),
                RegistryIdClassifier.recognise("2022\u2013503007\u201322\u201300"));
        assertEquals(secondary(IdScheme.DRKS, "DRKS00012345"), RegistryIdClassifier.recognise("drks\u00A000012345"));
    }

    @Test
    void recognisesDrksIsrctnUtnAndNctNumbers() {
        assertEquals(secondary(IdScheme.DRKS, "DRKS00012345"), RegistryIdClassifier.recognise("DRKS 00012345"));
        assertEquals(secondary(IdScheme.ISRCTN, "ISRCTN58585610"), RegistryIdClassifier.recognise("ISRCTN58585610"));
        assertEquals(secondary(IdScheme.UTN, "U1111-1281-9323"), RegistryIdClassifier.recognise("U1111-1281-9323"));
        assertEquals(secondary(IdScheme.NCT, "NCT00149955"), RegistryIdClassifier.recognise("NCT00149955"));
    }

    @Test
    void leavesSponsorAndGrantNumbersAlone() {
        for (String id : new String[] {"CDR0000067666", "2020-0616", "IDRCB: 2022-A01261-42", "22.04601.000170",
                "R44MH136888", "NCI-2025-01611", "EORTC-62961", "12345678901234"}) {
            assertTrue(RegistryIdClassifier.recognise(id).isEmpty(), id);
        }
    }

    private static Optional<RegistryId> secondary(IdScheme scheme, String value) {
        return Optional.of(RegistryId.secondary(scheme, value, null));
    }
}
