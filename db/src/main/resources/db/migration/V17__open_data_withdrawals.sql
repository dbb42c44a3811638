-- What left the public register after it had been published in a bulk file: a version an ADMIN withheld, or the
-- versions of a category whose publication was turned off. The files that held them are taken down; the change
-- file published next lists each one here, so that a copy made from the earlier files can drop them too.

CREATE TABLE open_data_withdrawal (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    declaration_id BIGINT      NOT NULL,
    version_no     INT         NOT NULL,
    receipt_number VARCHAR(40) NOT NULL,
    reason         VARCHAR(20) NOT NULL,
    withdrawn_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_withdrawal_reason CHECK (reason IN ('WITHHELD', 'UNPUBLISHED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_withdrawal_time ON open_data_withdrawal (withdrawn_at, id);
