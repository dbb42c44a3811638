package gr.integrity.register.audit;

/** What an audit entry records. */
public enum AuditAction {
    SIGN_IN,
    SIGN_IN_FAILED,
    SIGN_IN_THROTTLED,
    SIGN_OUT,
    ACCESS_REFUSED,
    ACCOUNT_INVITED,
    ACCOUNT_ACTIVATED,
    ACCOUNT_CHANGED,
    PASSWORD_RESET_REQUESTED,
    PASSWORD_RESET,
    FIRST_ADMIN_CREATED,
    INSTITUTION_CREATED,
    INSTITUTION_CHANGED,
    POSITION_CREATED,
    POSITION_CHANGED,
    PERSON_CREATED,
    PERSON_CHANGED,
    MANDATE_CREATED,
    MANDATE_CHANGED,
    DEADLINE_EXTENDED,
    POLICY_CHANGED,
    SETTING_CHANGED,
    IMPORT_STARTED,
    IMPORT_FINISHED,
    IMPORT_REVIEW_RESOLVED,
    DEMO_DATA_LOADED,
    SCALE_DATA_LOADED,
    DECLARATION_STARTED,
    DECLARATION_SUBMITTED,
    DECLARATION_AMENDMENT_STARTED,
    DECLARATION_AMENDED,
    VERSION_WITHHELD,
    ORGANISATION_CREATED,
    ORGANISATION_PROPOSED,
    ORGANISATION_CHANGED,
    ORGANISATION_CONFIRMED,
    /** an ADMIN confirmed the persons and clients a representative entered, which the public then sees */
    ORGANISATION_ENTRIES_CONFIRMED,
    ORGANISATION_MERGED,
    /** a representative proposed a change to a confirmed organisation entry */
    ORGANISATION_CHANGE_PROPOSED,
    /** an ADMIN approved or rejected a proposed change */
    ORGANISATION_CHANGE_DECIDED,
    REVIEW_ASSIGNED,
    REVIEW_STATE_CHANGED,
    CLARIFICATION_REQUESTED,
    REVIEW_NOTE_ADDED,
    FLAG_WEIGHT_CHANGED,
    REMINDER_SENT,
    OPEN_DATA_PUBLISHED,
    /** an auditor downloaded the year's late filings and fees, with tax numbers, for collection */
    LATE_FEES_EXPORTED,
    /** a member of the public reported a field of a published declaration or meeting as inaccurate */
    INACCURACY_REPORTED,
    INACCURACY_REPORT_HANDLED,
    /** bulk files that held a version since withheld were taken down (and a new snapshot published without it) */
    OPEN_DATA_WITHDRAWN,
    /** an auditor (or anyone but the filer) read a version's full, unredacted content */
    UNREDACTED_VIEW,
    /** an ADMIN opened a person's record with its private fields (tax number, date of birth) */
    PERSON_PRIVATE_READ,
    /** someone other than the filer (an auditor) downloaded a document attached to a filing */
    DOCUMENT_READ
}
