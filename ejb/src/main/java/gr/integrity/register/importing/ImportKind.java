package gr.integrity.register.importing;

public enum ImportKind {
    /** Greek members of parliament 1989-2020 (one row per term; a party switch starts a new row) */
    GR_PARLIAMENT_MEMBERS,
    /** Greek government members and their roles 1989-2020 */
    GR_GOVERNMENT_ROLES,
    /** the European Commission's export of meetings with interest representatives */
    EC_MEETINGS,
    /** an institution's list of its obliged persons, sent by its liaison (law 5026/2023, art. 17) */
    INSTITUTION_LIST
}
