-- A public free-text field holding what looks like a private value (a tax number, an IBAN, a vehicle plate, a date
-- of birth): the filer confirmed a warning about it; the flag puts the filing before an auditor.
INSERT INTO red_flag_rule (code, weight, updated_at, updated_by) VALUES
    ('PRIVATE_LOOKING_TEXT', 20, UTC_TIMESTAMP(6), 'migration');
