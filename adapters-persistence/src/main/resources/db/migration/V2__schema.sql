-- The product schema: effective-dated history that is never overwritten (periods are [valid_from, valid_to),
-- valid_to NULL = still open), the activity ledger with its attributions, and the operator-editable catalogue
-- and point units. Every instant is a timestamptz (microseconds); e-mails are stored trimmed and lower-case.
-- Identifier-like text columns use the "C" collation: byte order, cheaper comparisons, and the same order as the
-- Java code for the identifiers the API allows.

-- partners ---------------------------------------------------------------------------------------------------------

CREATE TABLE partners (
    partner_id  text COLLATE "C" PRIMARY KEY
                CONSTRAINT partners_id_shape CHECK (partner_id ~ '^[a-z0-9_-]{1,64}$'),
    name        text NOT NULL CONSTRAINT partners_name_length CHECK (length(name) BETWEEN 1 AND 200)
);

CREATE TABLE partner_email_domains (
    partner_id  text COLLATE "C" NOT NULL REFERENCES partners (partner_id) ON DELETE CASCADE,
    domain      text COLLATE "C" NOT NULL CONSTRAINT partner_email_domains_lower_case CHECK (domain = lower(domain)),
    position    integer NOT NULL,
    CONSTRAINT partner_email_domains_pkey PRIMARY KEY (partner_id, domain),
    CONSTRAINT partner_email_domains_position_unique UNIQUE (partner_id, position)
);

-- A partner user's identity within a partner (name and kind are overwritten; presence is in the periods below).
CREATE TABLE partner_users (
    partner_id  text COLLATE "C" NOT NULL REFERENCES partners (partner_id),
    email       text COLLATE "C" NOT NULL CONSTRAINT partner_users_email_lower_case CHECK (email = lower(email)),
    name        text NOT NULL CONSTRAINT partner_users_name_length CHECK (length(name) BETWEEN 1 AND 200),
    kind        text NOT NULL CONSTRAINT partner_users_kind CHECK (kind IN ('EMPLOYEE', 'CONTRACTOR')),
    CONSTRAINT partner_users_pkey PRIMARY KEY (partner_id, email)
);

-- When the user was present (not removed) in the partner account.
CREATE TABLE partner_memberships (
    membership_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    partner_id  text COLLATE "C" NOT NULL,
    email       text COLLATE "C" NOT NULL,
    valid_from  timestamptz NOT NULL,
    valid_to    timestamptz,
    CONSTRAINT partner_memberships_user_fkey FOREIGN KEY (partner_id, email) REFERENCES partner_users (partner_id, email),
    CONSTRAINT partner_memberships_period CHECK (valid_to IS NULL OR valid_to > valid_from)
);
CREATE UNIQUE INDEX partner_memberships_one_open ON partner_memberships (partner_id, email) WHERE valid_to IS NULL;
CREATE INDEX partner_memberships_by_user ON partner_memberships (partner_id, email, valid_from DESC);
CREATE INDEX partner_memberships_open_by_email ON partner_memberships (email) WHERE valid_to IS NULL;

-- client accounts --------------------------------------------------------------------------------------------------

-- name, currency and growth-market flag as they are now (overwritten); the MRR history is in client_mrr.
CREATE TABLE client_accounts (
    hub_id        bigint PRIMARY KEY CONSTRAINT client_accounts_hub_id_positive CHECK (hub_id > 0),
    name          text NOT NULL CONSTRAINT client_accounts_name_length CHECK (length(name) BETWEEN 1 AND 200),
    currency      text COLLATE "C" NOT NULL CONSTRAINT client_accounts_currency_shape CHECK (currency ~ '^[A-Z]{3}$'),
    growth_market boolean NOT NULL
);

-- Each MRR in effect from its instant until the next one; the currency it is in is kept with it.
CREATE TABLE client_mrr (
    hub_id         bigint NOT NULL REFERENCES client_accounts (hub_id),
    effective_from timestamptz NOT NULL,
    currency       text COLLATE "C" NOT NULL CONSTRAINT client_mrr_currency_shape CHECK (currency ~ '^[A-Z]{3}$'),
    mrr            numeric NOT NULL CONSTRAINT client_mrr_not_negative CHECK (mrr >= 0 AND mrr < 1e12),
    -- serves "the MRR in effect at t" as a backward scan: (hub_id = ? AND effective_from <= t) ORDER BY DESC LIMIT 1
    CONSTRAINT client_mrr_pkey PRIMARY KEY (hub_id, effective_from)
);

-- seats (client users) ---------------------------------------------------------------------------------------------

CREATE TABLE seat_periods (
    seat_period_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hub_id      bigint NOT NULL REFERENCES client_accounts (hub_id),
    email       text COLLATE "C" NOT NULL CONSTRAINT seat_periods_email_lower_case CHECK (email = lower(email)),
    status      text NOT NULL CONSTRAINT seat_periods_status CHECK (status IN ('ACTIVE', 'DEACTIVATED')),
    valid_from  timestamptz NOT NULL,
    valid_to    timestamptz,
    CONSTRAINT seat_periods_period CHECK (valid_to IS NULL OR valid_to > valid_from)
);
CREATE UNIQUE INDEX seat_periods_one_open ON seat_periods (hub_id, email) WHERE valid_to IS NULL;
CREATE INDEX seat_periods_by_seat ON seat_periods (hub_id, email, valid_from DESC);
CREATE INDEX seat_periods_open_by_email ON seat_periods (email) WHERE valid_to IS NULL;

-- assignments ------------------------------------------------------------------------------------------------------

CREATE TABLE assignment_periods (
    assignment_period_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    partner_id  text COLLATE "C" NOT NULL,
    email       text COLLATE "C" NOT NULL,
    hub_id      bigint NOT NULL REFERENCES client_accounts (hub_id),
    valid_from  timestamptz NOT NULL,
    valid_to    timestamptz,
    CONSTRAINT assignment_periods_user_fkey FOREIGN KEY (partner_id, email) REFERENCES partner_users (partner_id, email),
    CONSTRAINT assignment_periods_period CHECK (valid_to IS NULL OR valid_to > valid_from)
);
CREATE UNIQUE INDEX assignment_periods_one_open ON assignment_periods (partner_id, email, hub_id) WHERE valid_to IS NULL;
-- attribution standings: (hub, e-mail) at an instant
CREATE INDEX assignment_periods_by_seat ON assignment_periods (hub_id, email, valid_from DESC);
-- a partner's users on a client (assignedUsers, user standings)
CREATE INDEX assignment_periods_by_partner_client ON assignment_periods (partner_id, hub_id, email);

-- Every client a partner was ever assigned to (any user, any time): the rows of its breakdown, and the partners
-- that can have attributions on a client, because attribution requires an assignment.
CREATE TABLE partner_clients (
    partner_id        text COLLATE "C" NOT NULL REFERENCES partners (partner_id),
    hub_id            bigint NOT NULL REFERENCES client_accounts (hub_id),
    first_assigned_at timestamptz NOT NULL,
    CONSTRAINT partner_clients_pkey PRIMARY KEY (partner_id, hub_id)
);
CREATE INDEX partner_clients_by_client ON partner_clients (hub_id, partner_id);

-- relationship ends ------------------------------------------------------------------------------------------------

CREATE TABLE relationship_ends (
    relationship_end_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    partner_id  text COLLATE "C" NOT NULL REFERENCES partners (partner_id),
    hub_id      bigint NOT NULL REFERENCES client_accounts (hub_id),
    ended_at    timestamptz NOT NULL,
    reason      text NOT NULL
                CONSTRAINT relationship_ends_reason CHECK (reason IN ('USERS_REMOVED_FROM_CLIENT', 'USERS_REMOVED_FROM_PARTNER'))
);
CREATE INDEX relationship_ends_latest ON relationship_ends (partner_id, hub_id, ended_at DESC, relationship_end_id DESC);
CREATE INDEX relationship_ends_by_client ON relationship_ends (hub_id, partner_id);

-- activities -------------------------------------------------------------------------------------------------------

-- The ledger: high volume, append only. hub_id has no foreign key on purpose: ingestion checks that the client
-- exists (clients are never deleted), and a per-row key-share lock on client_accounts would serialise concurrent
-- batches on the same client through multixacts.
CREATE TABLE activities (
    activity_id text COLLATE "C" PRIMARY KEY
                CONSTRAINT activities_id_length CHECK (length(activity_id) BETWEEN 1 AND 128),
    hub_id      bigint NOT NULL CONSTRAINT activities_hub_id_positive CHECK (hub_id > 0),
    user_email  text COLLATE "C" NOT NULL CONSTRAINT activities_email_lower_case CHECK (user_email = lower(user_email)),
    tool        text COLLATE "C" NOT NULL,
    action      text COLLATE "C" NOT NULL,
    occurred_at timestamptz NOT NULL,
    asset_id    text COLLATE "C",
    qualifies   boolean NOT NULL
);
CREATE INDEX activities_by_client_newest ON activities (hub_id, occurred_at DESC, activity_id DESC);
CREATE INDEX activities_assets ON activities (hub_id, user_email, asset_id) WHERE asset_id IS NOT NULL;

-- One row per (activity, partner) it is attributed to; hub, e-mail and instant are copied from the activity so the
-- credit queries never touch the ledger. partner_id has no foreign key for the same reason as activities.hub_id.
CREATE TABLE attributions (
    activity_id text COLLATE "C" NOT NULL REFERENCES activities (activity_id),
    partner_id  text COLLATE "C" NOT NULL,
    hub_id      bigint NOT NULL,
    user_email  text COLLATE "C" NOT NULL,
    occurred_at timestamptz NOT NULL,
    CONSTRAINT attributions_pkey PRIMARY KEY (activity_id, partner_id)
);
-- the latest attribution of a partner on a client at or before t
CREATE INDEX attributions_latest ON attributions (partner_id, hub_id, occurred_at DESC, activity_id DESC);
-- the latest attribution of one partner user on a client at or before t
CREATE INDEX attributions_latest_by_user ON attributions (partner_id, hub_id, user_email, occurred_at DESC, activity_id DESC);

-- catalogue and point units ----------------------------------------------------------------------------------------

CREATE TABLE qualifying_actions (
    tool           text COLLATE "C" NOT NULL CONSTRAINT qualifying_actions_tool_shape CHECK (tool ~ '^[A-Z0-9_]{1,64}$'),
    effective_from timestamptz NOT NULL,
    actions        text[] COLLATE "C" NOT NULL
                   CONSTRAINT qualifying_actions_never_login_or_view CHECK (NOT (actions && ARRAY['LOGIN', 'VIEW']::text[])),
    CONSTRAINT qualifying_actions_pkey PRIMARY KEY (tool, effective_from)
);

CREATE TABLE point_units (
    currency       text COLLATE "C" NOT NULL CONSTRAINT point_units_currency_shape CHECK (currency ~ '^[A-Z]{3}$'),
    effective_from timestamptz NOT NULL,
    unit           numeric NOT NULL CONSTRAINT point_units_positive CHECK (unit > 0 AND unit < 1e12),
    CONSTRAINT point_units_pkey PRIMARY KEY (currency, effective_from)
);

-- seeds (SPEC §4 and §6), in effect from the epoch ---------------------------------------------------------------

INSERT INTO qualifying_actions (tool, effective_from, actions)
VALUES ('BLOG', '1970-01-01T00:00:00Z', ARRAY['PUBLISH']);

INSERT INTO qualifying_actions (tool, effective_from, actions)
SELECT tool, '1970-01-01T00:00:00Z', ARRAY['CREATE', 'EDIT', 'PUBLISH']
FROM unnest(ARRAY['EMAIL', 'LANDING_PAGES', 'WEBSITE_PAGES', 'FORMS', 'CTAS', 'WORKFLOWS', 'LISTS', 'CRM',
                  'REPORTS', 'SOCIAL', 'ADS', 'SEQUENCES', 'KNOWLEDGE_BASE']) AS tool;

INSERT INTO point_units (currency, effective_from, unit)
VALUES ('USD', '1970-01-01T00:00:00Z', 100),
       ('EUR', '1970-01-01T00:00:00Z', 88),
       ('GBP', '1970-01-01T00:00:00Z', 74),
       ('AUD', '1970-01-01T00:00:00Z', 154),
       ('CAD', '1970-01-01T00:00:00Z', 130),
       ('SGD', '1970-01-01T00:00:00Z', 129),
       ('JPY', '1970-01-01T00:00:00Z', 14400),
       ('ZAR', '1970-01-01T00:00:00Z', 1768),
       ('COP', '1970-01-01T00:00:00Z', 408000);
