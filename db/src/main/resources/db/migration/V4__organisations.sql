-- Organisations: one table for every organisation the register names, whether a lobbyist registers it, an ADMIN
-- enters it, or an official names it in a declaration of interests. Conflicts between what officials declare and
-- whom they meet are then found by identity, not by comparing strings.
--
-- A name typed in a declaration that matches no record becomes a PENDING organisation; an ADMIN confirms it or
-- merges it into the record it duplicates. A merged record stays (status MERGED, pointing at the survivor), so the
-- ids stored in submitted declarations keep resolving; the survivor keeps the merged record's names.

CREATE TABLE organisation (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    name_el             VARCHAR(300) NOT NULL,
    name_en             VARCHAR(300) NULL,
    -- the name folded for matching: no accents, lower case, final sigma folded, whitespace collapsed
    name_key            VARCHAR(300) NOT NULL,
    category            VARCHAR(30)  NOT NULL,
    -- the national business registry number (ΓΕΜΗ) or another national identifier
    registration_number VARCHAR(40)  NULL,
    -- EU Transparency Register ID: 8 to 12 digits, a hyphen, 2 digits; text, so leading zeros are kept
    eu_transparency_id  VARCHAR(20)  NULL,
    address             VARCHAR(500) NULL,
    website             VARCHAR(300) NULL,
    status              VARCHAR(20)  NOT NULL,
    -- the record a MERGED one was merged into. (Not "merged_into_id": Connector/J 9.5 takes a column name with
    -- "_into_" in a SELECT for SELECT ... INTO and refuses the query as producing no result set.)
    survivor_id         BIGINT       NULL,
    -- who named it first: an account's username, or the import it came from
    proposed_by         VARCHAR(100) NULL,
    confirmed_by        VARCHAR(100) NULL,
    confirmed_at        DATETIME(6)  NULL,
    created_at          DATETIME(6)  NOT NULL,
    updated_at          DATETIME(6)  NOT NULL,
    version             INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_organisation_survivor FOREIGN KEY (survivor_id) REFERENCES organisation (id),
    CONSTRAINT uq_organisation_eu_id UNIQUE (eu_transparency_id),
    CONSTRAINT ck_organisation_status CHECK (status IN ('PENDING', 'CONFIRMED', 'MERGED')),
    CONSTRAINT ck_organisation_merged CHECK ((status = 'MERGED') = (survivor_id IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_organisation_name_key ON organisation (name_key);
CREATE INDEX ix_organisation_status ON organisation (status, name_key);
CREATE INDEX ix_organisation_registration ON organisation (registration_number);

-- Other names an organisation is known by: its former names, and the names of the records merged into it.
CREATE TABLE organisation_name (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    organisation_id BIGINT       NOT NULL,
    name            VARCHAR(300) NOT NULL,
    name_key        VARCHAR(300) NOT NULL,
    kind            VARCHAR(20)  NOT NULL,
    -- for names that came with a merge: the id of the merged record
    merged_id       BIGINT       NULL,
    recorded_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_organisation_name_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_organisation_name_kind CHECK (kind IN ('FORMER', 'MERGED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_organisation_name_key2 ON organisation_name (name_key);
CREATE INDEX ix_organisation_name_org ON organisation_name (organisation_id);

INSERT INTO register_setting (name, value, updated_at) VALUES
    -- gifts and hospitality above this value (EUR) need their giver, date and value, and are flagged
    ('interest.giftThreshold', '150', UTC_TIMESTAMP(6)),
    -- holdings in a company are declared from this share (%) of its capital ...
    ('interest.holdingShareThreshold', '1', UTC_TIMESTAMP(6)),
    -- ... or from this value (EUR), whichever is reached first
    ('interest.holdingValueThreshold', '25000', UTC_TIMESTAMP(6));
