-- The holders list sorts by department, status, access level and last activity, and filters inactive
-- seats, on the seat alone since V11. Carrying those columns in the holders index lets a page of one
-- license be sorted from the index entries of that license without reading its rows; without them the
-- database preferred scanning V11's dormancy indexes, which hold every active seat of every license.
drop index ix_assignment_holders;
create index ix_assignment_holders on assignment (license_id, revoked_at, person_id, holder_department, holder_status,
    access_level, last_used_at, holder_sign_in);
