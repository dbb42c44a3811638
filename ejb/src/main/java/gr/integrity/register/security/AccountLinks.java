package gr.integrity.register.security;

import gr.integrity.register.platform.RegisterConfig;
import gr.integrity.register.platform.mail.OneTimeLink;
import gr.integrity.register.platform.mail.OneTimeLinks;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The links that invitations and password resets carry, made when their mail is delivered (inside the delivery's
 * transaction): a new token, of which only the hash is stored, on the page that uses it.
 */
@Dependent
public class AccountLinks implements OneTimeLinks {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountRegistry registry;

    @Inject
    private RegisterConfig config;

    @Override
    public String make(OneTimeLink link) {
        Account account = em.find(Account.class, link.accountId());
        if (account == null) {
            throw new IllegalStateException("the account " + link.accountId() + " the link was for is gone");
        }
        AccountToken.Purpose purpose = AccountToken.Purpose.valueOf(link.purpose());
        String page = switch (purpose) {
            case INVITATION -> "/account/activate.xhtml";
            case PASSWORD_RESET -> "/account/reset-password.xhtml";
            case SETUP, DEVICE -> throw new IllegalArgumentException(purpose + " is never mailed");
        };
        return config.baseUrl() + page + "?token=" + registry.issueToken(account, purpose, link.validity());
    }
}
