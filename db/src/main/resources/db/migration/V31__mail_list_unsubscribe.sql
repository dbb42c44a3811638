-- A digest mail names the address that stops it in one click (RFC 8058's List-Unsubscribe, posted to by the
-- recipient's mail program): kept with the queued mail, made into headers at delivery.
ALTER TABLE outbox_message
    ADD COLUMN list_unsubscribe VARCHAR(500) NULL;
