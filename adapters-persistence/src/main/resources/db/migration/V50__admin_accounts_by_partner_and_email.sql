-- Listing a partner's admins a page at a time reads them by (partner_id, email) from this index.
CREATE INDEX admin_accounts_partner_email ON admin_accounts (partner_id, email);
