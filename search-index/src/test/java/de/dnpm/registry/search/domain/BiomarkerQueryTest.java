package de.dnpm.registry.search.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static de.dnpm.registry.search.domain.BiomarkerMentions.inQuery;
import static de.dnpm.registry.search.domain.BiomarkerMentionsTest.assertMentions;

/**
 * Queries as patients and clinicians type them, in either language and any case: the keys they ask for, as asked
 * (a query's sets are not closed under the hierarchy), and those they ask to be absent.
 */
class BiomarkerQueryTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            KRAS G12C                          | KRAS:G12C
            kras g12c                          | KRAS:G12C
            HER2-positiv                       | ERBB2:POSITIVE
            HER2 positive breast cancer        | ERBB2:POSITIVE
            HER2 Amplifikation                 | ERBB2:POSITIVE
            HER2 low                           | ERBB2:LOW
            HER2-low Mammakarzinom             | ERBB2:LOW
            ALK+                               | ALK:FUSION
            alk positive                       | ALK:FUSION
            ALK Translokation                  | ALK:FUSION
            EML4-ALK                           | ALK:FUSION
            MSI-H                              | MSI:HIGH
            msi high                           | MSI:HIGH
            microsatellite instability high    | MSI:HIGH
            dMMR colorectal                    | MSI:HIGH
            pMMR                               | MMR:PROFICIENT
            MSS                                | MMR:PROFICIENT
            TMB-H                              | TMB:HIGH
            tmb high                           | TMB:HIGH
            EGFR L858R                         | EGFR:L858R
            egfr exon 19 deletion              | EGFR:EXON19DEL
            Exon 19 Deletion                   | EGFR:EXON19DEL
            Exon-19-Deletion                   | EGFR:EXON19DEL
            t790m                              | EGFR:T790M
            lung cancer EGFR                   | EGFR
            egfr                               | EGFR
            Lungenkrebs EGFR-Mutation          | EGFR
            MET                                | MET
            met amplification                  | MET:AMP
            MET-Amplifikation                  | MET:AMP
            MET exon 14                        | MET:EXON14
            ret fusion                         | RET:FUSION
            braf v600                          | BRAF:V600
            BRAF V600E melanoma                | BRAF:V600E
            PD-L1 ≥ 50%                        | PDL1:HIGH
            PD-L1 high                         | PDL1:HIGH
            pd-l1 positiv                      | PDL1
            hormonrezeptor-positiv             | HR:POSITIVE
            Ph+ ALL                            | BCR-ABL
            FLT3-ITD AML                       | FLT3:ITD
            NPM1 mutiert                       | NPM1
            BRCA1/2                            | BRCA1 BRCA2
            claudin 18.2                       | CLDN18
            """)
    void asksForTheMarkersItNames(String query, String required) {
        assertMentions(inQuery(query), required, "", query);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            EGFR wild-type                     | EGFR
            EGFR Wildtyp                       | EGFR
            NSCLC ohne EGFR-Mutation           | EGFR
            HER2-negative breast cancer        | ERBB2:POSITIVE
            HER2-negativ                       | ERBB2:POSITIVE
            triple negative breast cancer      | ERBB2:POSITIVE HR:POSITIVE
            """)
    void asksForTheMarkersItNegatesToBeAbsent(String query, String excluded) {
        assertMentions(inQuery(query), "", excluded, query);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ER+ HER2- breast cancer            | HR:POSITIVE    | ERBB2:POSITIVE
            """)
    void mixesBoth(String query, String required, String excluded) {
        assertMentions(inQuery(query), required, excluded, query);
    }

    /** The kidney value: eGFR as written, or egfr with a kidney word; the short words alone are words. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            eGFR
            egfr renal function
            egfr niere
            egfr ml/min
            EGFR ≥ 60 ml/min
            estimated GFR 45
            met
            ret
            studies that met the criteria
            """)
    void namesNoMarker(String query) {
        assertMentions(inQuery(query), "", "", query);
    }
}
