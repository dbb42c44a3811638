-- The one definition of a late filing: its first submission after the instant it was due. For a declaration owed
-- by an obligation that is the end of the deadline day in Athens (kept here in UTC beside the deadline, and moved
-- with it by an extension); for a meeting declaration, the end of the fifteenth day after the meeting (kept on the
-- declaration). Filled for the rows already here by the Java migration 10.1 (Athens' summer time is the
-- application's to compute, not SQL's); obligations must have theirs from 11 on.
ALTER TABLE obligation ADD COLUMN due_at DATETIME(6) NULL AFTER deadline;
ALTER TABLE declaration ADD COLUMN due_at DATETIME(6) NULL AFTER first_submitted_at;
