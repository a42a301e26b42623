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
--   used_at      the latest real evidence: the agent's last use (when the agent tracks usage) or evidence_at
--   used_source  where it came from: 'AGENT', 'SSO', 'VENDOR'; null when there is no real evidence, and the
--                holder's last sign-in (the login proxy) judges the seat
-- ${stored} is "stored" on PostgreSQL, which requires it, and empty on H2, which stores generated columns anyway.
alter table assignment add column evidence_at date;
alter table assignment add column evidence_source varchar(8);
alter table assignment add column evidence_format varchar(32);
alter table assignment add column used_at date generated always as (
    case when has_telemetry and last_used_at is not null and (evidence_at is null or last_used_at >= evidence_at)
         then last_used_at else evidence_at end) ${stored};
alter table assignment add column used_source varchar(8) generated always as (
    case when has_telemetry and (evidence_at is null or (last_used_at is not null and last_used_at >= evidence_at))
         then 'AGENT' else evidence_source end) ${stored};

-- Dormancy reads the seat's last use instead of the agent's alone: the two dormancy indexes of V11 now range over
-- (used_source, used_at) and (used_source, holder_sign_in), one part per source (DormantSql.dormantParts).
drop index ix_assignment_idle_use;
drop index ix_assignment_idle_sign_in;
create index ix_assignment_idle_use on assignment (revoked_at, holder_status, used_source, used_at, assigned_at,
    license_id, holder_department, holder_key);
create index ix_assignment_idle_sign_in on assignment (revoked_at, holder_status, used_source, holder_sign_in,
    assigned_at, license_id, holder_department, holder_key);

-- The holders list's last activity and inactive filter follow the same last use.
drop index ix_assignment_holder_activity;
alter table assignment drop column activity_sort;
alter table assignment add column activity_sort date generated always as (coalesce(
    case when has_telemetry and last_used_at is not null and (evidence_at is null or last_used_at >= evidence_at)
         then last_used_at else evidence_at end,
    holder_sign_in, date '9999-12-31')) ${stored};
create index ix_assignment_holder_activity on assignment (license_id, revoked_at, activity_sort, id);
drop index ix_assignment_holders;
create index ix_assignment_holders on assignment (license_id, revoked_at, person_id, holder_department, holder_status,
    access_level, used_at, holder_sign_in);
