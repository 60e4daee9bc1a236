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

    @Test
    void recognisesAnEuCtNumberWrittenWithCtisInFront() {
        // ICTRP's TrialID for CTIS trials (FORMATS.md §4): the number itself is the id
        assertEquals(secondary(IdScheme.EU_CT, "2023-507385-11-00"), RegistryIdClassifier.recognise("CTIS2023-507385-11-00"));
        assertEquals(Optional.of(IdScheme.EU_CT), RegistryIdClassifier.schemeOf("CTIS2023-507385-11-00"));
        assertEquals(Optional.of(IdScheme.EU_CT), RegistryIdClassifier.schemeOf("2022-503007-22-00"));
    }

    @Test
    void keepsAnEuctrRecordIdWholeAndItsEudraCtNumberApart() {
        assertEquals(secondary(IdScheme.EUCTR, "EUCTR2019-001698-10-NL"),
                RegistryIdClassifier.recognise("EUCTR2019-001698-10-NL"));
        // NEOD001-301's EUCTR copies name each other as "2021-000037-14-DK": the EudraCT number, not an EU CT number
        assertEquals(secondary(IdScheme.EUDRACT, "2021-000037-14"), RegistryIdClassifier.recognise("2021-000037-14-DK"));
    }

    /** One TrialID of each WHO primary registry, as the shared ICTRP exports write them. */
    @Test
    void recognisesTheWhoPrimaryRegistries() {
        assertScheme(IdScheme.ANZCTR, "ACTRN12620000421932", "ACTRN12620000421932");
        assertScheme(IdScheme.CHICTR, "ChiCTR2000029953", "CHICTR2000029953");
        assertScheme(IdScheme.CHICTR, "ChiCTR-IOR-17013571", "CHICTR-IOR-17013571");
        assertScheme(IdScheme.CTRI, "CTRI/2020/03/024402", "CTRI/2020/03/024402");
        assertScheme(IdScheme.IRCT, "IRCT20100228003449N27", "IRCT20100228003449N27");
        assertScheme(IdScheme.JPRN, "JPRN-UMIN000039686", "JPRN-UMIN000039686");
        assertScheme(IdScheme.JPRN, "JPRN-jRCTs031190227", "JPRN-JRCTS031190227");
        assertScheme(IdScheme.JPRN, "JPRN-JapicCTI-205238", "JPRN-JAPICCTI-205238");
        assertScheme(IdScheme.JPRN, "jRCT2071210009", "JPRN-JRCT2071210009"); // bare, as sponsors quote it
        assertScheme(IdScheme.CRIS, "KCT0005005", "KCT0005005");
        assertScheme(IdScheme.PACTR, "PACTR202004801273802", "PACTR202004801273802");
        assertScheme(IdScheme.REBEC, "RBR-6m69fc", "RBR-6M69FC");
        assertScheme(IdScheme.SLCTR, "SLCTR/2020/011", "SLCTR/2020/011");
        assertScheme(IdScheme.TCTR, "TCTR20200321001", "TCTR20200321001");
        assertScheme(IdScheme.NTR, "NL8490", "NL8490");
        assertScheme(IdScheme.NTR, "NL-OMON31535", "NL-OMON31535");
        assertScheme(IdScheme.NTR, "NTR1234", "NTR1234");
        assertScheme(IdScheme.LBCTR, "LBCTR2020043459", "LBCTR2020043459");
        assertScheme(IdScheme.ITMCTR, "ITMCTR2024000001", "ITMCTR2024000001");
        assertScheme(IdScheme.RPCEC, "RPCEC00000306", "RPCEC00000306");
        assertScheme(IdScheme.REPEC, "PER-010-20", "PER-010-20");
    }

    @Test
    void takesADutchEthicsFileNumberForNoTrialRegistration() {
        // "NL73848.000.21" in NL-OMON55279's secondary ids is a CCMO file number
        assertTrue(RegistryIdClassifier.recognise("NL73848.000.21").isEmpty());
        assertTrue(RegistryIdClassifier.schemeOf("NCT0569786").isEmpty());
        assertTrue(RegistryIdClassifier.schemeOf("see NCT05697861").isEmpty());
    }

    private static void assertScheme(IdScheme scheme, String written, String normalForm) {
        assertEquals(Optional.of(scheme), RegistryIdClassifier.schemeOf(written), written);
        assertEquals(secondary(scheme, normalForm), RegistryIdClassifier.recognise("registered as " + written), written);
    }

    private static Optional<RegistryId> secondary(IdScheme scheme, String value) {
        return Optional.of(RegistryId.secondary(scheme, value, null));
    }
}
