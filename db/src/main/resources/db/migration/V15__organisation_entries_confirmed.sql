-- The persons who lobby for an organisation and its clients are public only once an ADMIN has checked them, like
-- the organisation record itself: an entry a representative adds waits with confirmed_at null. Entries recorded
-- before this migration were already public, so they count as confirmed at the time they were recorded.
ALTER TABLE organisation_lobbyist
    ADD COLUMN confirmed_at DATETIME(6)  NULL,
    ADD COLUMN confirmed_by VARCHAR(100) NULL;
UPDATE organisation_lobbyist SET confirmed_at = recorded_at, confirmed_by = recorded_by;

ALTER TABLE organisation_client
    ADD COLUMN confirmed_at DATETIME(6)  NULL,
    ADD COLUMN confirmed_by VARCHAR(100) NULL;
UPDATE organisation_client SET confirmed_at = recorded_at, confirmed_by = recorded_by;
