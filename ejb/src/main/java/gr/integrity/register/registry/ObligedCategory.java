package gr.integrity.register.registry;

/** The thirteen categories of obliged persons of Law 5026/2023. */
public enum ObligedCategory {
    /** political persons: ministers, deputy ministers, members of parliament, party leaders */
    POLITICAL,
    /** secretaries general and special secretaries */
    SECRETARY_GENERAL,
    /** regional governors, mayors, regional and municipal councillors */
    LOCAL_GOVERNMENT,
    /** managers of the wider public sector */
    PUBLIC_SECTOR,
    /** judges and prosecutors */
    JUSTICE,
    FINANCIAL_SECTOR,
    MEDIA,
    /** armed forces, police, fire and coast guard officers */
    ARMED_SECURITY,
    /** tax, customs and audit services */
    AUDIT_FINANCIAL,
    SPORT,
    /** those awarding public contracts above EUR 150,000 */
    PUBLIC_CONTRACTS,
    MEDICAL,
    /** others named by law */
    OTHER
}
