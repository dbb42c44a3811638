-- Meetings between public officials and interest representatives: the public record of who met whom, when and
-- about what. A meeting is either declared here (it then belongs to a MEETING declaration) or imported from an
-- outside register (the European Commission's export): imported meetings keep their source, licence and import
-- batch, and have no receipt and no lateness, since nobody filed them here.

CREATE TABLE meeting (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    meeting_date    DATE          NOT NULL,
    location        VARCHAR(300)  NULL,
    subject         TEXT          NOT NULL,
    -- the subject folded (no accents, lower case) and transliterated, for search in Greek or Latin letters
    subject_key     TEXT          NOT NULL,
    -- the institution the officials met for (a ministry; a Commissioner's cabinet)
    institution_id  BIGINT        NULL,
    declaration_id  BIGINT        NULL,
    source          VARCHAR(40)   NOT NULL,
    licence         VARCHAR(200)  NULL,
    import_batch_id BIGINT        NULL,
    -- what identifies an imported meeting in its source, so that importing the file again creates nothing new
    source_key      CHAR(64)      NULL,
    created_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_meeting_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT fk_meeting_declaration FOREIGN KEY (declaration_id) REFERENCES declaration (id),
    CONSTRAINT fk_meeting_batch FOREIGN KEY (import_batch_id) REFERENCES import_batch (id),
    CONSTRAINT uq_meeting_source UNIQUE (source, source_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- keyset pagination of searches runs newest first by (date, id)
CREATE INDEX ix_meeting_date ON meeting (meeting_date, id);
CREATE INDEX ix_meeting_institution ON meeting (institution_id, meeting_date);

-- The officials present, each once, with the title they held then as the source gives it.
CREATE TABLE meeting_official (
    meeting_id BIGINT       NOT NULL,
    person_id  BIGINT       NOT NULL,
    title      VARCHAR(300) NULL,
    PRIMARY KEY (meeting_id, person_id),
    CONSTRAINT fk_meeting_official_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_meeting_official_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_meeting_official_person ON meeting_official (person_id, meeting_id);

-- The organisations met, each a record of the organisations register, with its name as the source wrote it.
CREATE TABLE meeting_organisation (
    meeting_id      BIGINT       NOT NULL,
    organisation_id BIGINT       NOT NULL,
    name_given      VARCHAR(300) NOT NULL,
    PRIMARY KEY (meeting_id, organisation_id),
    CONSTRAINT fk_meeting_org_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_meeting_org_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_meeting_org_organisation ON meeting_organisation (organisation_id, meeting_id);
