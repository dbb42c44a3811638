package gr.integrity.register.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Calls services as the test user "it-lobbyist-b" with the role LOBBYIST. */
@Stateless
@LocalBean
@PermitAll
@RunAs("LOBBYIST")
@RunAsPrincipal("it-lobbyist-b")
public class AsLobbyistB extends As {

    public static final String USERNAME = "it-lobbyist-b";
}
