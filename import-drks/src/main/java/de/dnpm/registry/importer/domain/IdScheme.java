package de.dnpm.registry.importer.domain;

/**
 * The registries and other issuers whose identifiers a trial can carry (WHO TRDS items 1 and 3): ClinicalTrials.gov,
 * the WHO primary registries, the EU registers and the Universal Trial Number, sponsors and other issuers.
 */
public enum IdScheme {
    NCT, DRKS, EUDRACT, EU_CT, UTN, ISRCTN, SPONSOR, OTHER,
    /** An EU Clinical Trials Register record: a EudraCT number plus the member state, "EUCTR2004-001298-24-ES". */
    EUCTR,
    /** Australian New Zealand Clinical Trials Registry, "ACTRN12620000421932". */
    ANZCTR,
    /** Chinese Clinical Trial Registry, "ChiCTR2000029953" (held upper-case). */
    CHICTR,
    /** Clinical Trials Registry - India, "CTRI/2020/03/024402". */
    CTRI,
    /** Iranian Registry of Clinical Trials, "IRCT20100228003449N27". */
    IRCT,
    /** Japan Primary Registries Network (jRCT, UMIN, JapicCTI), "JPRN-UMIN000039686". */
    JPRN,
    /** Clinical Research Information Service, Korea, "KCT0005005". */
    CRIS,
    /** Pan African Clinical Trials Registry, "PACTR202004801273802". */
    PACTR,
    /** Brazilian Clinical Trials Registry, "RBR-6m69fc" (held upper-case). */
    REBEC,
    /** Sri Lanka Clinical Trials Registry, "SLCTR/2020/011". */
    SLCTR,
    /** Thai Clinical Trials Registry, "TCTR20200321001". */
    TCTR,
    /** Netherlands Trial Register and its successor OMON: "NTR1234", "NL8490", "NL-OMON31535". */
    NTR,
    /** Lebanese Clinical Trials Registry, "LBCTR2020043459". */
    LBCTR,
    /** International Traditional Medicine Clinical Trial Registry, "ITMCTR2024000001". */
    ITMCTR,
    /** Cuban Public Registry of Clinical Trials, "RPCEC00000306". */
    RPCEC,
    /** Peruvian Clinical Trials Registry, "PER-010-20". */
    REPEC;

    /**
     * Whether ids of this scheme are registry numbers with a {@link RegistryIdNormalForm normal form}; a sponsor's or
     * other issuer's id is free text ("ETOP 7-14", "Protocol v2.1") and kept as written.
     */
    public boolean isPublicRegistry() {
        return this != SPONSOR && this != OTHER;
    }
}
