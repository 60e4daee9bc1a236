-- Issue 9: texts per language (DRKS has German and English), the registry's own status value, recruitment countries
-- as ISO codes (DRKS and ICTRP name countries without sites), and per entry what looked wrong in its record.
alter table study add column texts_json text;
alter table study add column source_status varchar(200);
alter table study add column countries_json text;
alter table registry_entry add column warnings_json text;
-- a problem kept with an import job is an ERROR (record or file not imported) or a WARNING (imported, but something
-- in it looked wrong, e.g. mis-encoded umlauts or a DRKS schema violation)
alter table import_job_problem add column severity varchar(10) default 'ERROR' not null;
alter table import_job add column warnings bigint default 0 not null;
-- a study that several registries describe shows which entry each part of its view came from
alter table study add column field_sources_json text;
-- an unchanged record is recognised by its content hash before it is parsed (re-imports)
create index ix_source_document_hash on source_document (content_hash);
