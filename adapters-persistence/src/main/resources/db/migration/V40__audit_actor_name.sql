-- An internal system is recorded by the name of the API token it called with (e.g. 'billing'), so the trail tells
-- callers apart. Entries recorded before tokens had names keep a NULL name. Adding a nullable column rewrites no row,
-- so the append-only trigger is not involved.
ALTER TABLE audit_entries
    ADD COLUMN actor_name text COLLATE "C"
        CONSTRAINT audit_entries_actor_name_shape CHECK (actor_name ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$'),
    ADD CONSTRAINT audit_entries_only_systems_named CHECK (actor_name IS NULL OR actor_kind = 'INTERNAL_SYSTEM');
