-- "View all users" of a license opens sorted by holder name. The lower-cased name of the holder is kept
-- on the seat, beside the license id in an index, so the first page is read from the index in name order
-- (200 index entries) instead of joining and sorting every seat of the license. The date a seat was
-- assigned gets the same kind of index.
alter table assignment add column holder_key varchar(160);
update assignment set holder_key = (select lower(p.display_name) from person p where p.id = assignment.person_id);
create index ix_assignment_holder_name on assignment (license_id, revoked_at, holder_key, id);
create index ix_assignment_holder_assigned on assignment (license_id, revoked_at, assigned_at, id);
-- (license_id, revoked_at) is the leading part of three indexes now; the index on it alone only cost writes.
drop index ix_assignment_license;
