package gr.integrity.register.security;

/** The roles of the design. The public needs no account. */
public enum Role {
    /** files, saves, submits and amends their own declarations */
    OFFICIAL,
    /** reviews filings with full data; never edits one */
    AUDITOR,
    /** institutions, positions, obligations, deadlines, accounts, imports */
    ADMIN,
    /** keeps an organisation's entry in the lobbying register, subject to ADMIN approval */
    LOBBYIST,
    /** an institution's liaison: sends the institution's lists of obliged persons (law 5026/2023, art. 17) */
    LIAISON
}
