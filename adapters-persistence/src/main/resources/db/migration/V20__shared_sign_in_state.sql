-- What every server instance must share for the admin UI: the secret that signs CSRF tokens and keys sessions (when
-- MRR_UI_SECRET is unset, the first instance generates it and every other one reads it), the signed-in sessions, and
-- the counts of failed sign-ins.
CREATE TABLE ui_secrets (
    name       text COLLATE "C" PRIMARY KEY,
    secret     text NOT NULL CONSTRAINT ui_secrets_long_enough CHECK (octet_length(secret) >= 32),
    created_at timestamptz NOT NULL DEFAULT now()
);

-- One row per signed-in session, known by the HMAC of its cookie's value (never the value itself). A session goes
-- with its login: deleting the login deletes them.
CREATE TABLE admin_sessions (
    session_key  text COLLATE "C" PRIMARY KEY,
    email        text COLLATE "C" NOT NULL REFERENCES admin_accounts (email) ON DELETE CASCADE,
    partner_id   text COLLATE "C" NOT NULL,
    partner_name text NOT NULL,
    credential   text COLLATE "C" NOT NULL,
    created_at   timestamptz NOT NULL,
    last_used    timestamptz NOT NULL
);

CREATE INDEX admin_sessions_email ON admin_sessions (email);
CREATE INDEX admin_sessions_last_used ON admin_sessions (last_used);

-- Failed sign-ins per key ("account:<canonical e-mail>", "address:<client address>"); 0 while an attempt on a key
-- seen for the first time is being decided.
CREATE TABLE sign_in_failures (
    failure_key  text COLLATE "C" PRIMARY KEY,
    failures     integer NOT NULL CONSTRAINT sign_in_failures_not_negative CHECK (failures >= 0),
    last_failure timestamptz NOT NULL
);

CREATE INDEX sign_in_failures_last ON sign_in_failures (last_failure);
