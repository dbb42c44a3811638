package gr.integrity.register.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Calls services as the test user "it-liaison" with the role LIAISON. */
@Stateless
@LocalBean
@PermitAll
@RunAs("LIAISON")
@RunAsPrincipal("it-liaison")
public class AsLiaison extends As {

    public static final String USERNAME = "it-liaison";
}
