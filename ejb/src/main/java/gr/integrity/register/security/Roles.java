package gr.integrity.register.security;

/** Role names, as constants for {@code @RolesAllowed}. */
public final class Roles {

    public static final String OFFICIAL = "OFFICIAL";
    public static final String AUDITOR = "AUDITOR";
    public static final String ADMIN = "ADMIN";
    public static final String LOBBYIST = "LOBBYIST";
    public static final String LIAISON = "LIAISON";

    private Roles() {
    }
}
