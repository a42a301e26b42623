-- Holders of one license (count, "already holds a seat" check, search, sort, export): the active seats
-- of a license and their holders are read from this index before any person row is touched.
create index ix_assignment_holders on assignment (license_id, revoked_at, person_id);
