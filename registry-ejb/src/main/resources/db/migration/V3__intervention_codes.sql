-- the MeSH terms ClinicalTrials.gov derives for a study's interventions (interventionBrowseModule, legacy
-- <intervention_browse>), as a JSON array like condition_codes_json; an intervention's other names (brand and code
-- names) live inside interventions_json and need no column
alter table study add column intervention_codes_json text;
