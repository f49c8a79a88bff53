-- Baseline: the schema history starts here. This migration creates nothing;
-- the product schema arrives in V2 and later migrations.
SELECT 1;
