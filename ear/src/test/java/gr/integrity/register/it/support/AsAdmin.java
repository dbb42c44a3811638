package gr.integrity.register.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Calls services as the test user "it-admin" with the role ADMIN. */
@Stateless
@LocalBean
@PermitAll
@RunAs("ADMIN")
@RunAsPrincipal("it-admin")
public class AsAdmin extends As {

    public static final String USERNAME = "it-admin";
}
