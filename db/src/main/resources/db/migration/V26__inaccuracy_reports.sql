-- Reports from the public that a field of a published declaration or meeting is inaccurate. Nothing of a report is
-- public: it reaches the auditors' queue beside the filing's flags, and the reporter keeps its reference number.
-- The reporter's address is kept only as a keyed hash, to limit how many reports one address sends in an hour.
CREATE TABLE inaccuracy_report (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    reference        VARCHAR(20)   NOT NULL,
    declaration_id   BIGINT        NULL,
    version_no       INT           NULL,
    meeting_id       BIGINT        NULL,
    -- the field reported, as "section.field" of the declaration's schema ("header.subject"), or "other"
    field            VARCHAR(120)  NOT NULL,
    explanation      VARCHAR(4000) NOT NULL,
    -- optional evidence: a PDF, stored rewritten without metadata, scripts or attachments
    evidence         LONGBLOB      NULL,
    evidence_sha256  CHAR(64)      NULL,
    reporter_key     CHAR(64)      NOT NULL,
    received_at      DATETIME(6)   NOT NULL,
    state            VARCHAR(20)   NOT NULL,
    handled_by       VARCHAR(100)  NULL,
    handled_at       DATETIME(6)   NULL,
    handling_note    VARCHAR(2000) NULL,
    version          INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_report_reference UNIQUE (reference),
    CONSTRAINT fk_report_declaration FOREIGN KEY (declaration_id) REFERENCES declaration (id),
    CONSTRAINT fk_report_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT ck_report_target CHECK ((declaration_id IS NULL) <> (meeting_id IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_report_state ON inaccuracy_report (state, received_at);
CREATE INDEX ix_report_declaration ON inaccuracy_report (declaration_id);
CREATE INDEX ix_report_meeting ON inaccuracy_report (meeting_id);
CREATE INDEX ix_report_reporter ON inaccuracy_report (reporter_key, received_at);
