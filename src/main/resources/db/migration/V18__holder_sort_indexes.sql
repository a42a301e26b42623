-- "View all users" sorts by department, access level, last activity, status and e-mail as well as by name and
-- assignment date. Only name and date had an index beside the license id (V10); the other sorts read every
-- seat of the license from the covering holders index and kept the first page: 180-730 ms on the
-- 100,000-seat license. Each sort now has an index (license_id, revoked_at, key, id), so a page is read in
-- order in either direction. Department, access level and last activity sort on expressions (case-insensitive
-- text, sign-in when there is no usage), kept as generated columns so the database writes them with the
-- seat. Blanks sort after every value when ascending ('1' after '0…'; the latest possible day).
-- ${stored} is "stored" on PostgreSQL, which requires it, and empty on H2, which stores generated columns anyway.
alter table assignment add column department_sort varchar(121)
    generated always as (case when holder_department is null then '1' else '0' || lower(holder_department) end) ${stored};
alter table assignment add column access_sort varchar(121)
    generated always as (case when access_level is null then '1' else '0' || lower(access_level) end) ${stored};
alter table assignment add column activity_sort date
    generated always as (coalesce(last_used_at, holder_sign_in, date '9999-12-31')) ${stored};

create index ix_assignment_holder_department on assignment (license_id, revoked_at, department_sort, id);
create index ix_assignment_holder_access on assignment (license_id, revoked_at, access_sort, id);
create index ix_assignment_holder_activity on assignment (license_id, revoked_at, activity_sort, id);
create index ix_assignment_holder_status on assignment (license_id, revoked_at, holder_status, id);
create index ix_assignment_holder_email on assignment (license_id, revoked_at, holder_email, id);
