-- The lobbying register filled by the lobbyists themselves, and the documents officials received at meetings.
--
-- A LOBBYIST account registers its organisation (PENDING until an ADMIN confirms it) and keeps it up to date: it
-- may change only the organisations it represents, and a change to a confirmed entry waits, as a proposal, for an
-- ADMIN to approve it, so the public entry never shows what nobody checked.

ALTER TABLE organisation ADD COLUMN representative_id BIGINT NULL;
ALTER TABLE organisation ADD CONSTRAINT fk_organisation_representative FOREIGN KEY (representative_id) REFERENCES account (id);
-- the change a representative proposed to a confirmed entry (the entry's form as JSON), until an ADMIN decides
ALTER TABLE organisation ADD COLUMN proposed_change TEXT NULL;
ALTER TABLE organisation ADD COLUMN proposed_change_at DATETIME(6) NULL;

CREATE INDEX ix_organisation_representative ON organisation (representative_id);

-- The clients a consultancy or law firm lobbies for: each itself a record of the organisations register.
CREATE TABLE organisation_client (
    organisation_id BIGINT       NOT NULL,
    client_id       BIGINT       NOT NULL,
    recorded_at     DATETIME(6)  NOT NULL,
    recorded_by     VARCHAR(100) NOT NULL,
    PRIMARY KEY (organisation_id, client_id),
    CONSTRAINT fk_client_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_client_client FOREIGN KEY (client_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_client_client ON organisation_client (client_id);

-- Documents received at a meeting, attached to its declaration as PDF files. A document is addressed by the
-- SHA-256 of its bytes, which is also what the declaration's content names: the version's hash therefore covers
-- the documents, and a stored document is never changed (a different file is a different document).
CREATE TABLE declaration_document (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    declaration_id BIGINT       NOT NULL,
    sha256         CHAR(64)     NOT NULL,
    file_name      VARCHAR(200) NOT NULL,
    size_bytes     INT          NOT NULL,
    content        LONGBLOB     NOT NULL,
    uploaded_at    DATETIME(6)  NOT NULL,
    uploaded_by    VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_document_declaration FOREIGN KEY (declaration_id) REFERENCES declaration (id),
    CONSTRAINT uq_document_sha UNIQUE (declaration_id, sha256)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO register_setting (name, value, updated_at) VALUES
    -- the largest PDF (in MB) an official may attach to a meeting declaration
    ('meeting.documentMaxMegabytes', '10', UTC_TIMESTAMP(6));
