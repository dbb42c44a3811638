-- A person who lobbies for an organisation may be someone the register already knows: a former official, whose
-- mandates say when their public posts ended. The register matches the lobbyist's name to its persons the way the
-- officials importer does and flags the revolving door from those mandates' end dates, not from the past position
-- a representative typed. Where the match is uncertain an ADMIN decides; the decision is kept here:
--   CONFIRMED  the lobbyist is person_id
--   REJECTED   none of the register's namesakes is the lobbyist (the typed past position, if any, stands)
-- A lobbyist with no decision (NULL) is matched afresh at every read, so a person imported later is found.
ALTER TABLE organisation_lobbyist
    ADD COLUMN person_id       BIGINT       NULL,
    ADD COLUMN person_decision VARCHAR(20)  NULL,
    ADD COLUMN decided_by      VARCHAR(100) NULL,
    ADD COLUMN decided_at      DATETIME(6)  NULL,
    ADD CONSTRAINT fk_lobbyist_person FOREIGN KEY (person_id) REFERENCES person (id);
