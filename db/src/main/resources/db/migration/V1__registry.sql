-- The registry: who holds which post, and which declarations that obliges them to file.
-- Portable between MySQL 8 and MariaDB 10.11+; all times are UTC (DATETIME(6)), text is utf8mb4.
-- Columns ending in _key hold a folded form (no accents, lower case, final sigma folded) computed by the
-- application, so that search and uniqueness ignore accents and case the same way on every server.

CREATE TABLE institution (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    name_el     VARCHAR(300) NOT NULL,
    name_en     VARCHAR(300) NULL,
    name_key    VARCHAR(300) NOT NULL,
    kind        VARCHAR(30)  NOT NULL,
    website     VARCHAR(300) NULL,
    source      VARCHAR(40)  NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    version     INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_institution_name UNIQUE (name_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE person (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    given_name     VARCHAR(100) NOT NULL,
    family_name    VARCHAR(100) NOT NULL,
    father_name    VARCHAR(100) NULL,
    given_name_en  VARCHAR(100) NOT NULL,
    family_name_en VARCHAR(100) NOT NULL,
    -- folded name tokens (given, family, Latin forms) for search
    search_key     VARCHAR(500) NOT NULL,
    -- sorted folded tokens of given and family name, for matching people across files
    name_key       VARCHAR(300) NOT NULL,
    gender         VARCHAR(10)  NULL,
    -- private fields: never on a public surface
    birth_date     DATE         NULL,
    tax_number     VARCHAR(20)  NULL,
    email          VARCHAR(254) NULL,
    phone          VARCHAR(40)  NULL,
    source         VARCHAR(40)  NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    version        INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_person_tax_number UNIQUE (tax_number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_person_name_key ON person (name_key);
CREATE INDEX ix_person_family ON person (family_name, given_name);

CREATE TABLE position (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    institution_id     BIGINT       NOT NULL,
    title_el           VARCHAR(300) NOT NULL,
    title_en           VARCHAR(300) NULL,
    title_key          VARCHAR(300) NOT NULL,
    category           VARCHAR(40)  NOT NULL,
    -- years of final declarations after leaving; NULL = the category's default
    final_filing_years INT          NULL,
    created_at         DATETIME(6)  NOT NULL,
    updated_at         DATETIME(6)  NOT NULL,
    version            INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_position_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT uq_position_title UNIQUE (institution_id, title_key),
    CONSTRAINT ck_position_final_years CHECK (final_filing_years IS NULL OR final_filing_years BETWEEN 0 AND 10)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE mandate (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    person_id    BIGINT       NOT NULL,
    position_id  BIGINT       NOT NULL,
    start_date   DATE         NOT NULL,
    end_date     DATE         NULL,
    constituency VARCHAR(200) NULL,
    source       VARCHAR(40)  NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    version      INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_mandate_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_mandate_position FOREIGN KEY (position_id) REFERENCES position (id),
    CONSTRAINT uq_mandate UNIQUE (person_id, position_id, start_date),
    CONSTRAINT ck_mandate_dates CHECK (end_date IS NULL OR end_date >= start_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_mandate_position ON mandate (position_id, start_date);

-- Party membership within one parliamentary mandate: a party switch continues the mandate.
CREATE TABLE mandate_affiliation (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    mandate_id BIGINT       NOT NULL,
    party      VARCHAR(200) NOT NULL,
    start_date DATE         NOT NULL,
    end_date   DATE         NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_affiliation_mandate FOREIGN KEY (mandate_id) REFERENCES mandate (id),
    CONSTRAINT uq_affiliation UNIQUE (mandate_id, start_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- How each of the thirteen categories of obliged persons files, and what of it is published.
CREATE TABLE category_policy (
    category            VARCHAR(40) NOT NULL,
    initial_days        INT         NOT NULL,
    final_years         INT         NOT NULL,
    interest_required   BOOLEAN     NOT NULL,
    assets_published    BOOLEAN     NOT NULL,
    interests_published BOOLEAN     NOT NULL,
    updated_at          DATETIME(6) NOT NULL,
    version             INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (category),
    CONSTRAINT ck_policy_days CHECK (initial_days BETWEEN 1 AND 365),
    CONSTRAINT ck_policy_years CHECK (final_years BETWEEN 0 AND 10)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Law 5026/2023 defaults; an ADMIN changes them as data.
INSERT INTO category_policy (category, initial_days, final_years, interest_required, assets_published, interests_published, updated_at) VALUES
    ('POLITICAL',           90, 3, TRUE,  TRUE,  TRUE,  UTC_TIMESTAMP(6)),
    ('SECRETARY_GENERAL',   90, 2, TRUE,  TRUE,  TRUE,  UTC_TIMESTAMP(6)),
    ('LOCAL_GOVERNMENT',    90, 2, FALSE, TRUE,  FALSE, UTC_TIMESTAMP(6)),
    ('PUBLIC_SECTOR',       90, 2, FALSE, FALSE, FALSE, UTC_TIMESTAMP(6)),
    ('JUSTICE',             90, 3, FALSE, FALSE, FALSE, UTC_TIMESTAMP(6)),
    ('FINANCIAL_SECTOR',    90, 2, FALSE, FALSE, FALSE, UTC_TIMESTAMP(6)),
    ('MEDIA',               90, 2, FALSE, FALSE, FALSE, UTC_TIMESTAMP(6)),
    ('ARMED_SECURITY',      90, 2, FALSE, FALSE, FALSE, UTC_TIMESTAMP(6)),
    ('AUDIT_FINANCIAL',     90, 2, FALSE, FALSE, FALSE, UTC_TIMESTAMP(6)),
    ('SPORT',               90, 2, FALSE, FALSE, FALSE, UTC_TIMESTAMP(6)),
    ('PUBLIC_CONTRACTS',    90, 2, FALSE, FALSE, FALSE, UTC_TIMESTAMP(6)),
    ('MEDICAL',             90, 2, FALSE, FALSE, FALSE, UTC_TIMESTAMP(6)),
    ('OTHER',               90, 2, FALSE, FALSE, FALSE, UTC_TIMESTAMP(6));

-- Register-wide settings that the law changes from year to year (deadlines, thresholds).
CREATE TABLE register_setting (
    name       VARCHAR(100)  NOT NULL,
    value      VARCHAR(1000) NOT NULL,
    updated_at DATETIME(6)   NOT NULL,
    updated_by VARCHAR(100)  NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO register_setting (name, value, updated_at) VALUES
    -- the income tax return deadline (month-day) of the year after the tax year
    ('obligation.taxReturnDeadline', '07-15', UTC_TIMESTAMP(6)),
    -- annual declarations are due this many months after it
    ('obligation.annualMonthsAfterTaxDeadline', '3', UTC_TIMESTAMP(6)),
    -- obligations are derived for tax years from this one on (Law 5026/2023)
    ('obligation.firstYear', '2023', UTC_TIMESTAMP(6)),
    -- the initial declaration's days are counted from this day of the month after taking office
    ('obligation.initialCountFromDay', '16', UTC_TIMESTAMP(6));

-- One obligation per person, declaration type, kind and period, however many posts require it.
CREATE TABLE obligation (
    id                BIGINT      NOT NULL AUTO_INCREMENT,
    person_id         BIGINT      NOT NULL,
    declaration_type  VARCHAR(20) NOT NULL,
    kind              VARCHAR(20) NOT NULL,
    period_year       INT         NOT NULL,
    category          VARCHAR(40) NOT NULL,
    mandate_id        BIGINT      NOT NULL,
    original_deadline DATE        NOT NULL,
    deadline          DATE        NOT NULL,
    created_at        DATETIME(6) NOT NULL,
    updated_at        DATETIME(6) NOT NULL,
    version           INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_obligation_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_obligation_mandate FOREIGN KEY (mandate_id) REFERENCES mandate (id),
    CONSTRAINT uq_obligation UNIQUE (person_id, declaration_type, kind, period_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_obligation_deadline ON obligation (deadline);
CREATE INDEX ix_obligation_period ON obligation (declaration_type, kind, period_year, category);

-- Every extension an ADMIN granted: for everyone (category NULL) or one category.
CREATE TABLE deadline_extension (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    declaration_type VARCHAR(20)   NOT NULL,
    kind             VARCHAR(20)   NOT NULL,
    period_year      INT           NOT NULL,
    category         VARCHAR(40)   NULL,
    new_deadline     DATE          NOT NULL,
    reason           VARCHAR(1000) NOT NULL,
    affected         INT           NOT NULL,
    created_by       VARCHAR(100)  NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
