package gr.integrity.register.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Calls services as the test user "it-auditor-b" with the role AUDITOR. */
@Stateless
@LocalBean
@PermitAll
@RunAs("AUDITOR")
@RunAsPrincipal("it-auditor-b")
public class AsAuditorB extends As {

    public static final String USERNAME = "it-auditor-b";
}
