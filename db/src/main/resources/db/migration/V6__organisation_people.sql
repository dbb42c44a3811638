-- What the lobbying register says of an organisation beyond its identity: its areas of interest, and the persons
-- who lobby for it with the public positions they held before. A person who left a public position less than the
-- cooling-off period ago is flagged as a former official (the "revolving door"); the period is a setting.

ALTER TABLE organisation ADD COLUMN areas_of_interest VARCHAR(1000) NULL;

CREATE TABLE organisation_lobbyist (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    organisation_id BIGINT       NOT NULL,
    full_name       VARCHAR(200) NOT NULL,
    -- the public position held before, as written (e.g. "Γενικός Γραμματέας Ενέργειας")
    past_position   VARCHAR(300) NULL,
    -- the day that position ended; the cooling-off period runs from it
    position_ended  DATE         NULL,
    recorded_at     DATETIME(6)  NOT NULL,
    recorded_by     VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_lobbyist_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_lobbyist_organisation ON organisation_lobbyist (organisation_id);

INSERT INTO register_setting (name, value, updated_at) VALUES
    -- a person who left a public position less than this many months ago is flagged as a former official
    ('lobbying.coolingOffMonths', '24', UTC_TIMESTAMP(6));
