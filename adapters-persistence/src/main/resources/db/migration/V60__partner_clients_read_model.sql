-- The breakdown's read model (docs/rules.md §5.5): each partner_clients row — one (partner, client) pair — carries
-- everything its breakdown row needs, so a partner's breakdown is one range scan of its rows, whatever the history:
--
-- * the relationship's servicing spans (span_*: parallel arrays ordered by span_from; NULL when it has none), each
--   with its last attributed activity; kept in the same transaction as what changes them (ingestion, immediate ends,
--   re-judging) and checked against the ledger by `--rebuild-spans`;
-- * the spans of the other partners on the client (other_*: partner, from, to, ordered by partner then from; NULL
--   when none), copied from the sibling rows by copy_spans_to_siblings(): of another partner only whether it is
--   servicing matters (shared with);
-- * the client's name, currency and growth-market flag as they are now, and its effective-dated MRR and growth-market
--   history (mrr_*, growth_*: parallel arrays ordered by their instant), copied by copy_client_into_partner_clients().
--
-- The value in effect at t of an array ordered by instant is element width_bucket(t, instants): the number of
-- instants at or before t (0, which indexes to NULL, when none is). Rows are updated in place every few seconds by
-- ingestion: a fill factor of 50 leaves room on the page for the new version (a HOT update, no index touched).

ALTER TABLE partner_clients SET (fillfactor = 50);
ALTER TABLE partner_clients
    ADD COLUMN span_from       timestamptz[],
    ADD COLUMN span_to         timestamptz[],
    ADD COLUMN span_last_at    timestamptz[],
    ADD COLUMN span_last_id    text[] COLLATE "C",
    ADD COLUMN span_last_email text[] COLLATE "C",
    ADD COLUMN other_partner   text[] COLLATE "C",
    ADD COLUMN other_from      timestamptz[],
    ADD COLUMN other_to        timestamptz[],
    ADD COLUMN name            text,
    ADD COLUMN currency        text COLLATE "C",
    ADD COLUMN growth_market   boolean,
    ADD COLUMN mrr_from        timestamptz[],
    ADD COLUMN mrr_currency    text[] COLLATE "C",
    ADD COLUMN mrr             numeric[],
    ADD COLUMN growth_from     timestamptz[],
    ADD COLUMN growth          boolean[];

-- A client's data with its effective-dated history as the arrays above: what the rows copy, and what a breakdown of
-- one client for a partner never assigned to it reads directly.
CREATE VIEW client_history AS
    SELECT c.hub_id, c.name, c.currency, c.growth_market,
           m.froms AS mrr_from, m.currencies AS mrr_currency, m.mrrs AS mrr, g.froms AS growth_from, g.flags AS growth
    FROM client_accounts c
    LEFT JOIN LATERAL (
        SELECT array_agg(cm.effective_from ORDER BY cm.effective_from) AS froms,
               array_agg(cm.currency ORDER BY cm.effective_from) AS currencies,
               array_agg(cm.mrr ORDER BY cm.effective_from) AS mrrs
        FROM client_mrr cm WHERE cm.hub_id = c.hub_id) m ON true
    LEFT JOIN LATERAL (
        SELECT array_agg(cg.effective_from ORDER BY cg.effective_from) AS froms,
               array_agg(cg.growth_market ORDER BY cg.effective_from) AS flags
        FROM client_growth_market cg WHERE cg.hub_id = c.hub_id) g ON true;

-- The client's data copied into every partner_clients row of the clients named; answers how many rows changed.
CREATE FUNCTION copy_client_into_partner_clients(hubs bigint[]) RETURNS bigint LANGUAGE sql AS $$
    WITH copied AS (
        UPDATE partner_clients pc
        SET name = h.name, currency = h.currency, growth_market = h.growth_market, mrr_from = h.mrr_from,
            mrr_currency = h.mrr_currency, mrr = h.mrr, growth_from = h.growth_from, growth = h.growth
        FROM client_history h
        WHERE h.hub_id = ANY(hubs) AND pc.hub_id = h.hub_id
          AND (pc.name, pc.currency, pc.growth_market, pc.mrr_from, pc.mrr_currency, pc.mrr, pc.growth_from, pc.growth)
              IS DISTINCT FROM (h.name, h.currency, h.growth_market, h.mrr_from, h.mrr_currency, h.mrr, h.growth_from,
                                h.growth)
        RETURNING 1)
    SELECT count(*) FROM copied
$$;

-- The other partners' spans copied into every partner_clients row of the clients named; answers how many changed.
CREATE FUNCTION copy_spans_to_siblings(hubs bigint[]) RETURNS bigint LANGUAGE sql AS $$
    WITH others AS (
        SELECT r.partner_id, r.hub_id,
               array_agg(s.partner_id ORDER BY s.partner_id, x.span_from) FILTER (WHERE x.span_from IS NOT NULL) AS partners,
               array_agg(x.span_from ORDER BY s.partner_id, x.span_from) FILTER (WHERE x.span_from IS NOT NULL) AS froms,
               array_agg(x.span_to ORDER BY s.partner_id, x.span_from) FILTER (WHERE x.span_from IS NOT NULL) AS tos
        FROM partner_clients r
        LEFT JOIN partner_clients s ON s.hub_id = r.hub_id AND s.partner_id <> r.partner_id
        LEFT JOIN LATERAL unnest(s.span_from, s.span_to) AS x(span_from, span_to) ON true
        WHERE r.hub_id = ANY(hubs)
        GROUP BY r.partner_id, r.hub_id),
    copied AS (
        UPDATE partner_clients pc
        SET other_partner = o.partners, other_from = o.froms, other_to = o.tos
        FROM others o
        WHERE pc.partner_id = o.partner_id AND pc.hub_id = o.hub_id
          AND (pc.other_partner, pc.other_from, pc.other_to) IS DISTINCT FROM (o.partners, o.froms, o.tos)
        RETURNING 1)
    SELECT count(*) FROM copied
$$;
