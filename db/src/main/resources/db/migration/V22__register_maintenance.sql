-- One-time work the register does on its own data after an upgrade, done at a start in the background and marked
-- here when finished so that no later start repeats it:
--   meeting-policy-areas  meeting records declared before V18 get the policy areas their declarations name
CREATE TABLE register_maintenance (
    task    VARCHAR(100) NOT NULL,
    done_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (task)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- a register with no meeting yet has nothing recorded before V18
INSERT INTO register_maintenance (task, done_at)
SELECT 'meeting-policy-areas', UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM meeting);
