package de.dnpm.registry.domain;

import de.dnpm.registry.search.domain.SponsorType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Sponsor names and classes as ClinicalTrials.gov and DRKS records give them. */
class LeadSponsorTypeTest {

    @Test
    void theRegistrysClassWins() {
        assertEquals(SponsorType.INDUSTRY, LeadSponsorType.of("INDUSTRY", "Akeso"));
        assertEquals(SponsorType.GOVERNMENT, LeadSponsorType.of("NIH", "National Cancer Institute (NCI)"));
        assertEquals(SponsorType.GOVERNMENT, LeadSponsorType.of("OTHER_GOV", "Henan Cancer Hospital"));
        assertEquals(SponsorType.GOVERNMENT, LeadSponsorType.of("FED", "VA Office of Research and Development"));
        assertEquals(SponsorType.ACADEMIC_OTHER, LeadSponsorType.of("NETWORK", "ETOP IBCSG Partners Foundation"));
        assertEquals(SponsorType.ACADEMIC_OTHER, LeadSponsorType.of("OTHER", "Alliance Foundation Trials, LLC."),
                "a non-profit with a company's legal form");
    }

    @Test
    void withoutAClassTheNameTells() {
        assertEquals(SponsorType.INDUSTRY, LeadSponsorType.of(null, "Qilu Pharmaceutical Co., Ltd."));
        assertEquals(SponsorType.INDUSTRY, LeadSponsorType.of(null, "Boehringer Ingelheim"));
        assertEquals(SponsorType.INDUSTRY, LeadSponsorType.of("UNKNOWN", "Kura Oncology, Inc."));
        assertEquals(SponsorType.ACADEMIC_OTHER, LeadSponsorType.of(null, "Universitätsklinikum Heidelberg"));
        assertEquals(SponsorType.ACADEMIC_OTHER, LeadSponsorType.of(null,
                "Institut für Klinische Krebsforschung IKF GmbH at Krankenhaus Nordwest"), "a hospital's institute");
        assertEquals(SponsorType.GOVERNMENT, LeadSponsorType.of(null, "Bundesministerium für Bildung und Forschung"));
        assertEquals(SponsorType.GOVERNMENT, LeadSponsorType.of(null, "National Cancer Institute (NCI)"));
        assertEquals(SponsorType.ACADEMIC_OTHER, LeadSponsorType.of(null, "Karsten Gavenis"), "a person");
        assertNull(LeadSponsorType.of(null, " "));
    }
}
