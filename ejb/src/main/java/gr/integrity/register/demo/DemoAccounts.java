package gr.integrity.register.demo;

import gr.integrity.register.security.Role;

import java.util.List;

/** The demo accounts and their passwords: in the demo data only, printed at startup of the embedded run. */
public final class DemoAccounts {

    public record Demo(String username, String password, Role role, String description) {
    }

    /** The interest representative, who keeps the demo consultancy's entry. */
    public static final String LOBBYIST = "lobbyist";

    /** The liaison of the demo data's first institution, who sends its lists of obliged persons. */
    public static final String LIAISON = "liaison";

    public static final List<Demo> ALL = List.of(
            new Demo("admin", "demo-admin-2026", Role.ADMIN, "register administrator"),
            new Demo("auditor", "demo-auditor-2026", Role.AUDITOR, "oversight auditor"),
            new Demo("official", "demo-official-2026", Role.OFFICIAL, "a minister"),
            new Demo("official2", "demo-official2-2026", Role.OFFICIAL, "a member of parliament"),
            new Demo(LOBBYIST, "demo-lobbyist-2026", Role.LOBBYIST, "an interest representative"),
            new Demo(LIAISON, "demo-liaison-2026", Role.LIAISON, "an institution's liaison"));

    private DemoAccounts() {
    }
}
