package gr.integrity.register.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Calls services as the test user "it-official-c" with the role OFFICIAL. */
@Stateless
@LocalBean
@PermitAll
@RunAs("OFFICIAL")
@RunAsPrincipal("it-official-c")
public class AsOfficialC extends As {

    public static final String USERNAME = "it-official-c";
}
