package gr.integrity.register.security;

public enum AccountStatus {
    /** invited; becomes active when the person sets a password through the one-time link */
    INVITED,
    ACTIVE,
    DISABLED
}
