package gr.integrity.register.organisation;

/** What kind of body an organisation is (the categories of the lobbying registers). */
public enum OrganisationCategory {
    COMPANY,
    CONSULTANCY,
    LAW_FIRM,
    TRADE_ASSOCIATION,
    PROFESSIONAL_BODY,
    TRADE_UNION,
    NGO,
    THINK_TANK,
    ACADEMIC,
    RELIGIOUS,
    PUBLIC_BODY,
    POLITICAL_PARTY,
    OTHER
}
