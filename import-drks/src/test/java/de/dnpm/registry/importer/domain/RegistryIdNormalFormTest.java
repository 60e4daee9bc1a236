package de.dnpm.registry.importer.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RegistryIdNormalFormTest {

    @Test
    void writesIdsAsTheRegistriesPrintThem() {
        assertEquals("DRKS00012345", RegistryIdNormalForm.normalise("drks 00012345"));
        assertEquals("DRKS00012345", RegistryIdNormalForm.normalise(" DRKS00012345\n"));
        assertEquals("NCT00496392", RegistryIdNormalForm.normalise("nct00496392"));
        assertEquals("ISRCTN58585610", RegistryIdNormalForm.normalise("ISRCTN 58585610"));
    }

    @Test
    void turnsEveryUnicodeDashIntoAHyphenMinus() {
        // U+2011 non-breaking hyphen, as word processors write EudraCT numbers
        assertEquals("2006-002087-26", RegistryIdNormalForm.normalise("2006\u2011002087\u201126"));
        assertEquals("2006-002087-26", RegistryIdNormalForm.normalise("2006\u2010002087\u201326"));
        assertEquals("2022-503007-22-00", RegistryIdNormalForm.normalise("2022\u2014503007\u201522\u221200"));
        assertEquals("U1111-1281-9323", RegistryIdNormalForm.normalise("u1111\u20121281\u20139323"));
    }

    @Test
    void dropsNoBreakSpacesAndInvisibleCharacters() {
        assertEquals("DRKS00012345", RegistryIdNormalForm.normalise("DRKS\u00A000012345"));
        assertEquals("DRKS00012345", RegistryIdNormalForm.normalise("DRKS\u202F00012345"));
        assertEquals("NCT00496392", RegistryIdNormalForm.normalise("\uFEFFNCT\u200B00496392\u00AD"));
        assertNull(RegistryIdNormalForm.normalise(null));
    }

    @Test
    void registryIdsHoldTheNormalFormAndSponsorIdsTheirOwnWriting() {
        assertEquals("DRKS00012345", RegistryId.secondary(IdScheme.DRKS, "drks 00012345", null).value());
        assertEquals(RegistryId.primary(IdScheme.NCT, "NCT00496392"), RegistryId.primary(IdScheme.NCT, " nct00496392"));
        assertEquals("2006-002087-26", RegistryId.secondary(IdScheme.EUDRACT, "2006\u2011002087\u201126", null).value());
        // a sponsor's own id is free text (real: NCT02369484's "ETOP 7-14"): only the surrounding blanks go
        assertEquals("ETOP 7-14", RegistryId.secondary(IdScheme.SPONSOR, " ETOP 7-14 ", "ETOP").value());
        assertEquals("Protocol v2", RegistryId.secondary(IdScheme.OTHER, "Protocol v2", null).value());
    }

    @Test
    void makesOneIdOfAnEuCtNumberWithOrWithoutCtisInFront() {
        assertEquals("2023-507385-11-00", RegistryIdNormalForm.normalise("CTIS2023-507385-11-00"));
        assertEquals("2023-507385-11-00", RegistryIdNormalForm.normalise("ctis 2023-507385-11-00"));
        assertEquals("2022-503007-22-00", RegistryIdNormalForm.normalise("2022-503007-22-00")); // kept whole
        assertEquals("2023-507385-11-00", RegistryId.primary(IdScheme.EU_CT, "CTIS2023-507385-11-00").value());
    }

    @Test
    void writesJapaneseRegistryNumbersWithTheirJprnPrefix() {
        assertEquals("JPRN-JRCT2071210009", RegistryIdNormalForm.normalise("jRCT2071210009"));
        assertEquals("JPRN-JRCT2071210009", RegistryIdNormalForm.normalise("JPRN-jRCT2071210009"));
        assertEquals("JPRN-UMIN000039686", RegistryIdNormalForm.normalise("UMIN000039686"));
    }
}
