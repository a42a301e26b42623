-- Showback kept ready (ADR 0053): the number of active seats per license and holder group (department and cost
-- centre, as the seats copy them from their holders), kept exact by every writer of active seats in the transaction
-- that changes the seats, so showback reads a few thousand rows instead of grouping every active seat.
-- department_key and cost_centre_key carry the group in the unique key: '' for none, '=' and the name otherwise, so
-- that a missing department is one key on H2 and PostgreSQL alike. A group whose seats all went keeps its row at 0.
create table seat_group_count (
    license_id      bigint       not null references license (id) on delete cascade,
    department      varchar(120),
    cost_centre     varchar(120),
    department_key  varchar(121) generated always as (coalesce('=' || department, '')) ${stored},
    cost_centre_key varchar(121) generated always as (coalesce('=' || cost_centre, '')) ${stored},
    seats           bigint       not null,
    constraint uq_seat_group_count unique (license_id, department_key, cost_centre_key)
);

insert into seat_group_count (license_id, department, cost_centre, seats)
    select license_id, holder_department, holder_cost_centre, count(*)
    from assignment
    where revoked_at is null
    group by license_id, holder_department, holder_cost_centre;
