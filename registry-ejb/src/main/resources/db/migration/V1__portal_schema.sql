-- The portal's schema, owned by Flyway (run at start-up by SchemaMigrator). One script for H2 and PostgreSQL:
-- text, bytea and "timestamp" mean the same in both. Sequences step by 500 to match the entities'
-- allocationSize (EclipseLink's first id is nextval - 499, so they start at 500): one sequence call per 500 rows.

create table registry_meta (
    meta_key   varchar(100) primary key,
    meta_value varchar(1000) not null
);

create sequence study_seq start with 500 increment by 500;
create table study (
    id                      bigint primary key,
    version                 bigint not null,
    primary_scheme          varchar(16),
    primary_registry_id     varchar(200),
    brief_title             varchar(4000),
    official_title          varchar(4000),
    acronym                 varchar(500),
    brief_summary           text,
    detailed_description    text,
    conditions_json         text,
    condition_codes_json    text,
    keywords_json           text,
    interventions_json      text,
    study_type              varchar(30),
    phases_json             text,
    overall_status          varchar(40),
    start_date              varchar(20),
    primary_completion_date varchar(20),
    completion_date         varchar(20),
    first_posted            varchar(20),
    last_update             varchar(20),
    enrollment              integer,
    enrollment_type         varchar(20),
    lead_sponsor            varchar(1000),
    collaborators_json      text,
    criteria                text,
    minimum_age_text        varchar(50),
    minimum_age_days        integer,
    maximum_age_text        varchar(50),
    maximum_age_days        integer,
    sex                     varchar(10),
    healthy_volunteers      boolean,
    central_contacts_json   text,
    outcomes_json           text,
    has_results             boolean not null,
    created_at              timestamp not null,
    updated_at              timestamp not null
);
create index ix_study_overall_status on study (overall_status);

create sequence registry_entry_seq start with 500 increment by 500;
create table registry_entry (
    id            bigint primary key,
    study_id      bigint not null references study (id),
    scheme        varchar(16) not null,
    registry_id   varchar(200) not null,
    source_format varchar(20) not null,
    version_date  varchar(20),
    content_hash  varchar(64) not null,
    updated_at    timestamp not null,
    constraint uq_registry_entry unique (scheme, registry_id)
);
create index ix_registry_entry_study on registry_entry (study_id);
create index ix_registry_entry_id on registry_entry (registry_id);

create sequence registry_link_seq start with 500 increment by 500;
create table registry_link (
    id       bigint primary key,
    entry_id bigint not null references registry_entry (id),
    position integer,
    scheme   varchar(16) not null,
    id_value varchar(200) not null,
    issuer   varchar(500)
);
create index ix_registry_link_entry on registry_link (entry_id);
create index ix_registry_link_value on registry_link (id_value);

create sequence source_document_seq start with 500 increment by 500;
create table source_document (
    id            bigint primary key,
    entry_id      bigint not null references registry_entry (id),
    source_format varchar(20) not null,
    version_date  varchar(20),
    content_hash  varchar(64) not null,
    content_gzip  bytea not null,
    imported_from varchar(1000),
    imported_at   timestamp not null,
    constraint uq_source_document_version unique (entry_id, content_hash)
);

create sequence site_seq start with 500 increment by 500;
create table site (
    id            bigint primary key,
    study_id      bigint not null references study (id),
    position      integer,
    facility      varchar(1000),
    city          varchar(500),
    state         varchar(500),
    postal_code   varchar(50),
    country       varchar(200),
    site_status   varchar(50),
    latitude      double precision,
    longitude     double precision,
    contacts_json text
);
create index ix_site_study on site (study_id);

-- the outbox: rows are written with each study change and removed once the index holding them is committed
create sequence study_change_seq start with 500 increment by 500;
create table study_change (
    id         bigint primary key,
    study_id   bigint not null,
    changed_at timestamp not null
);

create sequence import_job_seq start with 1 increment by 1;
create table import_job (
    id                bigint primary key,
    kind              varchar(20) not null,
    source            varchar(1000) not null,
    input_path        varchar(2000),
    state             varchar(20) not null,
    started_by        varchar(200),
    created_at        timestamp not null,
    started_at        timestamp,
    finished_at       timestamp,
    records_read      bigint not null,
    records_created   bigint not null,
    records_updated   bigint not null,
    records_unchanged bigint not null,
    records_older     bigint not null,
    records_failed    bigint not null,
    bytes_read        bigint not null,
    bytes_total       bigint not null,
    message           varchar(2000)
);

create sequence import_job_problem_seq start with 500 increment by 500;
create table import_job_problem (
    id          bigint primary key,
    job_id      bigint not null references import_job (id),
    sequence_no bigint not null,
    source      varchar(1000),
    position    varchar(200),
    record_id   varchar(200),
    reason      varchar(2000)
);
create index ix_import_job_problem_job on import_job_problem (job_id, sequence_no);

-- accounts for Jakarta Security's database identity store (PBKDF2 hashes, see PasswordHashing)
create table app_user (
    username      varchar(100) primary key,
    password_hash varchar(500) not null,
    active        boolean not null,
    created_at    timestamp not null
);
create table app_user_role (
    username varchar(100) not null references app_user (username),
    role     varchar(50) not null,
    primary key (username, role)
);
