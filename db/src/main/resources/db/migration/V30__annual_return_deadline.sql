-- The day a year's annual lobbying returns are due, as a setting an ADMIN can change (month-day of the next
-- year): law 4829/2021 has institutions declare the lobbying they received by the end of May, and the register
-- asks interest representatives for their returns by the same day, so that the two can be reconciled.
INSERT INTO register_setting (name, value, updated_at) VALUES
    ('return.annualDeadline', '05-31', UTC_TIMESTAMP(6));
