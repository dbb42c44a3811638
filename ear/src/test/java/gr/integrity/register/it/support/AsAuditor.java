package gr.integrity.register.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Calls services as the test user "it-auditor" with the role AUDITOR. */
@Stateless
@LocalBean
@PermitAll
@RunAs("AUDITOR")
@RunAsPrincipal("it-auditor")
public class AsAuditor extends As {

    public static final String USERNAME = "it-auditor";
}
