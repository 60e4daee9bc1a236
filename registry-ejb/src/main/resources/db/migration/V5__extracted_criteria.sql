-- Issue 12: the eligibility criteria read out of each study's record (TrialCriteria.encode(): one criterion per line,
-- with the sentence it came from) and the version of the extractor that read them. The database is the truth; the
-- index derives from it and reads the texts again when the stored version is older than the extractor. Studies
-- stored before stay null until their record changes (the index extracts for them meanwhile).
alter table study add column extracted_criteria text;
alter table study add column criteria_version integer;
