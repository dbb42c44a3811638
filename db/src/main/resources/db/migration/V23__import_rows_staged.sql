-- An import no longer holds its file's rows in memory: the file is kept apart from the batch (so that following a
-- batch's progress never loads it), and its rows wait in the database, staged from the file as it streams past,
-- until the chunk that applies them removes them in its own transaction.

CREATE TABLE import_file (
    batch_id BIGINT   NOT NULL,
    content  LONGBLOB NOT NULL,
    PRIMARY KEY (batch_id),
    CONSTRAINT fk_import_file_batch FOREIGN KEY (batch_id) REFERENCES import_batch (id)
) ENGINE = InnoDB;

INSERT INTO import_file (batch_id, content) SELECT id, content FROM import_batch;

ALTER TABLE import_batch DROP COLUMN content;

CREATE TABLE import_pending_row (
    batch_id   BIGINT   NOT NULL,
    -- the row's number among the file's rows, and the line of the file it started on
    file_row   INT      NOT NULL,
    line       INT      NOT NULL,
    -- the row's values by column, a JSON object in the file's column order
    row_values LONGTEXT NOT NULL,
    PRIMARY KEY (batch_id, file_row),
    CONSTRAINT fk_import_pending_row_batch FOREIGN KEY (batch_id) REFERENCES import_batch (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
