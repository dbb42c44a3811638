-- The bulk downloads of the public register: a full snapshot each day and, between snapshots, files of what
-- changed since the previous file. Each file is written once, by streaming, and listed here with its size and
-- SHA-256, so that a download can be checked and a change file says exactly which period it covers.

CREATE TABLE open_data_file (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    name         VARCHAR(100) NOT NULL,
    kind         VARCHAR(20)  NOT NULL,
    -- what the file covers: for a change file, records published after covers_from up to covers_to
    covers_from  DATETIME(6)  NULL,
    covers_to    DATETIME(6)  NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    records      BIGINT       NOT NULL,
    published_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_open_data_name UNIQUE (name),
    CONSTRAINT ck_open_data_kind CHECK (kind IN ('FULL', 'CHANGES'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_open_data_published ON open_data_file (published_at);
