-- Watchlists: anyone may follow an official, an organisation or a meeting search by e-mail, without an account.
-- A watch starts PENDING until its address confirms it by the link mailed to it, is ACTIVE while digests go out,
-- and ENDED when the link in any digest unsubscribes it. The address is on no public surface: only the outbox sees
-- it. The token is the watch's secret in its links (confirm, unsubscribe); the requester's address is kept as a hash,
-- to limit how many watches one address asks for in an hour.
CREATE TABLE watch (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    email           VARCHAR(254) NOT NULL,
    language        VARCHAR(5)   NOT NULL,
    kind            VARCHAR(20)  NOT NULL,
    person_id       BIGINT       NULL,
    organisation_id BIGINT       NULL,
    search_words    VARCHAR(200) NULL,
    token           CHAR(43)     NOT NULL,
    state           VARCHAR(20)  NOT NULL,
    requester_key   CHAR(64)     NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    confirmed_at    DATETIME(6)  NULL,
    ended_at        DATETIME(6)  NULL,
    -- what the last digest covered up to: the next one tells what came after
    covered_until   DATETIME(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_watch_token UNIQUE (token),
    CONSTRAINT fk_watch_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_watch_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_watch_state ON watch (state, email);
CREATE INDEX ix_watch_requester ON watch (requester_key, created_at);
