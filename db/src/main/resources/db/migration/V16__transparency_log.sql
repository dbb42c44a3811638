-- The public transparency log of filings (RFC 9162's Merkle tree): every submitted version is a leaf, in the order
-- the log took it in; the leaf is the version's public form (receipt, submission time, public content), fixed when
-- it was taken in. Signed tree heads are kept, each anchoring the audit trail's chain head at its time, and the
-- public keys that signed them. All three tables are append-only, like the audit trail.
CREATE TABLE log_leaf (
    leaf_index  BIGINT      NOT NULL,
    version_id  BIGINT      NOT NULL,
    leaf_input  LONGTEXT    NOT NULL,
    leaf_hash   CHAR(64)    NOT NULL,
    logged_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (leaf_index),
    CONSTRAINT uq_log_leaf_version UNIQUE (version_id),
    CONSTRAINT fk_log_leaf_version FOREIGN KEY (version_id) REFERENCES declaration_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE log_tree_head (
    tree_size        BIGINT       NOT NULL,
    signed_at        DATETIME(6)  NOT NULL,
    root_hash        CHAR(64)     NOT NULL,
    audit_entry_id   BIGINT       NULL,
    audit_chain_hash CHAR(64)     NOT NULL,
    key_id           CHAR(64)     NOT NULL,
    signature        VARCHAR(200) NOT NULL,
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_log_tree_head_size ON log_tree_head (tree_size);

CREATE TABLE log_key (
    key_id     CHAR(64)      NOT NULL,
    public_key VARCHAR(200)  NOT NULL,
    first_used DATETIME(6)   NOT NULL,
    PRIMARY KEY (key_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER log_leaf_no_update BEFORE UPDATE ON log_leaf FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'log_leaf is append-only';
CREATE TRIGGER log_leaf_no_delete BEFORE DELETE ON log_leaf FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'log_leaf is append-only';
CREATE TRIGGER log_tree_head_no_update BEFORE UPDATE ON log_tree_head FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'log_tree_head is append-only';
CREATE TRIGGER log_tree_head_no_delete BEFORE DELETE ON log_tree_head FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'log_tree_head is append-only';
