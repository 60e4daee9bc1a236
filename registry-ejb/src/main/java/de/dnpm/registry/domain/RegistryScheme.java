package de.dnpm.registry.domain;

/**
 * The registries and other issuers whose identifiers a trial carries (WHO TRDS items 1 and 3). The names are the
 * portal's own and are what the database stores; importers translate their formats' codes into them. The order is the
 * preference for the id a study of several registries is shown by (NCT, then DRKS, then the EU's CTIS number, ...).
 */
public enum RegistryScheme {
    NCT, DRKS, EUDRACT, EU_CT, UTN, ISRCTN, SPONSOR, OTHER,
    /* the EU Clinical Trials Register and the other WHO primary registries whose records ICTRP carries */
    EUCTR, ANZCTR, CHICTR, CTRI, IRCT, JPRN, CRIS, PACTR, REBEC, SLCTR, TCTR, NTR, LBCTR, ITMCTR, RPCEC, REPEC;

    /** Whether ids of this scheme name one trial worldwide, so that two entries with the same id are one trial. */
    public boolean isPublicRegistry() {
        return this != SPONSOR && this != OTHER;
    }
}
