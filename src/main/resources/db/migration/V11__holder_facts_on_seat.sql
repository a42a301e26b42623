-- Dormancy is judged on every active seat by its holder's status and last sign-in, and the dormant seats
-- are counted by department. Reading those from the person row cost a primary-key look-up per seat
-- (455,000 on the large dataset, most of the Utilization view's time). The seat keeps a copy of the three
-- facts, written when the seat is created and whenever the person changes (HeldSeats.follow), as the
-- holder's name is kept since V10; Utilization reads the seat alone.
alter table assignment add column holder_status varchar(16) default 'ACTIVE' not null;
alter table assignment add column holder_department varchar(120);
alter table assignment add column holder_sign_in date;
update assignment set (holder_status, holder_department, holder_sign_in) =
    (select p.status, p.department, p.last_sign_in from person p where p.id = assignment.person_id);
-- A seat is dormant for one of three reasons, each a range of one of these indexes: the holder is not
-- active (holder_status), the product was not used since the cutoff (has_telemetry, last_used_at), or the
-- holder has not signed in since the cutoff (no telemetry, holder_sign_in). Utilization counts each range
-- on its own, reading only the index entries of dormant seats (about a fifth of the active ones); the
-- other columns the counts, filters and holder order read are in the indexes too, so no row is read.
create index ix_assignment_idle_use on assignment (revoked_at, holder_status, has_telemetry, last_used_at, assigned_at,
    license_id, holder_department, holder_key);
create index ix_assignment_idle_sign_in on assignment (revoked_at, holder_status, has_telemetry, holder_sign_in,
    assigned_at, license_id, holder_department, holder_key);
