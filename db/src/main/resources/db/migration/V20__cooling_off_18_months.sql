-- The revolving-door period is 18 months by default: law 4829/2021 on the register of interest representatives sets
-- 18 months after leaving office for former officials who take up lobbying consultancy. A register whose ADMIN has
-- already chosen another value keeps it; only the old default of 24 is moved.
UPDATE register_setting SET value = '18', updated_at = UTC_TIMESTAMP(6)
WHERE name = 'lobbying.coolingOffMonths' AND value = '24';
