-- The growth-market flag is effective-dated like the MRR (SPEC §9): each value in effect from its instant until the
-- next one. client_accounts.growth_market keeps the current value (the present needs no history); instants before a
-- client's first row read that current value (the MRR is zero there anyway). Today's value of every existing client
-- is carried from the epoch: before this migration the flag had no history to keep.
CREATE TABLE client_growth_market (
    hub_id         bigint NOT NULL REFERENCES client_accounts (hub_id),
    effective_from timestamptz NOT NULL,
    growth_market  boolean NOT NULL,
    -- serves "the flag in effect at t" as a backward scan, like client_mrr's key
    CONSTRAINT client_growth_market_pkey PRIMARY KEY (hub_id, effective_from)
);

INSERT INTO client_growth_market (hub_id, effective_from, growth_market)
SELECT hub_id, '1970-01-01T00:00:00Z', growth_market FROM client_accounts;
