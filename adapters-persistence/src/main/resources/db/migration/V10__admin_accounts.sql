-- Partner admins' logins for the web UI. An e-mail is the login of at most one partner's admin; the password is
-- held only as the hash the application made of it.
CREATE TABLE admin_accounts (
    email         text COLLATE "C" PRIMARY KEY CONSTRAINT admin_accounts_email_lower_case CHECK (email = lower(email)),
    partner_id    text COLLATE "C" NOT NULL REFERENCES partners (partner_id),
    password_hash text NOT NULL CONSTRAINT admin_accounts_hash_present CHECK (length(password_hash) > 0),
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX admin_accounts_partner ON admin_accounts (partner_id);
