-- Each installed application row carries the catalog product it was matched to (ADR 0022). The match used
-- to be made at read time through the app_product view (aliases union product names), which no index can
-- serve: the reconciliation lists joined 2,000,000 installed applications to it and took half a minute each
-- on the large dataset. The importer now resolves the product as it writes a row; alias and product changes
-- re-resolve the rows concerned. Order of precedence: an alias of the application key, an alias of the name
-- key, then a live product whose name is the application key, then one whose name is the name key.
alter table installed_app add column product_id bigint;

update installed_app set product_id = coalesce(
    (select a.product_id from app_alias a where a.alias_key = installed_app.app_key),
    (select a.product_id from app_alias a where a.alias_key = installed_app.name_key),
    (select p.id from product p where p.name_key = installed_app.app_key and p.archived_at is null),
    (select p.id from product p where p.name_key = installed_app.name_key and p.archived_at is null));

-- One index serves every reader: unknown applications (product_id is null), installations per product,
-- and a person's devices checked for one product (product_id, device_id). The two key indexes it replaces
-- each took a random insert per imported row.
drop index ix_installed_key;
drop index ix_installed_name;
create index ix_installed_product on installed_app (product_id, device_id, installed, usage_tracked, last_used);

drop view app_product;

-- The devices list shows how many applications each device has installed; counting them per device on
-- every read touched all 2,000,000 rows. The importer keeps the count as it writes a device's applications.
alter table device add column apps_installed integer default 0 not null;
update device set apps_installed = (select count(*) from installed_app ia where ia.device_id = device.id and ia.installed);
