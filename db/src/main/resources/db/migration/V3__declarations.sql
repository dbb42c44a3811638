-- Declarations: one lifecycle for every type (asset, interest, meeting).
-- A declaration has at most one draft (mutable) and any number of submitted versions (immutable: the database
-- refuses to change or remove them). Contents are canonical JSON kept as text, byte for byte: a JSON column type
-- would let the server reorder keys and change what the content hash was computed over.

CREATE TABLE declaration (
    id                 BIGINT      NOT NULL AUTO_INCREMENT,
    declaration_type   VARCHAR(20) NOT NULL,
    person_id          BIGINT      NOT NULL,
    obligation_id      BIGINT      NULL,
    period_year        INT         NOT NULL,
    latest_version_no  INT         NOT NULL DEFAULT 0,
    first_submitted_at DATETIME(6) NULL,
    created_at         DATETIME(6) NOT NULL,
    updated_at         DATETIME(6) NOT NULL,
    version            INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_declaration_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_declaration_obligation FOREIGN KEY (obligation_id) REFERENCES obligation (id),
    CONSTRAINT uq_declaration_obligation UNIQUE (obligation_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_declaration_person ON declaration (person_id, declaration_type, period_year);
CREATE INDEX ix_declaration_submitted ON declaration (first_submitted_at);

-- The draft being edited: the first filing, or an amendment (with its reason) of the latest version.
CREATE TABLE declaration_draft (
    declaration_id   BIGINT        NOT NULL,
    content          LONGTEXT      NOT NULL,
    revision         INT           NOT NULL,
    base_version_no  INT           NOT NULL,
    amendment_reason VARCHAR(2000) NULL,
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    PRIMARY KEY (declaration_id),
    CONSTRAINT fk_draft_declaration FOREIGN KEY (declaration_id) REFERENCES declaration (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE declaration_version (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    declaration_id      BIGINT        NOT NULL,
    version_no          INT           NOT NULL,
    receipt_number      VARCHAR(40)   NOT NULL,
    -- the key the filer's page sent with the submission: a retry or second click finds the version it made
    submission_key      VARCHAR(64)   NOT NULL,
    draft_revision      INT           NOT NULL,
    content             LONGTEXT      NOT NULL,
    -- SHA-256 of the canonical full content (private fields included); printed on the receipt and full PDF only
    content_hash        CHAR(64)      NOT NULL,
    -- the hash chain over every version submitted in the register
    previous_chain_hash CHAR(64)      NOT NULL,
    chain_hash          CHAR(64)      NOT NULL,
    submitted_at        DATETIME(6)   NOT NULL,
    submitted_by        VARCHAR(100)  NOT NULL,
    amendment_reason    VARCHAR(2000) NULL,
    -- warnings the filer confirmed, with their explanations (canonical JSON)
    confirmations       LONGTEXT      NOT NULL,
    -- figures computed at submission (totals by kind), for comparisons across years and red flags
    figures             LONGTEXT      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_version_declaration FOREIGN KEY (declaration_id) REFERENCES declaration (id),
    CONSTRAINT uq_version_no UNIQUE (declaration_id, version_no),
    CONSTRAINT uq_version_receipt UNIQUE (receipt_number),
    CONSTRAINT uq_version_submission UNIQUE (submission_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_version_submitted ON declaration_version (submitted_at, id);

CREATE TRIGGER declaration_version_no_update BEFORE UPDATE ON declaration_version FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a submitted declaration version cannot be changed';

CREATE TRIGGER declaration_version_no_delete BEFORE DELETE ON declaration_version FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a submitted declaration version cannot be removed';

INSERT INTO chain_head (chain, last_id, last_hash) VALUES
    ('DECLARATIONS', NULL, '0000000000000000000000000000000000000000000000000000000000000000');

-- A published version an ADMIN withheld from the public (a court order, a private value typed into free text).
-- The version is unchanged; the public sees a tombstone with the reason category.
CREATE TABLE publication_withholding (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    version_id  BIGINT        NOT NULL,
    reason      VARCHAR(2000) NOT NULL,
    withheld_by VARCHAR(100)  NOT NULL,
    withheld_at DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_withholding_version FOREIGN KEY (version_id) REFERENCES declaration_version (id),
    CONSTRAINT uq_withholding_version UNIQUE (version_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO register_setting (name, value, updated_at) VALUES
    -- a correction within this many days of the original is not late
    ('declaration.correctionGraceDays', '30', UTC_TIMESTAMP(6)),
    -- cash above this (EUR) needs the filer to confirm and explain
    ('asset.largeCashThreshold', '15000', UTC_TIMESTAMP(6));
