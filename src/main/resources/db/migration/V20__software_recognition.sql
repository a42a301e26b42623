-- Software recognition (ADR 0042). Each reported application keeps, beside its matched product, how it was matched
-- (match_kind: alias, name, knowledge, unknown or ignored), what the knowledge base knows it as, the best suggestion
-- with its confidence when nothing matched, and the reason in a compact form the app words at display. source and
-- publisher are what the telemetry said of it (osquery table, Windows publisher). All of it is per application (a
-- few thousand rows), written when an import, an alias or a product change matches the dictionary again.
-- One statement adds every column (the placeholders are set per database by Migrations): H2 copies the whole table
-- for each alter table … add.
alter table reported_app ${addColumns}
    source        varchar(12) ${andColumn}
    publisher     varchar(120) ${andColumn}
    match_kind    varchar(12) default 'unknown' not null ${andColumn}
    known_as      varchar(120) ${andColumn}
    suggestion_id bigint ${andColumn}
    confidence    numeric(4, 3) ${andColumn}
    reason        varchar(500)
    ${endColumns};

update reported_app set match_kind = case
    when exists (select 1 from app_alias a where a.alias_key = reported_app.app_key or a.alias_key = reported_app.name_key)
        then 'alias'
    when product_id is not null then 'name'
    else 'unknown' end;

-- An alias without a product is the user's "ignore": the application is no catalog product and is not listed.
alter table app_alias alter column product_id drop not null;
