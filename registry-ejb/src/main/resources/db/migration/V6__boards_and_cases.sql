-- Issue 12, BOARD: organisations (a tumour or inflammation board; a referring practice), the account's organisation,
-- the board's cases with shortlist and decision, and the case audit. Ids of cases, shortlist entries and audit events
-- are random UUIDs made by the application: a case's address cannot be guessed from another's. One script for H2 and
-- PostgreSQL (varchar, text, timestamp and boolean mean the same in both).

create table organisation (
    name       varchar(200) primary key,
    kind       varchar(20) not null,
    created_at timestamp not null
);
alter table app_user add column organisation varchar(200) references organisation (name);

-- profile_json is the pseudonymised PatientProfile (no name, no birth date); it leaves with the case at retain_until.
create table board_case (
    id                     varchar(36) primary key,
    version                bigint not null,
    pseudonym              varchar(100) not null,
    board                  varchar(200) not null references organisation (name),
    state                  varchar(20) not null,
    profile_json           text not null,
    created_by             varchar(100) not null,
    referred_by            varchar(100),
    referring_organisation varchar(200),
    created_at             timestamp not null,
    updated_at             timestamp not null,
    retain_until           timestamp not null
);
create index ix_board_case_board on board_case (board, state);
create index ix_board_case_referrer on board_case (referred_by);
create index ix_board_case_retain on board_case (retain_until);

-- assessment_json keeps the study's assessment as the board saw it when shortlisting (verdict, tier, criterion table):
-- the report shows what the board decided on, not a later re-match.
create table shortlist_entry (
    id              varchar(36) primary key,
    case_id         varchar(36) not null references board_case (id),
    registry_id     varchar(200) not null,
    title           varchar(4000),
    note            text,
    assessment_json text,
    added_by        varchar(100) not null,
    added_at        timestamp not null,
    constraint uq_shortlist_entry unique (case_id, registry_id)
);

create table board_decision (
    case_id          varchar(36) primary key references board_case (id),
    recommended_json text not null,
    decision_text    text not null,
    decided_by       varchar(100) not null,
    decided_at       timestamp not null
);

-- No foreign key to board_case: the audit outlives the case it names (retention deletes the case, not its audit).
-- It holds who, when, which case and what was done; never profile contents.
create table case_audit_event (
    id          varchar(36) primary key,
    case_id     varchar(36) not null,
    username    varchar(100) not null,
    action      varchar(30) not null,
    occurred_at timestamp not null
);
create index ix_case_audit_case on case_audit_event (case_id, occurred_at);
