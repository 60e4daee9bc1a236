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
    public static final StudyDocument NCT06576635 = new StudyDocument(1L, "NCT06576635", List.of("NCT06576635"),
            "LUNG-05: Investigating Chemotherapy Effectiveness for Non-Small Cell Lung Cancer (NSCLC) "
                    + "Metastatic Patients",
            "LUNG-05: Investigating Chemotherapy Effectiveness for NSCLC Metastatic Patients",
            "LUNG-05",
            "This is a Single arm, Simon's two stage pilot study in which patients with Non-Small Cell Lung "
                    + "Cancer (NSCLC) with metastatic disease 2L and beyond will receive OncoChoice-informed "
                    + "chemotherapy following National Cancer Care Network (NCCN) treatment guidelines on dosage and "
                    + "scheduling for NSCLC FDA approved drugs.",
            List.of("NSCLC"), List.of(),
            List.of("Docetaxel", "Paclitaxel", "Gemcitabine", "Pemetrexed", "Vinorelbine"),
            List.of(),
            "Inclusion Criteria:\n\n* Age \u2265 18 years of age at time of consent\n* ECOG performance "
                    + "status score of \u22642\n* Advanced non-small cell lung cancer to meet histologically "
                    + "confirmed Stage IV NSCLC documented by biopsy.\n* Patient has received at least 1 prior line "
                    + "of systemic therapy for Stage IV NSCLC (including but not limited to targeted therapy and are "
                    + "now only considering SOC chemotherapy for 2L and beyond).\n* Demonstrates adequate organ "
                    + "function; labs must be within treatment parameters for the \u2026",
            "RECRUITING", List.of("NA"), "INTERVENTIONAL", List.of("United States"),
            6574, null, "ALL", 1, "2025-11-06");

    // ctgov-v2-json/vrinda2019-NSCLCBench/ctg-studies.json
    public static final StudyDocument NCT04318938 = new StudyDocument(2L, "NCT04318938", List.of("NCT04318938"),
            "Advancing Brigatinib Properties in ALK+ NSCLC Patients by Deep Phenotyping",
            "Advancing Brigatinib Properties in Anaplastic Lymphoma Kinase Positive Non-small Cell Lung "
                    + "Cancer (ALK+ NSCLC) Patients",
            null,
            "This is a prospective, randomized, open-label, multicenter phase II study investigating the "
                    + "advancing Brigatinib properties in anaplastic lymphoma kinase positive non-small cell lung "
                    + "cancer (ALK+ NSCLC) patients by deep phenotyping",
            List.of("NSCLC"), List.of(),
            List.of("Brigatinib", "Tyrosine kinase inhibitor"),
            List.of("ALK+ NSCLC", "Resistance patterns", "Molecular properties"),
            "Inclusion Criteria:\n\n1. Fully informed written consent and any locally-required "
                    + "authorization (EU Data Privacy Directive) given by the patient\n2. Male or female \u2265 18 "
                    + "years of age NOTE: There are no data that indicate special gender distribution. Therefore, "
                    + "patients will be enrolled in the study gender-independently.\n3. Histologically confirmed "
                    + "locally advanced (stage III) and not suitable for curative treatment, i.e. R0 operation or "
                    + "definitive chemo-/radiation, or metastatic (stage IV) ALK+ \u2026",
            "ACTIVE_NOT_RECRUITING", List.of("PHASE2"), "INTERVENTIONAL", List.of("Germany"),
            6574, null, "ALL", 26, "2025-12-05");

    // ctgov-v2-json/vrinda2019-NSCLCBench/ctg-studies.json
    public static final StudyDocument NCT06050278 = new StudyDocument(3L, "NCT06050278", List.of("NCT06050278"),
            "Prospective Evaluation of Single Cell Mutations in a Panel of Known Oncogenes in NSCLC "
                    + "Surgical Specimens",
            "Prospective Evaluation of Single Cell Mutations in a Panel of Known Oncogenes in NSCLC "
                    + "Surgical Specimens (TAP-NSCLC)",
            "TAP-NSCLC",
            "The goal of this observational study is to evaluate the feasibility of a single cell mutation "
                    + "research method in a panel of known oncogenes, using the Tapestri method. Tissue samples will "
                    + "be obtained after surgical treatment in patients with I-II-III stage NSCLC.",
            List.of("NSCLC"), List.of(),
            List.of("Tapestry technology"),
            List.of(),
            "Inclusion Criteria:\n\n* age over 18 years old.\n* histological diagnosis of NSCLC technically "
                    + "operable following multidisciplinary discussion\n* informed consent freely granted and "
                    + "obtained before the start of the study\n\nExclusion Criteria:\n\n* age under 18 years old\n* "
                    + "unconfirmed NSCLC histological diagnosis\n* medical treatment with neoadjuvant purposes\n* "
                    + "absence of informed consent",
            "RECRUITING", List.of(), "OBSERVATIONAL", List.of("Italy"),
            6574, null, "ALL", 1, "2023-12-11");

    // ctgov-v2-json/vrinda2019-NSCLCBench/ctg-studies.json
    public static final StudyDocument NCT06029816 = new StudyDocument(4L, "NCT06029816", List.of("NCT06029816",
            "Chinadrugtrials"),
            "Neratinib Tablets in the Treatment of Advanced NSCLC With Rare EGFR Mutations",
            "A Single-arm, Open-label, Multicenter Phase II Clinical Study of Neratinib Tablets in the "
                    + "Treatment of Advanced NSCLC With Rare EGFR Mutations",
            "CVL009-2001",
            "Single-arm, open-label, multicenter phase II clinical study",
            List.of("NSCLC"), List.of(),
            List.of("Neratinib tablets"),
            List.of("NSCLC", "EGFR", "Neratinib tablets"),
            "Inclusion Criteria:\n\n1. Age \u2265 18 years;\n2. Histologically or cytologically confirmed "
                    + "non-small cell lung cancer, stage IIIB or IV according to IASLC 2009;\n3. Tissue or blood "
                    + "samples are confirmed by the central laboratory or research center as rare EGFR mutations, "
                    + "including exon 18 G719X, E709X, etc., S768I in exon 20 and at least one of the L861Q mutations "
                    + "in exon 21;\n4. Ineffective or intolerant to standard treatment regimens, and disease "
                    + "progression after treatment;\n5. The number of previous \u2026",
            "NOT_YET_RECRUITING", List.of("PHASE2"), "INTERVENTIONAL", List.of("China"),
            6574, null, "ALL", 1, "2023-09-08");

    // ctgov-v2-json/vrinda2019-NSCLCBench/ctg-studies.json
    public static final StudyDocument NCT02369484 = new StudyDocument(5L, "NCT02369484", List.of("NCT02369484",
            "2014-005098-35", "1200.230", "SNCTP000001674"),
            "Afatinib in NSCLC With HER2 Mutation",
            "Afatinib in Pretreated Patients With Advanced NSCLC Harbouring HER2 Exon 20 Mutations",
            "NICHE",
            "The purpose of this study is to investigate the control of disease in pretreated patients with "
                    + "advanced non small cell lung cancer (NSCLC) harbouring HER2 exon 20 mutations as well as the "
                    + "safety and tolerability (how severe the side effects are) of the treatment with afatinib.",
            List.of("NSCLC"), List.of(),
            List.of("Afatinib"),
            List.of("Stage IIIb/ IV NSCLC harbouring HER2 exon 20 mutations"),
            "Inclusion Criteria:\n\n* Histologically or cytologically confirmed non small cell lung "
                    + "cancer\n* Stage IIIB (non amenable to curative-intent multimodal treatment) or IV NSCLC, "
                    + "according to 7th TNM classification.\n* Contrast-enhanced CT of thorax and upper abdomen "
                    + "(incl. liver, kidney, adrenals);\n* brain MRI or CT within 28 days before the date of "
                    + "enrolment.\n* Non-predominant squamous subtype (\\<50% squamous cells).\n* Previous treatment "
                    + "with a platinum based chemotherapy for advanced disease; or \u2026",
            "COMPLETED", List.of("PHASE2"), "INTERVENTIONAL",
            List.of("Germany", "Netherlands", "Spain", "Switzerland"),
            6574, null, "ALL", 5, "2022-08-24");

    // ctgov-v2-json/vrinda2019-NSCLCBench/ctg-studies.json
    public static final StudyDocument NCT05701787 = new StudyDocument(6L, "NCT05701787", List.of("NCT05701787"),
            "Molecular Landscape Analysis and Clinical Implications for NSCLC Patients With Rare Mutations",
            "Molecular Landscape Analysis and Clinical and Therapeutic Implications for NSCLC Patients With "
                    + "Rare Mutations",
            null,
            "Lung cancer is the most common primary cancer of the lung and is responsible for the ever "
                    + "increasing number of cancer-related deaths worldwide. Especially in China, the burden of lung "
                    + "cancer has been rising rapidly due to its large and growing population. Histologically, "
                    + "approximately 85% of lung cancers are non-small-cell lung cancer (NSCLC).\n\nMolecular "
                    + "targeted therapy has been shown to \u2026",
            List.of("NSCLC", "NSCLC Stage IV", "NSCLC, Recurrent"), List.of("Carcinoma, Non-Small-Cell Lung",
                    "Recurrence"),
            List.of(),
            List.of("NSCLC", "rare mutations", "molecular landscape", "next-generation sequencing (NGS)",
                    "targeted therapy", "immunotherapy", "chemotherapy"),
            "Inclusion Criteria:\n\n* Histologically proven diagnosis of NSCLC with rare mutations "
                    + "including EGFR rare mutations, ALK fusion, ROS1 fusion, BRAF V600E, cMET exon 14 skipping, "
                    + "KRAS G12C, RET fusion, NTRK fusion, etc.\n* 18 years of age or older\n* Ability to understand "
                    + "and the willingness to sign a written informed consent document\n\nExclusion Criteria:\n\n* "
                    + "None",
            "RECRUITING", List.of(), "OBSERVATIONAL", List.of("China"),
            6574, null, "ALL", 2, "2025-05-22");

    // ctgov-v2-json/vrinda2019-NSCLCBench/ctg-studies.json
    public static final StudyDocument NCT02856893 = new StudyDocument(7L, "NCT02856893", List.of("NCT02856893",
            "ESR-15-11406"),
            "Osimertinib Treatment on EGFR T790M Plasma Positive NSCLC Patients (APPLE)",
            "APPLE Trial: Feasibility and Activity of AZD9291 (Osimertinib) Treatment on Positive PLasma "
                    + "T790M in EGFR Mutant NSCLC Patients",
            "APPLE",
            "The phase II APPLE trial gives the opportunity to prospectively validate liquid biopsies as a "
                    + "new standard for testing tumor progression compared with conventional radiological procedure "
                    + "in EGFR mutant advanced NSCLC patients. Moreover based on the sequential T790M test during "
                    + "treatment the investigators will assess the predictive value of liquid biopsies. APPLE trial "
                    + "will examine the best \u2026",
            List.of("NSCLC"), List.of(),
            List.of("Osimertinib", "Gefitinib"),
            List.of("AZD9291", "Osimertinib", "Gefitinib", "NSCLC", "liquid biopsy", "ctDNA"),
            "Inclusion:\n\nRegistration:\n\n* Pathological diagnosis of adenocarcinoma of the lung carrying "
                    + "common EGFR activating mutations associated with EGFR-TKI sensitivity (Del19 or L858R); "
                    + "performed locally; no other EGFR mutations will be allowed. In case of other (than EGFR) "
                    + "concomitant mutations, discussion with EORTC Headquarters is mandatory;\n* Stage IV NSCLC;\n* "
                    + "Blood sample available for cfDNA EGFR T790M central testing;\n* Age \u226518 years;\n* EGFR "
                    + "TKI treatment-na\u00efve eligible to receive first-line \u2026\n* Patients will not be "
                    + "eligible if they have evidence of active malignancy (other than non-melanoma skin cancer or "
                    + "localized cervical cancer or localised and presumed cured prostatic cancer) within 2 years "
                    + "before randomization and are not receiving specific treatment for these malignancies at "
                    + "baseline assessment;",
            "ACTIVE_NOT_RECRUITING", List.of("PHASE2"), "INTERVENTIONAL",
            List.of("Belgium", "France", "Jordan", "Poland", "Slovenia", "Spain"),
            6574, null, "ALL", 23, "2025-10-31");

    // ctgov-v2-json/vrinda2019-NSCLCBench/ctg-studies.json
    public static final StudyDocument NCT05693090 = new StudyDocument(8L, "NCT05693090", List.of("NCT05693090"),
            "Tipifarnib and Osimertinib in EGFR-mutated Non-Small Cell Lung Cancer",
            "Phase 1 Study of Tipifarnib and Osimertinib in EGFR-mutated Non-Small Cell Lung Cancer",
            null,
            "This is a Phase 1a/b, multicenter, open-label, dose escalation (1a) and dose expansion (1b) "
                    + "study. The purpose of this study is to measure safety, tolerability, and preliminary efficacy "
                    + "with the combination of tipifarnib with osimertinib in patients with advanced/metastatic "
                    + "EGFR-mutated non-small cell lung cancer.",
            List.of("NSCLC"), List.of(),
            List.of("Tipifarnib", "Osimertinib"),
            List.of("EGFR", "Tipifarnib", "Osimertinib", "NSCLC locally advanced", "NSCLC metastatic"),
            "Inclusion Criteria:\n\n* Age \u2265 18 years at the time of signing informed consent.\n* "
                    + "Histologically or cytologically confirmed stage IIIB (locally-advanced) or IV (metastatic) "
                    + "adenocarcinoma of the lung.\n* The tumor harbors an Ex19del or Ex21-L858R substitution (based "
                    + "on tumor tissue or plasma \\[ctDNA\\] assessment).\n* Treatment-na\u00efve for locally "
                    + "advanced/metastatic EGFR-mutated NSCLC and osimertinib treatment-na\u00efve for NSCLC.\n* ECOG "
                    + "performance score of 0 or 1 with no clinically significant \u2026\n5. Concurrent and/or other "
                    + "active malignancy that has required systemic treatment within 2 years of first dose of study "
                    + "drug (excluding non-melanoma skin cancer, adjuvant hormonal therapy for breast cancer and "
                    + "hormonal treatment for castration-sensitive prostate cancer)",
            "WITHDRAWN", List.of("PHASE1"), "INTERVENTIONAL", List.of("United States"),
            6574, null, "ALL", 2, "2023-03-06");

    // ctgov-v2-json/vrinda2019-NSCLCBench/ctg-studies.json
    public static final StudyDocument NCT04044170 = new StudyDocument(9L, "NCT04044170", List.of("NCT04044170"),
            "Poziotinib in Patients With NSCLC Having EGFR or HER2 Exon 20 Insertion Mutation",
            "A Phase 2 Study of Poziotinib in Patients With Locally Advanced or Metastatic Non-Small Cell "
                    + "Lung Cancer (NSCLC) With EGFR or HER2 Exon 20 Mutation in China and Korea",
            null,
            "This is a Phase 2, open-label, multicenter study to evaluate the efficacy and the "
                    + "safety/tolerability of poziotinib in two patient cohorts for up to 114 previously treated "
                    + "NSCLC patients with any systemic therapy (57 patients with EGFR exon 20 insertion mutations "
                    + "and 57 patients with HER2 exon 20 insertion mutations).",
            List.of("NSCLC"), List.of(),
            List.of("Poziotinib"),
            List.of(),
            "Inclusion Criteria:\n\n1. Patient is at least 18 years of age (or country's legal age of "
                    + "majority if the legal age was \\> 18 years) at the time of obtaining informed consent.\n2. "
                    + "Patient must be willing and capable of giving written Informed Consent, adhering to dosing and "
                    + "visit schedules, and meeting all study requirements\n3. Patient has histologically confirmed "
                    + "locally advanced or metastatic non-small cell lung cancer (NSCLC) that is not amenable to "
                    + "treatment with curative intent\n4. Patient has \u2026\n6. Patient has had other malignancies "
                    + "within the past 3 years, except for stable non-melanoma skin cancer, fully treated and stable "
                    + "early stage prostate cancer or carcinoma in situ of the cervix or breast without need of "
                    + "treatment",
            "TERMINATED", List.of("PHASE2"), "INTERVENTIONAL", List.of("China", "South Korea"),
            6574, null, "ALL", 26, "2020-11-17");

    // ctgov-v2-json/vrinda2019-NSCLCBench/ctg-studies.json
    public static final StudyDocument NCT00831909 = new StudyDocument(10L, "NCT00831909", List.of("NCT00831909"),
            "Epidemiological Study to Describe NSCLC Clinical Management Patterns in Europe. Lung-EPICLIN",
            "Epidemiological Study to Describe Non-small Cell Lung Cancer (NSCLC) Clinical Management "
                    + "Patterns in Europe. Lung",
            "EPICLIN",
            "To provide accurate and reliable information regarding NSCLC clinical management across "
                    + "European countries in order to detect unmet medical needs of this disease in terms of: patient "
                    + "and hospital characteristics; diagnostic and treatment approaches: initial and subsequent, "
                    + "follow-up patterns in clinical management; outcomes: symptoms, death, functionality, quality "
                    + "of life; use of resources and \u2026",
            List.of("NSCLC"), List.of("Lung Neoplasms"),
            List.of(),
            List.of("Lung Cancer", "NSCLC management", "NSCLC use of health care resources"),
            "Inclusion Criteria:\n\n* Confirmed NSCLC diagnosis (e.g. bronchoscope or FNAB), all stages, "
                    + "men and women, attending the responsible department of treating this type of patients for the "
                    + "first time between January 1st, 2009 and March 31st, 2009.\n* For PRO sub-sample: ability to "
                    + "read and write since they will be asked to participate in the PRO part of the study. Selection "
                    + "will not be based on the disease stage of each patient, in order to avoid a selection "
                    + "bias.\n\nExclusion Criteria:\n\n* According to \u2026",
            "COMPLETED", List.of(), "OBSERVATIONAL",
            List.of("Belgium", "France", "Germany", "Greece", "Italy", "Portugal", "Spain", "Turkey (T\u00fcrkiye)"),
            6574, null, "ALL", 162, "2010-08-10");

    // ctgov-v2-json/vrinda2019-NSCLCBench/ctg-studies.json
    public static final StudyDocument NCT02179567 = new StudyDocument(11L, "NCT02179567", List.of("NCT02179567"),
            "Docetaxel Plus Bevacizumab for Elderly Patients With Stage IV NSCLC",
            "First Line Treatment of Elderly Patients With Advanced or Metastatic NSCLC With Docetaxel and "
                    + "Bevacizumab",
            null,
            "The investigators propose to study the efficacy and safety of the combination of Docetaxel "
                    + "plus Bevacizumab in a Phase II trial of elderly subjects with non-small cell lung cancer",
            List.of("NSCLC"), List.of("Carcinoma, Non-Small-Cell Lung"),
            List.of("Docetaxel", "Bevacizumab"),
            List.of("Metastatic NSCLC", "Elderly", "1st Line", "Bevacizumab-based treatment"),
            "Inclusion Criteria:\n\n* Age \u226570 years old\n* Cytologically or histologically documented "
                    + "NSCLC\n* Measurable disease according to Response Evaluation Criteria in Solid Tumors (at "
                    + "least one measurable lesion)\n* World Health Organisation (WHO) performance status 0-2\n* "
                    + "Non-frail patients according to Comprehensive Geriatric Assessment\n* No prior chemotherapy\n* "
                    + "Life expectancy of at least 12 weeks\n* Serum bilirubin less than 1.5 times the upper normal "
                    + "limit\n* Aspartate Aminotransferase and Alanine \u2026",
            "TERMINATED", List.of("PHASE2"), "INTERVENTIONAL", List.of("Greece"),
            25567, null, "ALL", 5, "2015-09-28");

    // ctgov-v2-json/vrinda2019-NSCLCBench/ctg-studies.json
    public static final StudyDocument NCT06094296 = new StudyDocument(12L, "NCT06094296", List.of("NCT06094296",
            "2022-503007-22", "U1111-1282-5699"),
            "A Study of BMS-986315 and Nivolumab in Combination With Chemotherapy in Participants With "
                    + "First-line Stage IV or Recurrent Non-small Cell Lung Cancer (NSCLC)",
            "A Randomized, Double-blind, Phase 2 Study of BMS-986315 and Nivolumab in Combination With "
                    + "Chemotherapy Versus Nivolumab in Combination With Chemotherapy as First-line Treatment for "
                    + "Participants With Stage IV or Recurrent Non-small Cell Lung Cancer (NSCLC)",
            null,
            "The purpose of this study is to evaluate the efficacy and safety of BMS-986315 plus nivolumab "
                    + "in combination with platinum-based doublet chemotherapy (PDCT) versus nivolumab in combination "
                    + "with PDCT in the first-line treatment of Stage IV or recurrent non-small cell lung cancer "
                    + "(NSCLC).",
            List.of("NSCLC"), List.of("Lung Neoplasms"),
            List.of("BMS-986315", "Nivolumab", "Pemetrexed", "Cisplatin", "Carboplatin", "Paclitaxel"),
            List.of("Pharmacokinetics", "BMS-986315", "Nivolumab", "Platinum doublet chemotherapy", "NSCLC",
                    "Lung cancer"),
            "Inclusion Criteria:\n\n* Participants must have NSCLC with Stage IV or recurrent disease "
                    + "following multimodal therapy for locally advanced disease.\n* Study treatment must be "
                    + "first-line therapy for Stage IV or recurrent disease.\n* Participants in all parts of the "
                    + "study must have:\n* measurable disease per Response Evaluation Criteria in Solid Tumors "
                    + "version 1.1. (RECIST v1.1)\n* an Eastern Cooperative Oncology Group (ECOG) Performance Status "
                    + "of 0 or 1\n* a life expectancy of at least 3 months at the \u2026",
            "TERMINATED", List.of("PHASE2"), "INTERVENTIONAL", List.of("Australia", "United States"),
            6574, null, "ALL", 8, "2025-04-16");

    // ctgov-v2-json/vrinda2019-NSCLCBench/ctg-studies.json
    public static final StudyDocument NCT04646330 = new StudyDocument(13L, "NCT04646330", List.of("NCT04646330"),
            "A Trial of AK104 Plus Anlotinib in NSCLC",
            "A Phase Ib/II Trial of AK104 Plus Anlotinib in Patients With NSCLC",
            null,
            "This trial is a single arm, two cohorts, phase Ib/II study. All patients are stage IIIB/C or "
                    + "IV NSCLC, Eastern Cooperative Oncology Group (ECOG) performance status 0-1. Cohort 1 includes "
                    + "treatment na\u00efve patients with advanced NSCLC. Cohort 2 includes patients with metastatic "
                    + "or recurrent NSCLC after progression on treatment with PD-1/PD-L1. The primary end point are "
                    + "objective response rate per \u2026",
            List.of("NSCLC"), List.of(),
            List.of("AK104+anlotinib", "AK104+anlotinib", "AK104+anlotinib"),
            List.of(),
            "Inclusion Criteria:\n\n* 18 to 75 years old (at the time consent is obtained).\n* Be able and "
                    + "willing to provide written informed consent and to comply with all requirements of study "
                    + "participation (including all study procedures).\n* Have histologically- or "
                    + "cytologically-confirmed diagnosis of StageIIIB/C or IV NSCLC.\n* Be able to provide formalin "
                    + "fixed, paraffin-embedded (FFPE) tumor tissue obtained from either a core or excisional tumor "
                    + "biopsy.\n* Have a life expectancy of at least 3 months.\n* \u2026",
            "COMPLETED", List.of("PHASE1", "PHASE2"), "INTERVENTIONAL", List.of("China"),
            6574, 27394, "ALL", 1, "2025-08-19");

    // ctgov-v2-json/vrinda2019-NSCLCBench/ctg-studies.json
    public static final StudyDocument NCT04405661 = new StudyDocument(14L, "NCT04405661", List.of("NCT04405661"),
            "Correlation Between Specific Gene Mutationand Local Immune Microenvironment and Immunotherapy "
                    + "Efficacy in NSCLC",
            "Correlation Between Specific Gene Mutationand Local Immune Microenvironment and Immunotherapy "
                    + "Efficacy in NSCLC",
            null,
            "Immunotherapy for PD-L1 positive patients is still ineffective in some patients\uff0cwhich may "
                    + "be related to the complex immune microenvironment.In view of this bottleneck, further "
                    + "refinement of immunotyping and in-depth study of drug resistance mechanism are the most "
                    + "important tasks. In this observational study, we evaluated the difference of gene mutation and "
                    + "immune microenvironment and therapeutic \u2026",
            List.of("NSCLC"), List.of(),
            List.of(),
            List.of("PD-L1", "NSCLC", "Biomarker", "mIHC", "immune microenvironment", "mutation", "sequencing"),
            "Inclusion Criteria:\n\n* Non small cell lung cancer was diagnosed by cytology or "
                    + "histopathology;\n* Patients to be treated with PD-1 / PD-L1 inhibitors;\n* Who signed the "
                    + "informed consent for participating in the research plan\n\nExclusion Criteria:\n\n* History of "
                    + "other malignancies\n* Cancer meningitis in subjects\n* Incomplete clinical follow-up data\n* "
                    + "Failure to sign informed consent to participate in the research program",
            "UNKNOWN", List.of(), "OBSERVATIONAL", List.of("China"),
            6574, 25567, "ALL", 1, "2020-05-28");

    // ctgov-v2-json/vrinda2019-NSCLCBench/ctg-studies.json
    public static final StudyDocument NCT03609918 = new StudyDocument(15L, "NCT03609918", List.of("NCT03609918"),
            "Comprehensive Analysis of Gene Mutation Profile in Chinese NSCLC Patients by Next-generation Sequencing",
            "Tianjin Medical University Cancer Institute and Hospital",
            null,
            "In recent years, the development of lung cancer has been improved from pathological level to "
                    + "the molecular level. Research showed that there are many gene mutations in non-small cell lung "
                    + "cancer (NSCLC), and some activating mutations have become the hotspots in target therapy area. "
                    + "With the development of targeted drug research, the molecular classification of NSCLC will be "
                    + "more and more \u2026",
            List.of("NSCLC"), List.of(),
            List.of(),
            List.of("Chinese NSCLC", "next-generation sequencing"),
            "Inclusion Criteria:\n\n* Patients enrolled from 2009 to 2012. Histological confirmed "
                    + "NSCLC.\n\nExclusion Criteria:\n\n* Received any systemic or local treatment before surgery. "
                    + "Along with other malignant tumors. Lack up intact follow-up information.",
            "COMPLETED", List.of(), "OBSERVATIONAL", List.of(),
            null, null, "ALL", 0, "2018-08-07");

    // ctgov-v2-json/genomoncology-biomcp-api-responses (a fields= projection: no eligibility, countries, sites or
    // last update, so those are absent here too)
    public static final StudyDocument NCT04114136 = new StudyDocument(16L, "NCT04114136", List.of("NCT04114136"),
            "Anti-PD-1 mAb Plus Metabolic Modulator in Solid Tumor Malignancies",
            null,
            null,
            "Patients with histologically or cytologically confirmed advanced melanoma, renal cell "
                    + "carcinoma, NSCLC, HCC (Child Pugh Class A only), MSI-High solid tumors, Urothelial Cancer, GE "
                    + "junction/Gastric Adenocarcinoma, or HNSCC for which current standard of care treatment for "
                    + "their stage of disease would be with Pembrolizumab or Nivolumab monotherapy, who meet "
                    + "eligibility criteria will undergo a biopsy \u2026",
            List.of("Melanoma", "NSCLC", "Hepatocellular Carcinoma", "Urothelial Cancer", "Gastric Adenocarcinoma",
                    "HNSCC", "Esophageal Adenocarcinoma", "Microsatellite Instability-High Solid Malignant Tumor"),
            List.of(),
            List.of("Nivolumab or Pembrolizumab (dependent upon approved indication)", "Metformin", "Rosiglitazone"),
            List.of(),
            null,
            "RECRUITING", List.of("PHASE2"), "INTERVENTIONAL", List.of(),
            6574, null, null, 0, null);

    // ctgov-v2-json/genomoncology-biomcp-api-responses (a fields= projection: no eligibility, countries, sites or
    // last update, so those are absent here too)
    public static final StudyDocument NCT04318717 = new StudyDocument(17L, "NCT04318717", List.of("NCT04318717"),
            "Pembrolizumab and Hypofractionated Radiation Therapy for the Treatment of Mucosal Melanoma",
            null,
            null,
            "This is an open-label, single center, one cohort, non-randomized, phase II study. The aim is "
                    + "to evaluate the efficacy and safety of the combination of hypofractionated radiotherapy (HRT) "
                    + "and pembrolizumab on local tumor control in mucosal melanoma patients. Treatment effect will "
                    + "be compared with historical radiation therapy-alone control data.",
            List.of("Mucosal Melanoma of the Head and Neck"), List.of(),
            List.of("Pembrolizumab", "Hypofractionated radiation therapy"),
            List.of(),
            null,
            "RECRUITING", List.of("PHASE2"), "INTERVENTIONAL", List.of(),
            5844, null, null, 0, null);

    // ctgov-v2-json/genomoncology-biomcp-api-responses (a fields= projection: no eligibility, countries, sites or
    // last update, so those are absent here too)
    public static final StudyDocument NCT06970236 = new StudyDocument(18L, "NCT06970236", List.of("NCT06970236"),
            "Resistance Exercise in Patients With Ocular Melanoma",
            null,
            null,
            "Choroidal melanoma (CM) is one of the most common intraocular cancers worldwide. During "
                    + "treatment with episcleral brachytherapy, patients require a week of hospitalization in "
                    + "isolation. The primary aim of this study will be to investigate the effects of resistance "
                    + "training during hospitalization on health-related blood biomarkers in CM patients. Our "
                    + "secondary aim will be to assess changes in \u2026",
            List.of("Ocular Melanoma"), List.of(),
            List.of("Exercise"),
            List.of(),
            null,
            "RECRUITING", List.of("NA"), "INTERVENTIONAL", List.of(),
            6574, null, null, 0, null);

    // ctgov-xml/reesewang25-enrollment_and_studylength-subset/NCT00496392.xml (legacy XML; status "Completed",
    // phase "Phase 3", study type "Interventional" written as the neutral codes; EudraCT number as secondary id)
    public static final StudyDocument NCT00496392 = new StudyDocument(19L, "NCT00496392",
            List.of("NCT00496392", "2006-002087-26"),
            "Comparison of Nasal Fentanyl and Oral Transmucosal Fentanyl (Actiq) in Cancer Breakthrough "
                    + "Pain (FT-019-IM)",
            "An Open Label, Comparative, Randomised, Balanced Crossover Trial Comparing Nasal Fentanyl and Oral "
                    + "Transmucosal Fentanyl (Actiq\u00ae) in Breakthrough Pain in Patients With Cancer",
            null,
            "Primary: To compare the efficacy of nasal fentanyl (NF) to oral transmucosal fentanyl (Actiq\u00ae) "
                    + "(hereafter Actiq) in the management of breakthrough pain in cancer patients. \u2026",
            List.of("Pain"), List.of("Breakthrough Pain"),
            List.of("Nasal fentanyl"),
            List.of("breakthrough pain in patients with cancer"),
            "Inclusion Criteria:\n\n- Adult in- or out patient with cancer and breakthrough pain; using a "
                    + "stable, chronic "
                    + "opioid treatment for background pain.\n- Minimum three BTP episodes per week and "
                    + "maximum four per day. Life expectancy of at least three months. \u2026",
            "COMPLETED", List.of("PHASE3"), "INTERVENTIONAL", List.of("Denmark"),
            6574, null, "ALL", 1, "2012-05-07");

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

