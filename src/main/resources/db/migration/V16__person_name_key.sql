-- The People list shows the first 5,000 people in name order with each one's active seat count. Sorting on
-- lower(display_name) made the database sort every person and count the seats of all of them first (2.5 s
-- at 120,000 people); the lower-cased name kept on the row and indexed with the id hands the rows over in
-- order, so only the rows shown are counted. Kept by the Person entity like email_key.
alter table person add column name_key varchar(160);
update person set name_key = lower(display_name);
alter table person alter column name_key set not null;
drop index ix_person_name;
create index ix_person_name on person (name_key, id);

-- The status and department filters of the list read their people in name order from these.
drop index ix_person_status;
create index ix_person_status on person (status, name_key, id);
drop index ix_person_department;
create index ix_person_department on person (department, name_key, id);
