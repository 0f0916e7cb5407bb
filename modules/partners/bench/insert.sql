INSERT INTO bench_row (payload, amount, created_at) VALUES (md5(random()::text), (random() * 1000000)::bigint, now());
