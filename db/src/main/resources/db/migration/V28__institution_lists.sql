-- Institutions' lists of obliged persons (law 5026/2023, art. 17): an institution's liaison (a LIAISON account,
-- tied to its institution) uploads the list; each list is an import batch of that institution.
ALTER TABLE account ADD COLUMN institution_id BIGINT NULL AFTER person_id,
    ADD CONSTRAINT fk_account_institution FOREIGN KEY (institution_id) REFERENCES institution (id);
ALTER TABLE import_batch ADD COLUMN institution_id BIGINT NULL,
    ADD CONSTRAINT fk_batch_institution FOREIGN KEY (institution_id) REFERENCES institution (id);

-- The tax numbers of an obliged person's spouse or partner and minor children, as an institution's list gives
-- them: private, on no public surface, for the auditors' cross-checks.
CREATE TABLE person_relative (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    person_id  BIGINT      NOT NULL,
    relation   VARCHAR(20) NOT NULL,
    tax_number VARCHAR(20) NOT NULL,
    batch_id   BIGINT      NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_relative_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT uq_relative UNIQUE (person_id, relation, tax_number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
