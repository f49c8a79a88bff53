-- The operator's changes to how points are earned (a point rate, a tool's qualifying actions) concern no one partner
-- and are shown in every partner's trail: this index serves them newest first, and the page before an entry id.
CREATE INDEX audit_entries_every_partner ON audit_entries (audit_entry_id)
    WHERE partner_id IS NULL AND action IN ('POINT_RATE_SET', 'QUALIFYING_ACTIONS_SET');
