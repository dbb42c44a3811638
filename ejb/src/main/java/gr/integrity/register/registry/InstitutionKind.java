package gr.integrity.register.registry;

public enum InstitutionKind {
    GOVERNMENT,
    MINISTRY,
    PARLIAMENT,
    REGION,
    MUNICIPALITY,
    COURT,
    INDEPENDENT_AUTHORITY,
    PUBLIC_ENTITY,
    SECURITY_FORCE,
    EU_INSTITUTION,
    OTHER
}
