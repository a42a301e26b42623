-- The holders list searches and sorts by the holder's e-mail as well. Since V11 every other column it reads
-- is on the seat, so the e-mail joins them (kept by HeldSeats like the name, status, department and sign-in).
alter table assignment add column holder_email varchar(254);
update assignment set holder_email = (select p.email_key from person p where p.id = assignment.person_id);

-- The first page by name (the default) walks the name index in order. Carrying the searched columns and the
-- e-mail in it lets a search test each of one license's seats without reading its row, and lets the e-mail
-- sort read that license's entries instead of every holder's person row.
drop index ix_assignment_holder_name;
create index ix_assignment_holder_name on assignment (license_id, revoked_at, holder_key, id, holder_email,
    holder_department, access_level, account_identifier);
