package gr.integrity.register.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Calls services as the test user "it-official-d" with the role OFFICIAL. */
@Stateless
@LocalBean
@PermitAll
@RunAs("OFFICIAL")
@RunAsPrincipal("it-official-d")
public class AsOfficialD extends As {

    public static final String USERNAME = "it-official-d";
}
