-- The policy areas a meeting was about, so that the public can search meetings by area: those a meeting
-- declaration names (its policy areas field, split at commas and semicolons) and, for a meeting imported from the
-- European Commission's export, the portfolio of the Commissioner whose cabinet met. The key is the name folded
-- (accents and case ignored), so "Ενέργεια" and "ενεργεια" are one area; the name is kept as it was first written.
-- Meetings recorded before this migration get their areas when their record is next rebuilt.

CREATE TABLE meeting_policy_area (
    meeting_id BIGINT       NOT NULL,
    area_key   VARCHAR(200) NOT NULL,
    name       VARCHAR(200) NOT NULL,
    PRIMARY KEY (meeting_id, area_key),
    CONSTRAINT fk_meeting_policy_area_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_meeting_policy_area_key ON meeting_policy_area (area_key, meeting_id);
