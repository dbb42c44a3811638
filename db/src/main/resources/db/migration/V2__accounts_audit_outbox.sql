-- Accounts, sign-in throttling, one-time links, outgoing mail and the audit trail.

CREATE TABLE account (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    username        VARCHAR(100) NOT NULL,
    display_name    VARCHAR(200) NOT NULL,
    email           VARCHAR(254) NOT NULL,
    -- PBKDF2 hash in the Jakarta Security format; NULL until an invited person sets a password
    password_hash   VARCHAR(400) NULL,
    status          VARCHAR(20)  NOT NULL,
    person_id       BIGINT       NULL,
    language        VARCHAR(5)   NOT NULL DEFAULT 'el',
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    last_sign_in_at DATETIME(6)  NULL,
    version         INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_account_username UNIQUE (username),
    CONSTRAINT uq_account_email UNIQUE (email),
    CONSTRAINT fk_account_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT fk_role_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One-time links (invitation, password reset, first-administrator setup). Only a SHA-256 of the token is kept.
CREATE TABLE account_token (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    account_id BIGINT      NULL,
    purpose    VARCHAR(20) NOT NULL,
    token_hash CHAR(64)    NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    used_at    DATETIME(6) NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_token_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Failed sign-ins per account and per client address: a growing delay, never a lock-out.
CREATE TABLE sign_in_throttle (
    throttle_key    VARCHAR(200) NOT NULL,
    failures        INT          NOT NULL,
    last_failure_at DATETIME(6)  NOT NULL,
    blocked_until   DATETIME(6)  NOT NULL,
    PRIMARY KEY (throttle_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every mail the register sends passes through here; in the embedded run it stays here for ADMIN to read.
CREATE TABLE outbox_message (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    recipient  VARCHAR(254)  NOT NULL,
    subject    VARCHAR(300)  NOT NULL,
    body       TEXT          NOT NULL,
    status     VARCHAR(20)   NOT NULL,
    attempts   INT           NOT NULL DEFAULT 0,
    last_error VARCHAR(500)  NULL,
    created_at DATETIME(6)   NOT NULL,
    sent_at    DATETIME(6)   NULL,
    version    INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_outbox_status ON outbox_message (status, id);

-- The audit trail: append-only, each entry's hash chained to the previous one.
CREATE TABLE audit_entry (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_at    DATETIME(6)   NOT NULL,
    actor          VARCHAR(100)  NOT NULL,
    client_address VARCHAR(64)   NULL,
    action         VARCHAR(60)   NOT NULL,
    object_type    VARCHAR(40)   NULL,
    object_id      VARCHAR(64)   NULL,
    details        VARCHAR(2000) NULL,
    previous_hash  CHAR(64)      NOT NULL,
    entry_hash     CHAR(64)      NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_audit_time ON audit_entry (occurred_at);
CREATE INDEX ix_audit_object ON audit_entry (object_type, object_id);
CREATE INDEX ix_audit_actor ON audit_entry (actor, occurred_at);

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only';

CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only';

-- The last link of each hash chain; locking its row orders the appends.
CREATE TABLE chain_head (
    chain     VARCHAR(40) NOT NULL,
    last_id   BIGINT      NULL,
    last_hash CHAR(64)    NOT NULL,
    PRIMARY KEY (chain)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO chain_head (chain, last_id, last_hash) VALUES
    ('AUDIT', NULL, '0000000000000000000000000000000000000000000000000000000000000000');

-- Imports: the whole file is kept so that an interrupted import can be resumed.
CREATE TABLE import_batch (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    kind            VARCHAR(40)   NOT NULL,
    file_name       VARCHAR(255)  NOT NULL,
    file_sha256     CHAR(64)      NOT NULL,
    content         LONGBLOB      NOT NULL,
    source          VARCHAR(500)  NULL,
    licence         VARCHAR(200)  NULL,
    status          VARCHAR(20)   NOT NULL,
    total_rows      INT           NOT NULL,
    processed_rows  INT           NOT NULL DEFAULT 0,
    created_count   INT           NOT NULL DEFAULT 0,
    matched_count   INT           NOT NULL DEFAULT 0,
    skipped_count   INT           NOT NULL DEFAULT 0,
    review_count    INT           NOT NULL DEFAULT 0,
    started_by      VARCHAR(100)  NOT NULL,
    started_at      DATETIME(6)   NOT NULL,
    finished_at     DATETIME(6)   NULL,
    version         INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_import_batch_file ON import_batch (kind, file_sha256);

CREATE TABLE import_row (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    batch_id    BIGINT        NOT NULL,
    row_no      INT           NOT NULL,
    outcome     VARCHAR(20)   NOT NULL,
    reason      VARCHAR(60)   NOT NULL,
    detail      VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_import_row_batch FOREIGN KEY (batch_id) REFERENCES import_batch (id),
    CONSTRAINT uq_import_row UNIQUE (batch_id, row_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Rows whose person could be one of several people: an ADMIN decides, the importer never merges on a guess.
CREATE TABLE import_review (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    batch_id      BIGINT        NOT NULL,
    row_no        INT           NOT NULL,
    fingerprint   CHAR(64)      NOT NULL,
    source_name   VARCHAR(300)  NOT NULL,
    record_json   TEXT          NOT NULL,
    candidate_ids VARCHAR(500)  NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    resolution    VARCHAR(300)  NULL,
    resolved_by   VARCHAR(100)  NULL,
    resolved_at   DATETIME(6)   NULL,
    created_at    DATETIME(6)   NOT NULL,
    version       INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_import_review_batch FOREIGN KEY (batch_id) REFERENCES import_batch (id),
    CONSTRAINT uq_import_review UNIQUE (fingerprint)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
