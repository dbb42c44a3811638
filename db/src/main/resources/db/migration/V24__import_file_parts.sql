-- An uploaded file is kept in parts of at most a megabyte, one statement per part, so that no packet comes near
-- the server's max_allowed_packet (16 MB by default): a 30 MB file sent whole is about twice that on the wire, and
-- its upload failed. Files already kept whole stay whole, as their one part (copied within the server, no packet).
CREATE TABLE import_file_part (
    batch_id BIGINT   NOT NULL,
    part_no  INT      NOT NULL,
    content  LONGBLOB NOT NULL,
    PRIMARY KEY (batch_id, part_no),
    CONSTRAINT fk_import_file_part_batch FOREIGN KEY (batch_id) REFERENCES import_batch (id)
) ENGINE = InnoDB;

INSERT INTO import_file_part (batch_id, part_no, content) SELECT batch_id, 0, content FROM import_file;

DROP TABLE import_file;
