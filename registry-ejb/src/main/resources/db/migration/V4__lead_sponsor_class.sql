-- Issue 11: ClinicalTrials.gov's class of the lead sponsor (leadSponsor.class, legacy <agency_class>), for the search's
-- sponsor type facet. Studies stored before stay null until their record changes; the index then reads the type
-- from the sponsor's name (LeadSponsorType).
alter table study add column lead_sponsor_class varchar(20);
