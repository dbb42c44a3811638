-- A declaration of interests naming an organisation the official is recorded meeting (declared here or imported):
-- the other side of MEETING_WITH_INTEREST, raised again on the person's latest declaration whenever their meetings
-- change, so that the order of filing does not decide whether the auditors see the conflict.
INSERT INTO red_flag_rule (code, weight, updated_at, updated_by) VALUES
    ('INTEREST_MET_ORGANISATION', 30, UTC_TIMESTAMP(6), 'migration');
