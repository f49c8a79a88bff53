-- The audit trail: one entry per command (who, what, when, on which partner, client account and user, and what it
-- did), appended inside the command's own transaction. History is never overwritten: the database itself refuses
-- every UPDATE, DELETE and TRUNCATE of these tables, whatever the code above it does.
CREATE TABLE audit_entries (
    audit_entry_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at             timestamptz NOT NULL,
    actor_kind     text COLLATE "C" NOT NULL
                   CONSTRAINT audit_entries_actor_kind CHECK (actor_kind IN ('ADMIN', 'INTERNAL_SYSTEM')),
    actor_email    text COLLATE "C"
                   CONSTRAINT audit_entries_actor_email_lower_case CHECK (actor_email = lower(actor_email)),
    action         text COLLATE "C" NOT NULL CONSTRAINT audit_entries_action_shape CHECK (action ~ '^[A-Z_]{1,64}$'),
    partner_id     text COLLATE "C" REFERENCES partners (partner_id),
    hub_id         bigint CONSTRAINT audit_entries_hub_id_positive CHECK (hub_id > 0),
    email          text COLLATE "C" CONSTRAINT audit_entries_email_lower_case CHECK (email = lower(email)),
    -- [{"partnerId": "acme" | null, "text": "assigned ann@acme.example to 501"}, ...] in the order they happened
    effects        jsonb NOT NULL CONSTRAINT audit_entries_effects_array CHECK (jsonb_typeof(effects) = 'array'),
    CONSTRAINT audit_entries_admin_named CHECK ((actor_kind = 'ADMIN') = (actor_email IS NOT NULL))
);

-- The partners whose trail shows an entry: the partner it was issued for, and every partner one of its effects names
-- (a client account's removal of a seat that ended partner P's managed relationship is in P's trail). The primary
-- key serves a partner's trail newest first, and the page before an entry id, by a backward index scan.
CREATE TABLE audit_entry_partners (
    partner_id     text COLLATE "C" NOT NULL REFERENCES partners (partner_id),
    audit_entry_id bigint NOT NULL REFERENCES audit_entries (audit_entry_id),
    PRIMARY KEY (partner_id, audit_entry_id)
);

CREATE FUNCTION audit_trail_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only: % on % is refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'restrict_violation';
END
$$;

-- Statement-level, so even an UPDATE or DELETE that matches no row is refused.
CREATE TRIGGER audit_entries_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_entries
    FOR EACH STATEMENT EXECUTE FUNCTION audit_trail_is_append_only();

CREATE TRIGGER audit_entry_partners_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_entry_partners
    FOR EACH STATEMENT EXECUTE FUNCTION audit_trail_is_append_only();
