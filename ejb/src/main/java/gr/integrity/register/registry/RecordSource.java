package gr.integrity.register.registry;

/** Where a record came from: entered in the register, generated as demo data, or imported from a published file. */
public enum RecordSource {
    REGISTER,
    DEMO,
    SCALE,
    GR_PARLIAMENT_FILE,
    GR_GOVERNMENT_FILE,
    EC_MEETINGS_EXPORT,
    /** an institution's list of its obliged persons, sent by its liaison */
    INSTITUTION_LIST
}
