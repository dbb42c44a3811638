-- Oversight: the auditors' review of each declaration, the red flags that rank the queue, and reminders.
--
-- A declaration enters review when its first version is submitted (AWAITING_REVIEW). An auditor takes it
-- (IN_REVIEW, assigned), may ask the filer a question with a due date (CLARIFICATION_REQUESTED; the filer answers
-- by amending, which brings it back IN_REVIEW), and decides: ACCEPTED or REFERRED. Internal notes are the
-- auditors' only; nothing here is ever shown to the filer (but the clarification's message) or to the public.

CREATE TABLE review (
    declaration_id      BIGINT       NOT NULL,
    state               VARCHAR(30)  NOT NULL,
    assigned_to         VARCHAR(100) NULL,
    -- the weighted sum of the declaration's red flags: recomputed on every submission and weight change
    risk_score          INT          NOT NULL DEFAULT 0,
    -- whether an auditor began the review: an amendment lowering declared assets after it is flagged
    review_started_at   DATETIME(6)  NULL,
    state_changed_at    DATETIME(6)  NOT NULL,
    version             INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (declaration_id),
    CONSTRAINT fk_review_declaration FOREIGN KEY (declaration_id) REFERENCES declaration (id),
    CONSTRAINT ck_review_state CHECK (state IN ('AWAITING_REVIEW', 'IN_REVIEW', 'CLARIFICATION_REQUESTED',
                                                'ACCEPTED', 'REFERRED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_review_queue ON review (state, risk_score, declaration_id);

CREATE TABLE review_note (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    declaration_id BIGINT        NOT NULL,
    author         VARCHAR(100)  NOT NULL,
    written_at     DATETIME(6)   NOT NULL,
    text           VARCHAR(4000) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_review_note_declaration FOREIGN KEY (declaration_id) REFERENCES declaration (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_review_note_declaration ON review_note (declaration_id, written_at);

-- A question to the filer, answered by the next version they submit.
CREATE TABLE clarification (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    declaration_id      BIGINT        NOT NULL,
    requested_by        VARCHAR(100)  NOT NULL,
    requested_at        DATETIME(6)   NOT NULL,
    message             VARCHAR(2000) NOT NULL,
    due_date            DATE          NOT NULL,
    answered_version_no INT           NULL,
    answered_at         DATETIME(6)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_clarification_declaration FOREIGN KEY (declaration_id) REFERENCES declaration (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_clarification_declaration ON clarification (declaration_id, answered_at);

-- The red flags the register knows, with the weight an ADMIN gives each (0 switches one off).
CREATE TABLE red_flag_rule (
    code       VARCHAR(40)  NOT NULL,
    weight     INT          NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    PRIMARY KEY (code),
    CONSTRAINT ck_red_flag_weight CHECK (weight BETWEEN 0 AND 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO red_flag_rule (code, weight, updated_at, updated_by) VALUES
    ('UNEXPLAINED_WEALTH', 40, UTC_TIMESTAMP(6), 'migration'),
    ('ASSETS_ABOVE_INCOME', 20, UTC_TIMESTAMP(6), 'migration'),
    ('LARGE_CASH', 15, UTC_TIMESTAMP(6), 'migration'),
    ('NON_BANK_LOAN', 15, UTC_TIMESTAMP(6), 'migration'),
    ('GIFT_ABOVE_THRESHOLD', 10, UTC_TIMESTAMP(6), 'migration'),
    ('MEETING_WITH_INTEREST', 30, UTC_TIMESTAMP(6), 'migration'),
    ('LOBBYIST_COOLING_OFF', 25, UTC_TIMESTAMP(6), 'migration'),
    ('LATE_FILING', 10, UTC_TIMESTAMP(6), 'migration'),
    ('MISSING_FILING', 30, UTC_TIMESTAMP(6), 'migration'),
    ('ASSETS_LOWERED_IN_REVIEW', 35, UTC_TIMESTAMP(6), 'migration');

-- The flags raised on a declaration's latest version (replaced when a new version is submitted), or on a
-- person's missing filing (declaration_id empty, obligation_id set). The explanation's figures are kept as
-- arguments of the rule's message; the section and item say where in the filing they come from.
CREATE TABLE red_flag (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    code           VARCHAR(40)   NOT NULL,
    declaration_id BIGINT        NULL,
    version_no     INT           NULL,
    person_id      BIGINT        NOT NULL,
    obligation_id  BIGINT        NULL,
    arguments      VARCHAR(2000) NOT NULL,
    section        VARCHAR(40)   NULL,
    item_id        VARCHAR(40)   NULL,
    raised_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_red_flag_rule FOREIGN KEY (code) REFERENCES red_flag_rule (code),
    CONSTRAINT fk_red_flag_declaration FOREIGN KEY (declaration_id) REFERENCES declaration (id),
    CONSTRAINT fk_red_flag_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_red_flag_obligation FOREIGN KEY (obligation_id) REFERENCES obligation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_red_flag_declaration ON red_flag (declaration_id);
CREATE INDEX ix_red_flag_person ON red_flag (person_id, code);
CREATE UNIQUE INDEX uq_red_flag_missing ON red_flag (obligation_id, code);

-- Reminders sent before a deadline, once per obligation and kind (7 days before, 1 day before).
CREATE TABLE deadline_reminder (
    obligation_id BIGINT      NOT NULL,
    kind          VARCHAR(20) NOT NULL,
    sent_at       DATETIME(6) NOT NULL,
    PRIMARY KEY (obligation_id, kind),
    CONSTRAINT fk_reminder_obligation FOREIGN KEY (obligation_id) REFERENCES obligation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO register_setting (name, value, updated_at) VALUES
    -- what a household is assumed to spend a year (EUR): growth of net assets beyond income minus this is unexplained
    ('review.livingAllowance', '12000', UTC_TIMESTAMP(6));
