-- The data set PersistenceBenchmarkIT measures against: 50,000 client accounts, 1,001 partners, about 77,000
-- (partner, client) pairs, 5,000,000 activities over 2024 with about 4,600,000 attributions, and one partner, "big",
-- assigned to 2,000 clients. Load it into a scratch database migrated with this module's migrations:
--   psql -d mrr_perf -f benchmark-data.sql      (about 4 minutes on 2 cores)
-- then: MRR_BENCHMARK_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/mrr_perf mvn -pl adapters-persistence verify
\set ON_ERROR_STOP 1
INSERT INTO partners SELECT 'p' || g, 'Partner ' || g FROM generate_series(0, 999) g;
INSERT INTO partners VALUES ('big', 'Big Agency');
INSERT INTO partner_email_domains SELECT partner_id, partner_id || '.example', 1 FROM partners;
INSERT INTO client_accounts SELECT g, 'Client ' || g, 'USD', g % 10 = 0 FROM generate_series(1, 50000) g;
INSERT INTO client_mrr SELECT g, '2023-01-01Z', 'USD', (g % 500) * 10 FROM generate_series(1, 50000) g;
INSERT INTO client_mrr SELECT g, '2025-01-01Z', 'USD', (g % 700) * 10 FROM generate_series(1, 50000) g;
INSERT INTO partner_users SELECT p.partner_id, 'u' || u || '@' || p.partner_id || '.example', 'User ' || u, 'EMPLOYEE'
FROM partners p, generate_series(0, 19) u;
INSERT INTO partner_users SELECT 'big', 'u' || u || '@big.example', 'User ' || u, 'EMPLOYEE' FROM generate_series(20, 199) u;
INSERT INTO partner_memberships (partner_id, email, valid_from) SELECT partner_id, email, '2023-01-01Z' FROM partner_users;
-- every client has one partner, half of them a second, and "big" has clients 1..2000 (2,000 rows in its breakdown)
INSERT INTO partner_clients SELECT 'p' || (g % 1000), g, '2023-06-01Z' FROM generate_series(1, 50000) g;
INSERT INTO partner_clients SELECT 'p' || ((g * 7 + 3) % 1000), g, '2023-07-01Z' FROM generate_series(1, 50000) g
WHERE g % 2 = 0 ON CONFLICT DO NOTHING;
INSERT INTO partner_clients SELECT 'big', g, '2023-08-01Z' FROM generate_series(1, 2000) g;
INSERT INTO assignment_periods (partner_id, email, hub_id, valid_from)
SELECT pc.partner_id,
       'u' || (CASE WHEN pc.partner_id = 'big' THEN pc.hub_id % 200 ELSE pc.hub_id % 20 END) || '@' || pc.partner_id || '.example',
       pc.hub_id, pc.first_assigned_at
FROM partner_clients pc;
INSERT INTO seat_periods (hub_id, email, status, valid_from)
SELECT DISTINCT hub_id, email, 'ACTIVE', timestamptz '2023-01-01Z' FROM assignment_periods;
-- 5,000,000 activities over 2024, 100 per client; 90% qualify and are attributed to the client's first partner, and
-- about half of those on clients 1..2000 to "big" as well
INSERT INTO activities (activity_id, hub_id, user_email, tool, action, occurred_at, asset_id, qualifies, attributed_to)
SELECT 'evt-' || g, h, 'u' || (h % 20) || '@p' || (h % 1000) || '.example',
       'BLOG', CASE WHEN g % 10 = 0 THEN 'VIEW' ELSE 'PUBLISH' END,
       timestamptz '2024-01-01Z' + (hashint4(g::int)::bigint + 2147483648) * interval '1 second' / 2147483648 * 31536000,
       CASE WHEN g % 3 = 0 THEN 'asset-' || (g % 97) END, g % 10 <> 0,
       CASE WHEN g % 10 = 0 THEN '{}'
            WHEN h <= 2000 AND hashint4(g::int + h::int) % 2 = 0 THEN ARRAY['big', 'p' || (h % 1000)]
            ELSE ARRAY['p' || (h % 1000)] END
FROM generate_series(1, 5000000) g, LATERAL (SELECT (g % 50000) + 1 AS h) hh;
INSERT INTO attributions (activity_id, partner_id, hub_id, user_email, occurred_at)
SELECT a.activity_id, p.partner_id, a.hub_id, a.user_email, a.occurred_at
FROM activities a CROSS JOIN LATERAL unnest(a.attributed_to) AS p(partner_id);
INSERT INTO relationship_ends (partner_id, hub_id, ended_at, reason)
SELECT pc.partner_id, pc.hub_id, timestamptz '2024-06-01Z' + (pc.hub_id % 300) * interval '1 day',
       CASE WHEN pc.hub_id % 2 = 0 THEN 'USERS_REMOVED_FROM_CLIENT' ELSE 'USERS_REMOVED_FROM_PARTNER' END
FROM partner_clients pc WHERE pc.hub_id % 5 = 0;
VACUUM ANALYZE;
SELECT (SELECT count(*) FROM activities) AS activities, (SELECT count(*) FROM attributions) AS attributions,
       (SELECT count(*) FROM partner_clients) AS partner_clients, (SELECT count(*) FROM relationship_ends) AS ends,
       pg_size_pretty(pg_database_size(current_database())) AS size;
