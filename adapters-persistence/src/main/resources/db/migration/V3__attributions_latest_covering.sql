-- The breakdown asks, for each (partner, client) pair, for the latest attribution at or before t with its user's
-- e-mail. With the e-mail in the index that is one index-only probe (LIMIT 1), instead of the planner preferring
-- the per-user index and sorting all of the pair's attributions.
DROP INDEX attributions_latest;
CREATE INDEX attributions_latest ON attributions (partner_id, hub_id, occurred_at DESC, activity_id DESC) INCLUDE (user_email);
