package de.dnpm.registry.search;

import de.dnpm.registry.search.domain.StudyDocument;

import java.util.List;

/**
 * Index documents built from real ClinicalTrials.gov records in {@code shared/data/ctgov} (the source file is named
 * above each). What the application's mapping would do is done by hand: countries are the distinct site countries,
 * sorted; ages become days as the importer counts them (365.25 days a year, "18 Years" = 6574); database ids are
 * 1..19.
 * Summaries and eligibility criteria are shortened to excerpts ("…"); an excerpt keeps the line that mentions
 * melanoma where the record has one, because the ranking tests rely on it. Nothing else is invented.
 */
public final class StudyFixtures {

    // ctgov-v2-json/vrinda2019-NSCLCBench/ctg-studies.json
    public static final StudyDocument NCT06576635 = StudyDocument.builder(1L)
            .primaryRegistryId("NCT06576635")
            .registryIds(List.of("NCT06576635"))
            .briefTitle("LUNG-05: Investigating Chemotherapy Effectiveness for Non-Small Cell Lung Cancer (NSCLC) "
                    + "Metastatic Patients")
            .officialTitle("LUNG-05: Investigating Chemotherapy Effectiveness for NSCLC Metastatic Patients")
            .acronym("LUNG-05")
            .summary("This is a Single arm, Simon's two stage pilot study in which patients with Non-Small Cell Lung "
                    + "Cancer (NSCLC) with metastatic disease 2L and beyond will receive OncoChoice-informed "
                    + "chemotherapy following National Cancer Care Network (NCCN) treatment guidelines on dosage and "
                    + "scheduling for NSCLC FDA approved drugs.")
            .conditions(List.of("NSCLC"))
            .interventions(List.of("Docetaxel", "Paclitaxel", "Gemcitabine", "Pemetrexed", "Vinorelbine"))
            .eligibilityCriteria("Inclusion Criteria:\n\n* Age \u2265 18 years of age at time of consent\n* ECOG performance "
                    + "status score of \u22642\n* Advanced non-small cell lung cancer to meet histologically "
                    + "confirmed Stage IV NSCLC documented by biopsy.\n* Patient has received at least 1 prior line "
                    + "of systemic therapy for Stage IV NSCLC (including but not limited to targeted therapy and are "
                    + "now only considering SOC chemotherapy for 2L and beyond).\n* Demonstrates adequate organ "
                    + "function; labs must be within treatment parameters for the \u2026")
            .overallStatus("RECRUITING")
            .phases(List.of("NA"))
            .studyType("INTERVENTIONAL")
            .countries(List.of("United States"))
            .minimumAgeDays(6574)
            .sex("ALL")
            .siteCount(1)
            .lastUpdate("2025-11-06")
            .build();

    // ctgov-v2-json/vrinda2019-NSCLCBench/ctg-studies.json
    public static final StudyDocument NCT04318938 = StudyDocument.builder(2L)
            .primaryRegistryId("NCT04318938")
            .registryIds(List.of("NCT04318938"))
            .briefTitle("Advancing Brigatinib Properties in ALK+ NSCLC Patients by Deep Phenotyping")
            .officialTitle("Advancing Brigatinib Properties in Anaplastic Lymphoma Kinase Positive Non-small Cell Lung "
                    + "Cancer (ALK+ NSCLC) Patients")
            .summary("This is a prospective, randomized, open-label, multicenter phase II study investigating the "
                    + "advancing Brigatinib properties in anaplastic lymphoma kinase positive non-small cell lung "
                    + "cancer (ALK+ NSCLC) patients by deep phenotyping")
            .conditions(List.of("NSCLC"))
            .interventions(List.of("Brigatinib", "Tyrosine kinase inhibitor"))
            .keywords(List.of("ALK+ NSCLC", "Resistance patterns", "Molecular properties"))
            .eligibilityCriteria("Inclusion Criteria:\n\n1. Fully informed written consent and any locally-required "
                    + "authorization (EU Data Privacy Directive) given by the patient\n2. Male or female \u2265 18 "
                    + "years of age NOTE: There are no data that indicate special gender distribution. Therefore, "
                    + "patients will be enrolled in the study gender-independently.\n3. Histologically confirmed "
                    + "locally advanced (stage III) and not suitable for curative treatment, i.e. R0 operation or "
                    + "definitive chemo-/radiation, or metastatic (stage IV) ALK+ \u2026")
            .overallStatus("ACTIVE_NOT_RECRUITING")
            .phases(List.of("PHASE2"))
            .studyType("INTERVENTIONAL")
            .countries(List.of("Germany"))
            .minimumAgeDays(6574)
            .sex("ALL")
            .siteCount(26)
            .lastUpdate("2025-12-05")
            .build();

    // ctgov-v2-json/vrinda2019-NSCLCBench/ctg-studies.json
    public static final StudyDocument NCT06050278 = StudyDocument.builder(3L)
            .primaryRegistryId("NCT06050278")
            .registryIds(List.of("NCT06050278"))
            .briefTitle("Prospective Evaluation of Single Cell Mutations in a Panel of Known Oncogenes in NSCLC "
                    + "Surgical Specimens")
            .officialTitle("Prospective Evaluation of Single Cell Mutations in a Panel of Known Oncogenes in NSCLC "
                    + "Surgical Specimens (TAP-NSCLC)")
            .acronym("TAP-NSCLC")
            .summary("The goal of this observational study is to evaluate the feasibility of a single cell mutation "
                    + "research method in a panel of known oncogenes, using the Tapestri method. Tissue samples will "
                    + "be obtained after surgical treatment in patients with I-II-III stage NSCLC.")
            .conditions(List.of("NSCLC"))
            .interventions(List.of("Tapestry technology"))
            .eligibilityCriteria("Inclusion Criteria:\n\n* age over 18 years old.\n* histological diagnosis of NSCLC technically "
                    + "operable following multidisciplinary discussion\n* informed consent freely granted and "
                    + "obtained before the start of the study\n\nExclusion Criteria:\n\n* age under 18 years old\n* "
                    + "unconfirmed NSCLC histological diagnosis\n* medical treatment with neoadjuvant purposes\n* "
                    + "absence of informed consent")
            .overallStatus("RECRUITING")
            .studyType("OBSERVATIONAL")
            .countries(List.of("Italy"))
            .minimumAgeDays(6574)
            .sex("ALL")
            .siteCount(1)
            .lastUpdate("2023-12-11")
            .build();

    // ctgov-v2-json/vrinda2019-NSCLCBench/ctg-studies.json
    public static final StudyDocument NCT06029816 = StudyDocument.builder(4L)
            .primaryRegistryId("NCT06029816")
            .registryIds(List.of("NCT06029816",
            "Chinadrugtrials"))
            .briefTitle("Neratinib Tablets in the Treatment of Advanced NSCLC With Rare EGFR Mutations")
            .officialTitle("A Single-arm, Open-label, Multicenter Phase II Clinical Study of Neratinib Tablets in the "
                    + "Treatment of Advanced NSCLC With Rare EGFR Mutations")
            .acronym("CVL009-2001")
            .summary("Single-arm, open-label, multicenter phase II clinical study")
            .conditions(List.of("NSCLC"))
            .interventions(List.of("Neratinib tablets"))
            .keywords(List.of("NSCLC", "EGFR", "Neratinib tablets"))
            .eligibilityCriteria("Inclusion Criteria:\n\n1. Age \u2265 18 years;\n2. Histologically or cytologically confirmed "
                    + "non-small cell lung cancer, stage IIIB or IV according to IASLC 2009;\n3. Tissue or blood "
                    + "samples are confirmed by the central laboratory or research center as rare EGFR mutations, "
                    + "including exon 18 G719X, E709X, etc., S768I in exon 20 and at least one of the L861Q mutations "
                    + "in exon 21;\n4. Ineffective or intolerant to standard treatment regimens, and disease "
                    + "progression after treatment;\n5. The number of previous \u2026")
            .overallStatus("NOT_YET_RECRUITING")
            .phases(List.of("PHASE2"))
            .studyType("INTERVENTIONAL")
            .countries(List.of("China"))
            .minimumAgeDays(6574)
            .sex("ALL")
            .siteCount(1)
            .lastUpdate("2023-09-08")
            .build();

    // ctgov-v2-json/vrinda2019-NSCLCBench/ctg-studies.json
    public static final StudyDocument NCT02369484 = StudyDocument.builder(5L)
            .primaryRegistryId("NCT02369484")
            .registryIds(List.of("NCT02369484",
            "2014-005098-35", "1200.230", "SNCTP000001674"))
            .briefTitle("Afatinib in NSCLC With HER2 Mutation")
            .officialTitle("Afatinib in Pretreated Patients With Advanced NSCLC Harbouring HER2 Exon 20 Mutations")
            .acronym("NICHE")
            .summary("The purpose of this study is to investigate the control of disease in pretreated patients with "
                    + "advanced non small cell lung cancer (NSCLC) harbouring HER2 exon 20 mutations as well as the "
                    + "safety and tolerability (how severe the side effects are) of the treatment with afatinib.")
            .conditions(List.of("NSCLC"))
            .interventions(List.of("Afatinib"))
            .keywords(List.of("Stage IIIb/ IV NSCLC harbouring HER2 exon 20 mutations"))
            .eligibilityCriteria("Inclusion Criteria:\n\n* Histologically or cytologically confirmed non small cell lung "
                    + "cancer\n* Stage IIIB (non amenable to curative-intent multimodal treatment) or IV NSCLC, "
                    + "according to 7th TNM classification.\n* Contrast-enhanced CT of thorax and upper abdomen "
                    + "(incl. liver, kidney, adrenals);\n* brain MRI or CT within 28 days before the date of "
                    + "enrolment.\n* Non-predominant squamous subtype (\\<50% squamous cells).\n* Previous treatment "
                    + "with a platinum based chemotherapy for advanced disease; or \u2026")
            .overallStatus("COMPLETED")
            .phases(List.of("PHASE2"))
            .studyType("INTERVENTIONAL")
            .countries(List.of("Germany", "Netherlands", "Spain", "Switzerland"))
            .minimumAgeDays(6574)
            .sex("ALL")
            .siteCount(5)
            .lastUpdate("2022-08-24")
            .build();

    // ctgov-v2-json/vrinda2019-NSCLCBench/ctg-studies.json
    public static final StudyDocument NCT05701787 = StudyDocument.builder(6L)
            .primaryRegistryId("NCT05701787")
            .registryIds(List.of("NCT05701787"))
            .briefTitle("Molecular Landscape Analysis and Clinical Implications for NSCLC Patients With Rare Mutations")
            .officialTitle("Molecular Landscape Analysis and Clinical and Therapeutic Implications for NSCLC Patients With "
                    + "Rare Mutations")
            .summary("Lung cancer is the most common primary cancer of the lung and is responsible for the ever "
                    + "increasing number of cancer-related deaths worldwide. Especially in China, the burden of lung "
                    + "cancer has been rising rapidly due to its large and growing population. Histologically, "
                    + "approximately 85% of lung cancers are non-small-cell lung cancer (NSCLC).\n\nMolecular "
                    + "targeted therapy has been shown to \u2026")
            .conditions(List.of("NSCLC", "NSCLC Stage IV", "NSCLC, Recurrent"))
            .conditionTerms(List.of("Carcinoma, Non-Small-Cell Lung",
                    "Recurrence"))
            .keywords(List.of("NSCLC", "rare mutations", "molecular landscape", "next-generation sequencing (NGS)",
                    "targeted therapy", "immunotherapy", "chemotherapy"))
            .eligibilityCriteria("Inclusion Criteria:\n\n* Histologically proven diagnosis of NSCLC with rare mutations "
                    + "including EGFR rare mutations, ALK fusion, ROS1 fusion, BRAF V600E, cMET exon 14 skipping, "
                    + "KRAS G12C, RET fusion, NTRK fusion, etc.\n* 18 years of age or older\n* Ability to understand "
                    + "and the willingness to sign a written informed consent document\n\nExclusion Criteria:\n\n* "
                    + "None")
            .overallStatus("RECRUITING")
            .studyType("OBSERVATIONAL")
            .countries(List.of("China"))
            .minimumAgeDays(6574)
            .sex("ALL")
            .siteCount(2)
            .lastUpdate("2025-05-22")
            .build();

    // ctgov-v2-json/vrinda2019-NSCLCBench/ctg-studies.json
    public static final StudyDocument NCT02856893 = StudyDocument.builder(7L)
            .primaryRegistryId("NCT02856893")
            .registryIds(List.of("NCT02856893",
            "ESR-15-11406"))
            .briefTitle("Osimertinib Treatment on EGFR T790M Plasma Positive NSCLC Patients (APPLE)")
            .officialTitle("APPLE Trial: Feasibility and Activity of AZD9291 (Osimertinib) Treatment on Positive PLasma "
                    + "T790M in EGFR Mutant NSCLC Patients")
            .acronym("APPLE")
            .summary("The phase II APPLE trial gives the opportunity to prospectively validate liquid biopsies as a "
                    + "new standard for testing tumor progression compared with conventional radiological procedure "
                    + "in EGFR mutant advanced NSCLC patients. Moreover based on the sequential T790M test during "
                    + "treatment the investigators will assess the predictive value of liquid biopsies. APPLE trial "
                    + "will examine the best \u2026")
            .conditions(List.of("NSCLC"))
            .interventions(List.of("Osimertinib", "Gefitinib"))
            .keywords(List.of("AZD9291", "Osimertinib", "Gefitinib", "NSCLC", "liquid biopsy", "ctDNA"))
            .eligibilityCriteria("Inclusion:\n\nRegistration:\n\n* Pathological diagnosis of adenocarcinoma of the lung carrying "
                    + "common EGFR activating mutations associated with EGFR-TKI sensitivity (Del19 or L858R); "
                    + "performed locally; no other EGFR mutations will be allowed. In case of other (than EGFR) "
                    + "concomitant mutations, discussion with EORTC Headquarters is mandatory;\n* Stage IV NSCLC;\n* "
                    + "Blood sample available for cfDNA EGFR T790M central testing;\n* Age \u226518 years;\n* EGFR "
                    + "TKI treatment-na\u00efve eligible to receive first-line \u2026\n* Patients will not be "
                    + "eligible if they have evidence of active malignancy (other than non-melanoma skin cancer or "
                    + "localized cervical cancer or localised and presumed cured prostatic cancer) within 2 years "
                    + "before randomization and are not receiving specific treatment for these malignancies at "
                    + "baseline assessment;")
            .overallStatus("ACTIVE_NOT_RECRUITING")
            .phases(List.of("PHASE2"))
            .studyType("INTERVENTIONAL")
            .countries(List.of("Belgium", "France", "Jordan", "Poland", "Slovenia", "Spain"))
            .minimumAgeDays(6574)
            .sex("ALL")
            .siteCount(23)
            .lastUpdate("2025-10-31")
            .build();

    // ctgov-v2-json/vrinda2019-NSCLCBench/ctg-studies.json
    public static final StudyDocument NCT05693090 = StudyDocument.builder(8L)
            .primaryRegistryId("NCT05693090")
            .registryIds(List.of("NCT05693090"))
            .briefTitle("Tipifarnib and Osimertinib in EGFR-mutated Non-Small Cell Lung Cancer")
            .officialTitle("Phase 1 Study of Tipifarnib and Osimertinib in EGFR-mutated Non-Small Cell Lung Cancer")
            .summary("This is a Phase 1a/b, multicenter, open-label, dose escalation (1a) and dose expansion (1b) "
                    + "study. The purpose of this study is to measure safety, tolerability, and preliminary efficacy "
                    + "with the combination of tipifarnib with osimertinib in patients with advanced/metastatic "
                    + "EGFR-mutated non-small cell lung cancer.")
            .conditions(List.of("NSCLC"))
            .interventions(List.of("Tipifarnib", "Osimertinib"))
            .keywords(List.of("EGFR", "Tipifarnib", "Osimertinib", "NSCLC locally advanced", "NSCLC metastatic"))
            .eligibilityCriteria("Inclusion Criteria:\n\n* Age \u2265 18 years at the time of signing informed consent.\n* "
                    + "Histologically or cytologically confirmed stage IIIB (locally-advanced) or IV (metastatic) "
                    + "adenocarcinoma of the lung.\n* The tumor harbors an Ex19del or Ex21-L858R substitution (based "
                    + "on tumor tissue or plasma \\[ctDNA\\] assessment).\n* Treatment-na\u00efve for locally "
                    + "advanced/metastatic EGFR-mutated NSCLC and osimertinib treatment-na\u00efve for NSCLC.\n* ECOG "
                    + "performance score of 0 or 1 with no clinically significant \u2026\n5. Concurrent and/or other "
                    + "active malignancy that has required systemic treatment within 2 years of first dose of study "
                    + "drug (excluding non-melanoma skin cancer, adjuvant hormonal therapy for breast cancer and "
                    + "hormonal treatment for castration-sensitive prostate cancer)")
            .overallStatus("WITHDRAWN")
            .phases(List.of("PHASE1"))
            .studyType("INTERVENTIONAL")
            .countries(List.of("United States"))
            .minimumAgeDays(6574)
            .sex("ALL")
            .siteCount(2)
            .lastUpdate("2023-03-06")
            .build();

    // ctgov-v2-json/vrinda2019-NSCLCBench/ctg-studies.json
    public static final StudyDocument NCT04044170 = StudyDocument.builder(9L)
            .primaryRegistryId("NCT04044170")
            .registryIds(List.of("NCT04044170"))
            .briefTitle("Poziotinib in Patients With NSCLC Having EGFR or HER2 Exon 20 Insertion Mutation")
            .officialTitle("A Phase 2 Study of Poziotinib in Patients With Locally Advanced or Metastatic Non-Small Cell "
                    + "Lung Cancer (NSCLC) With EGFR or HER2 Exon 20 Mutation in China and Korea")
            .summary("This is a Phase 2, open-label, multicenter study to evaluate the efficacy and the "
                    + "safety/tolerability of poziotinib in two patient cohorts for up to 114 previously treated "
                    + "NSCLC patients with any systemic therapy (57 patients with EGFR exon 20 insertion mutations "
                    + "and 57 patients with HER2 exon 20 insertion mutations).")
            .conditions(List.of("NSCLC"))
            .interventions(List.of("Poziotinib"))
            .eligibilityCriteria("Inclusion Criteria:\n\n1. Patient is at least 18 years of age (or country's legal age of "
                    + "majority if the legal age was \\> 18 years) at the time of obtaining informed consent.\n2. "
                    + "Patient must be willing and capable of giving written Informed Consent, adhering to dosing and "
                    + "visit schedules, and meeting all study requirements\n3. Patient has histologically confirmed "
                    + "locally advanced or metastatic non-small cell lung cancer (NSCLC) that is not amenable to "
                    + "treatment with curative intent\n4. Patient has \u2026\n6. Patient has had other malignancies "
                    + "within the past 3 years, except for stable non-melanoma skin cancer, fully treated and stable "
                    + "early stage prostate cancer or carcinoma in situ of the cervix or breast without need of "
                    + "treatment")
            .overallStatus("TERMINATED")
            .phases(List.of("PHASE2"))
            .studyType("INTERVENTIONAL")
            .countries(List.of("China", "South Korea"))
            .minimumAgeDays(6574)
            .sex("ALL")
            .siteCount(26)
            .lastUpdate("2020-11-17")
            .build();

    // ctgov-v2-json/vrinda2019-NSCLCBench/ctg-studies.json
    public static final StudyDocument NCT00831909 = StudyDocument.builder(10L)
            .primaryRegistryId("NCT00831909")
            .registryIds(List.of("NCT00831909"))
            .briefTitle("Epidemiological Study to Describe NSCLC Clinical Management Patterns in Europe. Lung-EPICLIN")
            .officialTitle("Epidemiological Study to Describe Non-small Cell Lung Cancer (NSCLC) Clinical Management "
                    + "Patterns in Europe. Lung")
            .acronym("EPICLIN")
            .summary("To provide accurate and reliable information regarding NSCLC clinical management across "
                    + "European countries in order to detect unmet medical needs of this disease in terms of: patient "
                    + "and hospital characteristics; diagnostic and treatment approaches: initial and subsequent, "
                    + "follow-up patterns in clinical management; outcomes: symptoms, death, functionality, quality "
                    + "of life; use of resources and \u2026")
            .conditions(List.of("NSCLC"))
            .conditionTerms(List.of("Lung Neoplasms"))
            .keywords(List.of("Lung Cancer", "NSCLC management", "NSCLC use of health care resources"))
            .eligibilityCriteria("Inclusion Criteria:\n\n* Confirmed NSCLC diagnosis (e.g. bronchoscope or FNAB), all stages, "
                    + "men and women, attending the responsible department of treating this type of patients for the "
                    + "first time between January 1st, 2009 and March 31st, 2009.\n* For PRO sub-sample: ability to "
                    + "read and write since they will be asked to participate in the PRO part of the study. Selection "
                    + "will not be based on the disease stage of each patient, in order to avoid a selection "
                    + "bias.\n\nExclusion Criteria:\n\n* According to \u2026")
            .overallStatus("COMPLETED")
            .studyType("OBSERVATIONAL")
            .countries(List.of("Belgium", "France", "Germany", "Greece", "Italy", "Portugal", "Spain", "Turkey (T\u00fcrkiye)"))
            .minimumAgeDays(6574)
            .sex("ALL")
            .siteCount(162)
            .lastUpdate("2010-08-10")
            .build();

    // ctgov-v2-json/vrinda2019-NSCLCBench/ctg-studies.json
    public static final StudyDocument NCT02179567 = StudyDocument.builder(11L)
            .primaryRegistryId("NCT02179567")
            .registryIds(List.of("NCT02179567"))
            .briefTitle("Docetaxel Plus Bevacizumab for Elderly Patients With Stage IV NSCLC")
            .officialTitle("First Line Treatment of Elderly Patients With Advanced or Metastatic NSCLC With Docetaxel and "
                    + "Bevacizumab")
            .summary("The investigators propose to study the efficacy and safety of the combination of Docetaxel "
                    + "plus Bevacizumab in a Phase II trial of elderly subjects with non-small cell lung cancer")
            .conditions(List.of("NSCLC"))
            .conditionTerms(List.of("Carcinoma, Non-Small-Cell Lung"))
            .interventions(List.of("Docetaxel", "Bevacizumab"))
            .keywords(List.of("Metastatic NSCLC", "Elderly", "1st Line", "Bevacizumab-based treatment"))
            .eligibilityCriteria("Inclusion Criteria:\n\n* Age \u226570 years old\n* Cytologically or histologically documented "
                    + "NSCLC\n* Measurable disease according to Response Evaluation Criteria in Solid Tumors (at "
                    + "least one measurable lesion)\n* World Health Organisation (WHO) performance status 0-2\n* "
                    + "Non-frail patients according to Comprehensive Geriatric Assessment\n* No prior chemotherapy\n* "
                    + "Life expectancy of at least 12 weeks\n* Serum bilirubin less than 1.5 times the upper normal "
                    + "limit\n* Aspartate Aminotransferase and Alanine \u2026")
            .overallStatus("TERMINATED")
            .phases(List.of("PHASE2"))
            .studyType("INTERVENTIONAL")
            .countries(List.of("Greece"))
            .minimumAgeDays(25567)
            .sex("ALL")
            .siteCount(5)
            .lastUpdate("2015-09-28")
            .build();

    // ctgov-v2-json/vrinda2019-NSCLCBench/ctg-studies.json
    public static final StudyDocument NCT06094296 = StudyDocument.builder(12L)
            .primaryRegistryId("NCT06094296")
            .registryIds(List.of("NCT06094296",
            "2022-503007-22", "U1111-1282-5699"))
            .briefTitle("A Study of BMS-986315 and Nivolumab in Combination With Chemotherapy in Participants With "
                    + "First-line Stage IV or Recurrent Non-small Cell Lung Cancer (NSCLC)")
            .officialTitle("A Randomized, Double-blind, Phase 2 Study of BMS-986315 and Nivolumab in Combination With "
                    + "Chemotherapy Versus Nivolumab in Combination With Chemotherapy as First-line Treatment for "
                    + "Participants With Stage IV or Recurrent Non-small Cell Lung Cancer (NSCLC)")
            .summary("The purpose of this study is to evaluate the efficacy and safety of BMS-986315 plus nivolumab "
                    + "in combination with platinum-based doublet chemotherapy (PDCT) versus nivolumab in combination "
                    + "with PDCT in the first-line treatment of Stage IV or recurrent non-small cell lung cancer "
                    + "(NSCLC).")
            .conditions(List.of("NSCLC"))
            .conditionTerms(List.of("Lung Neoplasms"))
            .interventions(List.of("BMS-986315", "Nivolumab", "Pemetrexed", "Cisplatin", "Carboplatin", "Paclitaxel"))
            .keywords(List.of("Pharmacokinetics", "BMS-986315", "Nivolumab", "Platinum doublet chemotherapy", "NSCLC",
                    "Lung cancer"))
            .eligibilityCriteria("Inclusion Criteria:\n\n* Participants must have NSCLC with Stage IV or recurrent disease "
                    + "following multimodal therapy for locally advanced disease.\n* Study treatment must be "
                    + "first-line therapy for Stage IV or recurrent disease.\n* Participants in all parts of the "
                    + "study must have:\n* measurable disease per Response Evaluation Criteria in Solid Tumors "
                    + "version 1.1. (RECIST v1.1)\n* an Eastern Cooperative Oncology Group (ECOG) Performance Status "
                    + "of 0 or 1\n* a life expectancy of at least 3 months at the \u2026")
            .overallStatus("TERMINATED")
            .phases(List.of("PHASE2"))
            .studyType("INTERVENTIONAL")
            .countries(List.of("Australia", "United States"))
            .minimumAgeDays(6574)
            .sex("ALL")
            .siteCount(8)
            .lastUpdate("2025-04-16")
            .build();

    // ctgov-v2-json/vrinda2019-NSCLCBench/ctg-studies.json
    public static final StudyDocument NCT04646330 = StudyDocument.builder(13L)
            .primaryRegistryId("NCT04646330")
            .registryIds(List.of("NCT04646330"))
            .briefTitle("A Trial of AK104 Plus Anlotinib in NSCLC")
            .officialTitle("A Phase Ib/II Trial of AK104 Plus Anlotinib in Patients With NSCLC")
            .summary("This trial is a single arm, two cohorts, phase Ib/II study. All patients are stage IIIB/C or "
                    + "IV NSCLC, Eastern Cooperative Oncology Group (ECOG) performance status 0-1. Cohort 1 includes "
                    + "treatment na\u00efve patients with advanced NSCLC. Cohort 2 includes patients with metastatic "
                    + "or recurrent NSCLC after progression on treatment with PD-1/PD-L1. The primary end point are "
                    + "objective response rate per \u2026")
            .conditions(List.of("NSCLC"))
            .interventions(List.of("AK104+anlotinib", "AK104+anlotinib", "AK104+anlotinib"))
            .eligibilityCriteria("Inclusion Criteria:\n\n* 18 to 75 years old (at the time consent is obtained).\n* Be able and "
                    + "willing to provide written informed consent and to comply with all requirements of study "
                    + "participation (including all study procedures).\n* Have histologically- or "
                    + "cytologically-confirmed diagnosis of StageIIIB/C or IV NSCLC.\n* Be able to provide formalin "
                    + "fixed, paraffin-embedded (FFPE) tumor tissue obtained from either a core or excisional tumor "
                    + "biopsy.\n* Have a life expectancy of at least 3 months.\n* \u2026")
            .overallStatus("COMPLETED")
            .phases(List.of("PHASE1", "PHASE2"))
            .studyType("INTERVENTIONAL")
            .countries(List.of("China"))
            .minimumAgeDays(6574)
            .maximumAgeDays(27394)
            .sex("ALL")
            .siteCount(1)
            .lastUpdate("2025-08-19")
            .build();

    // ctgov-v2-json/vrinda2019-NSCLCBench/ctg-studies.json
    public static final StudyDocument NCT04405661 = StudyDocument.builder(14L)
            .primaryRegistryId("NCT04405661")
            .registryIds(List.of("NCT04405661"))
            .briefTitle("Correlation Between Specific Gene Mutationand Local Immune Microenvironment and Immunotherapy "
                    + "Efficacy in NSCLC")
            .officialTitle("Correlation Between Specific Gene Mutationand Local Immune Microenvironment and Immunotherapy "
                    + "Efficacy in NSCLC")
            .summary("Immunotherapy for PD-L1 positive patients is still ineffective in some patients\uff0cwhich may "
                    + "be related to the complex immune microenvironment.In view of this bottleneck, further "
                    + "refinement of immunotyping and in-depth study of drug resistance mechanism are the most "
                    + "important tasks. In this observational study, we evaluated the difference of gene mutation and "
                    + "immune microenvironment and therapeutic \u2026")
            .conditions(List.of("NSCLC"))
            .keywords(List.of("PD-L1", "NSCLC", "Biomarker", "mIHC", "immune microenvironment", "mutation", "sequencing"))
            .eligibilityCriteria("Inclusion Criteria:\n\n* Non small cell lung cancer was diagnosed by cytology or "
                    + "histopathology;\n* Patients to be treated with PD-1 / PD-L1 inhibitors;\n* Who signed the "
                    + "informed consent for participating in the research plan\n\nExclusion Criteria:\n\n* History of "
                    + "other malignancies\n* Cancer meningitis in subjects\n* Incomplete clinical follow-up data\n* "
                    + "Failure to sign informed consent to participate in the research program")
            .overallStatus("UNKNOWN")
            .studyType("OBSERVATIONAL")
            .countries(List.of("China"))
            .minimumAgeDays(6574)
            .maximumAgeDays(25567)
            .sex("ALL")
            .siteCount(1)
            .lastUpdate("2020-05-28")
            .build();

    // ctgov-v2-json/vrinda2019-NSCLCBench/ctg-studies.json
    public static final StudyDocument NCT03609918 = StudyDocument.builder(15L)
            .primaryRegistryId("NCT03609918")
            .registryIds(List.of("NCT03609918"))
            .briefTitle("Comprehensive Analysis of Gene Mutation Profile in Chinese NSCLC Patients by Next-generation Sequencing")
            .officialTitle("Tianjin Medical University Cancer Institute and Hospital")
            .summary("In recent years, the development of lung cancer has been improved from pathological level to "
                    + "the molecular level. Research showed that there are many gene mutations in non-small cell lung "
                    + "cancer (NSCLC), and some activating mutations have become the hotspots in target therapy area. "
                    + "With the development of targeted drug research, the molecular classification of NSCLC will be "
                    + "more and more \u2026")
            .conditions(List.of("NSCLC"))
            .keywords(List.of("Chinese NSCLC", "next-generation sequencing"))
            .eligibilityCriteria("Inclusion Criteria:\n\n* Patients enrolled from 2009 to 2012. Histological confirmed "
                    + "NSCLC.\n\nExclusion Criteria:\n\n* Received any systemic or local treatment before surgery. "
                    + "Along with other malignant tumors. Lack up intact follow-up information.")
            .overallStatus("COMPLETED")
            .studyType("OBSERVATIONAL")
            .sex("ALL")
            .lastUpdate("2018-08-07")
            .build();

    // ctgov-v2-json/genomoncology-biomcp-api-responses (a fields= projection: no eligibility, countries, sites or
    // last update, so those are absent here too)
    public static final StudyDocument NCT04114136 = StudyDocument.builder(16L)
            .primaryRegistryId("NCT04114136")
            .registryIds(List.of("NCT04114136"))
            .briefTitle("Anti-PD-1 mAb Plus Metabolic Modulator in Solid Tumor Malignancies")
            .summary("Patients with histologically or cytologically confirmed advanced melanoma, renal cell "
                    + "carcinoma, NSCLC, HCC (Child Pugh Class A only), MSI-High solid tumors, Urothelial Cancer, GE "
                    + "junction/Gastric Adenocarcinoma, or HNSCC for which current standard of care treatment for "
                    + "their stage of disease would be with Pembrolizumab or Nivolumab monotherapy, who meet "
                    + "eligibility criteria will undergo a biopsy \u2026")
            .conditions(List.of("Melanoma", "NSCLC", "Hepatocellular Carcinoma", "Urothelial Cancer", "Gastric Adenocarcinoma",
                    "HNSCC", "Esophageal Adenocarcinoma", "Microsatellite Instability-High Solid Malignant Tumor"))
            .interventions(List.of("Nivolumab or Pembrolizumab (dependent upon approved indication)", "Metformin", "Rosiglitazone"))
            .overallStatus("RECRUITING")
            .phases(List.of("PHASE2"))
            .studyType("INTERVENTIONAL")
            .minimumAgeDays(6574)
            .build();

    // ctgov-v2-json/genomoncology-biomcp-api-responses (a fields= projection: no eligibility, countries, sites or
    // last update, so those are absent here too)
    public static final StudyDocument NCT04318717 = StudyDocument.builder(17L)
            .primaryRegistryId("NCT04318717")
            .registryIds(List.of("NCT04318717"))
            .briefTitle("Pembrolizumab and Hypofractionated Radiation Therapy for the Treatment of Mucosal Melanoma")
            .summary("This is an open-label, single center, one cohort, non-randomized, phase II study. The aim is "
                    + "to evaluate the efficacy and safety of the combination of hypofractionated radiotherapy (HRT) "
                    + "and pembrolizumab on local tumor control in mucosal melanoma patients. Treatment effect will "
                    + "be compared with historical radiation therapy-alone control data.")
            .conditions(List.of("Mucosal Melanoma of the Head and Neck"))
            .interventions(List.of("Pembrolizumab", "Hypofractionated radiation therapy"))
            .overallStatus("RECRUITING")
            .phases(List.of("PHASE2"))
            .studyType("INTERVENTIONAL")
            .minimumAgeDays(5844)
            .build();

    // ctgov-v2-json/genomoncology-biomcp-api-responses (a fields= projection: no eligibility, countries, sites or
    // last update, so those are absent here too)
    public static final StudyDocument NCT06970236 = StudyDocument.builder(18L)
            .primaryRegistryId("NCT06970236")
            .registryIds(List.of("NCT06970236"))
            .briefTitle("Resistance Exercise in Patients With Ocular Melanoma")
            .summary("Choroidal melanoma (CM) is one of the most common intraocular cancers worldwide. During "
                    + "treatment with episcleral brachytherapy, patients require a week of hospitalization in "
                    + "isolation. The primary aim of this study will be to investigate the effects of resistance "
                    + "training during hospitalization on health-related blood biomarkers in CM patients. Our "
                    + "secondary aim will be to assess changes in \u2026")
            .conditions(List.of("Ocular Melanoma"))
            .interventions(List.of("Exercise"))
            .overallStatus("RECRUITING")
            .phases(List.of("NA"))
            .studyType("INTERVENTIONAL")
            .minimumAgeDays(6574)
            .build();

    // ctgov-xml/reesewang25-enrollment_and_studylength-subset/NCT00496392.xml (legacy XML; status "Completed",
    // phase "Phase 3", study type "Interventional" written as the neutral codes; EudraCT number as secondary id)
    public static final StudyDocument NCT00496392 = StudyDocument.builder(19L)
            .primaryRegistryId("NCT00496392")
            .registryIds(List.of("NCT00496392", "2006-002087-26"))
            .briefTitle("Comparison of Nasal Fentanyl and Oral Transmucosal Fentanyl (Actiq) in Cancer Breakthrough "
                    + "Pain (FT-019-IM)")
            .officialTitle("An Open Label, Comparative, Randomised, Balanced Crossover Trial Comparing Nasal Fentanyl and Oral "
                    + "Transmucosal Fentanyl (Actiq\u00ae) in Breakthrough Pain in Patients With Cancer")
            .summary("Primary: To compare the efficacy of nasal fentanyl (NF) to oral transmucosal fentanyl (Actiq\u00ae) "
                    + "(hereafter Actiq) in the management of breakthrough pain in cancer patients. \u2026")
            .conditions(List.of("Pain"))
            .conditionTerms(List.of("Breakthrough Pain"))
            .interventions(List.of("Nasal fentanyl"))
            .keywords(List.of("breakthrough pain in patients with cancer"))
            .eligibilityCriteria("Inclusion Criteria:\n\n- Adult in- or out patient with cancer and breakthrough pain; using a "
                    + "stable, chronic "
                    + "opioid treatment for background pain.\n- Minimum three BTP episodes per week and "
                    + "maximum four per day. Life expectancy of at least three months. \u2026")
            .overallStatus("COMPLETED")
            .phases(List.of("PHASE3"))
            .studyType("INTERVENTIONAL")
            .countries(List.of("Denmark"))
            .minimumAgeDays(6574)
            .sex("ALL")
            .siteCount(1)
            .lastUpdate("2012-05-07")
            .build();

    /** Every fixture, in database id order. */
    public static final List<StudyDocument> ALL = List.of(NCT06576635, NCT04318938, NCT06050278, NCT06029816,
            NCT02369484, NCT05701787, NCT02856893, NCT05693090, NCT04044170, NCT00831909, NCT02179567, NCT06094296,
            NCT04646330, NCT04405661, NCT03609918, NCT04114136, NCT04318717, NCT06970236, NCT00496392);

    /** Studies with melanoma among their conditions. */
    public static final List<StudyDocument> MELANOMA_CONDITION = List.of(NCT04114136, NCT04318717, NCT06970236);

    /** Studies that mention melanoma only in their eligibility criteria ("non-melanoma skin cancer"). */
    public static final List<StudyDocument> MELANOMA_ONLY_IN_ELIGIBILITY = List.of(NCT02856893, NCT05693090,
            NCT04044170);

    private StudyFixtures() {
    }
}

