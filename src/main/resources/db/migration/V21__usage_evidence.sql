-- Usage evidence beyond the endpoint agent (ADR 0043): SSO sign-in logs (Entra ID, Okta, Google Workspace) and
-- vendor admin exports with last activity (Microsoft 365, Slack, Zoom, Atlassian, Google Workspace, a plain CSV).
-- One row per person, catalog product and kind of evidence ('SSO' or 'VENDOR'): the latest use any imported file
-- showed, and the file format it came from. used_on is null when a vendor lists the account but it was never used.
-- Rows only move forward: an older file never replaces a later date.
create table usage_evidence (
    person_id   bigint       not null references person (id),
    product_id  bigint       not null references product (id),
    source      varchar(8)   not null,
    used_on     date,
    format      varchar(32)  not null,
    recorded_at timestamp(6) with time zone not null,
    constraint pk_usage_evidence primary key (person_id, product_id, source)
);
create index ix_usage_evidence_product on usage_evidence (product_id);

-- Other addresses of a person from the directory import (Entra proxyAddresses and otherMails, Google aliases,
-- Okta secondary e-mail and login): files name people by any of them. A person's own e-mail always wins.
create table person_alias (
    alias_key varchar(254) not null,
    person_id bigint       not null references person (id),
    constraint pk_person_alias primary key (alias_key)
);
create index ix_person_alias_person on person_alias (person_id);

-- The seat keeps the best of that evidence for its holder and product (written with the telemetry facts by
-- TelemetryLink and by the usage import), and the database derives the seat's last use from it and from the
-- agent's facts, so every writer of either keeps the judgement right:
--   used_at       the latest real evidence: the agent's last use (when the agent tracks usage) or evidence_at
--   used_source   where it came from: 'AGENT', 'SSO', 'VENDOR'; null when there is no real evidence, and the
--                 holder's last sign-in (the login proxy) judges the seat
--   activity_sort the holders list's last activity and inactive filter: the same last use, else the sign-in
-- ${stored} is "stored" on PostgreSQL, which requires it, and empty on H2, which stores generated columns anyway.
-- holder_cost_centre is the holder's cost centre for showback (V22), kept on the seat like the department (V11).
--
-- H2 copies the whole seat table, with every index, for each alter table … add or drop column (about two minutes
-- each for 600,000 seats), so the seat table changes in two statements: the old activity sort key is dropped, then
-- one statement adds every column (the placeholders are set per database by Migrations). The indexes this
-- migration replaces are dropped before the copies and created once after them. PostgreSQL drops a column without
-- rewriting the table and rewrites it once for the stored generated columns.
drop index ix_assignment_idle_use;
drop index ix_assignment_idle_sign_in;
drop index ix_assignment_holder_activity;
drop index ix_assignment_holders;
alter table assignment drop column activity_sort;
alter table assignment ${addColumns}
    evidence_at        date ${andColumn}
    evidence_source    varchar(8) ${andColumn}
    evidence_format    varchar(32) ${andColumn}
    used_at            date generated always as (
        case when has_telemetry and last_used_at is not null and (evidence_at is null or last_used_at >= evidence_at)
             then last_used_at else evidence_at end) ${stored} ${andColumn}
    used_source        varchar(8) generated always as (
        case when has_telemetry and (evidence_at is null or (last_used_at is not null and last_used_at >= evidence_at))
             then 'AGENT' else evidence_source end) ${stored} ${andColumn}
    activity_sort      date generated always as (coalesce(
        case when has_telemetry and last_used_at is not null and (evidence_at is null or last_used_at >= evidence_at)
             then last_used_at else evidence_at end,
        holder_sign_in, date '9999-12-31')) ${stored} ${andColumn}
    holder_cost_centre varchar(120)
    ${endColumns};

-- Dormancy reads the seat's last use instead of the agent's alone: the two dormancy indexes of V11 now range over
-- (used_source, used_at) and (used_source, holder_sign_in), one part per source (DormantSql.dormantParts).
create index ix_assignment_idle_use on assignment (revoked_at, holder_status, used_source, used_at, assigned_at,
    license_id, holder_department, holder_key);
create index ix_assignment_idle_sign_in on assignment (revoked_at, holder_status, used_source, holder_sign_in,
    assigned_at, license_id, holder_department, holder_key);
create index ix_assignment_holder_activity on assignment (license_id, revoked_at, activity_sort, id);
create index ix_assignment_holders on assignment (license_id, revoked_at, person_id, holder_department, holder_status,
    access_level, used_at, holder_sign_in);
