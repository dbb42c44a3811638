-- No one but the addressee sees a one-time link. A mail that carries one is kept with a placeholder where the
-- link goes and with what the link is for (whose account, which purpose, how long it lasts); the link is made
-- when the mail is delivered, in memory, and never stored. A session remembers the account's session epoch at
-- sign-in: a password change, a reset, disabling the account or changing its roles moves the epoch and ends
-- every session signed in before.

ALTER TABLE account ADD COLUMN session_epoch INT NOT NULL DEFAULT 0;

ALTER TABLE outbox_message
    ADD COLUMN link_account_id BIGINT NULL,
    ADD COLUMN link_purpose VARCHAR(20) NULL,
    ADD COLUMN link_valid_minutes INT NULL,
    ADD CONSTRAINT fk_outbox_link_account FOREIGN KEY (link_account_id) REFERENCES account (id);

-- Mail kept by earlier releases held its links in the body: they are removed (an invitation so affected is sent
-- again by inviting the person again, a reset by asking again).
UPDATE outbox_message SET body = '[removed: this mail held a one-time link]' WHERE body LIKE '%token=%';
