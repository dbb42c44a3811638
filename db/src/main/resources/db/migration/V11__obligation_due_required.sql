-- Every obligation has its due instant (filled by migration 10.1, set by the application from then on).
ALTER TABLE obligation MODIFY due_at DATETIME(6) NOT NULL;
CREATE INDEX ix_declaration_due ON declaration (first_submitted_at, due_at);
