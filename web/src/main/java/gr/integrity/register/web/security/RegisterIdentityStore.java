package gr.integrity.register.web.security;

import gr.integrity.register.platform.ClientContext;
import gr.integrity.register.security.AuthenticationService;
import gr.integrity.register.security.Role;
import gr.integrity.register.security.SignInResult;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import java.util.stream.Collectors;

/** Checks user names and passwords against the register's accounts (through the service, which throttles). */
@ApplicationScoped
public class RegisterIdentityStore implements IdentityStore {

    @EJB
    private AuthenticationService authentication;

    @Inject
    private ClientContext client;

    @Inject
    private SignInAttempt attempt;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        SignInResult result = authentication.signIn(credential.getCaller(), credential.getPassword().getValue(),
                client.address(), attempt.deviceMark());
        attempt.record(result);
        if (!result.isSignedIn()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(result.username(),
                result.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}
