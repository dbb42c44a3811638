package gr.integrity.register.security;

import gr.integrity.register.common.DuplicateException;
import gr.integrity.register.common.InvalidInputException;
import gr.integrity.register.platform.Hashing;
import gr.integrity.register.registry.Person;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Creating accounts and one-time links, shared by invitations, the first-administrator setup and the demo data.
 * Not an entry point: it runs inside the transaction and under the security checks of the service that calls it.
 */
@Dependent
public class AccountRegistry {

    @PersistenceContext
    private EntityManager em;

    public Account create(InvitationForm form) {
        if (findByUsername(form.getUsername()).isPresent()) {
            throw new DuplicateException("account.duplicateUsername", "username", form.getUsername());
        }
        if (!em.createNamedQuery("Account.findByEmail", Account.class).setParameter("email", form.getEmail())
                .getResultList().isEmpty()) {
            throw new DuplicateException("account.duplicateEmail", "email", form.getEmail());
        }
        Account account = new Account(form.getUsername(), form.getDisplayName(), form.getEmail(), form.getRoles());
        account.setLanguage("en".equals(form.getLanguage()) ? "en" : "el");
        if (form.getPersonId() != null) {
            Person person = em.find(Person.class, form.getPersonId());
            if (person == null) {
                throw new InvalidInputException("account.personUnknown", "personId");
            }
            // an official's declarations open to whoever holds the person's account: one account per person
            em.createQuery("select a.username from Account a where a.person = :person", String.class)
                    .setParameter("person", person).getResultStream().findFirst().ifPresent(holder -> {
                        throw new InvalidInputException("account.personHasAccount", "personId", holder);
                    });
            account.setPerson(person);
        } else if (form.getRoles().contains(Role.OFFICIAL)) {
            throw new InvalidInputException("account.personRequired", "personId");
        }
        if (form.getInstitutionId() != null) {
            account.setInstitution(Optional.ofNullable(em.find(gr.integrity.register.registry.Institution.class,
                    form.getInstitutionId())).orElseThrow(() -> new InvalidInputException("account.institutionUnknown",
                    "institutionId")));
        } else if (form.getRoles().contains(Role.LIAISON)) {
            throw new InvalidInputException("account.institutionRequired", "institutionId");
        }
        em.persist(account);
        em.flush();
        return account;
    }

    public Optional<Account> findByUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createNamedQuery("Account.findByUsername", Account.class)
                .setParameter("username", username.trim()).getResultStream().findFirst();
    }

    /** A new one-time link; the returned token goes to its recipient, only its hash is stored. */
    public String issueToken(Account account, AccountToken.Purpose purpose, Duration validity) {
        String token = Hashing.newToken();
        em.persist(new AccountToken(account, purpose, Hashing.sha256Hex(token), Instant.now().plus(validity)));
        return token;
    }

    /**
     * Ends every link of the account not used yet (an invitation of a disabled account, a second reset link once
     * the password is reset).
     */
    public void voidTokens(Account account) {
        em.createQuery("select t from AccountToken t where t.account = :account and t.usedAt is null", AccountToken.class)
                .setParameter("account", account).getResultList().forEach(AccountToken::use);
    }

    public Optional<AccountToken> findUsableToken(String token, AccountToken.Purpose purpose) {
        return find(token, purpose, LockModeType.NONE);
    }

    /**
     * A one-time link about to be used, locked until the transaction ends: of two requests with the same link at
     * once, the second waits for the first and then finds it used, so a link opens an account once.
     */
    public Optional<AccountToken> claimToken(String token, AccountToken.Purpose purpose) {
        return find(token, purpose, LockModeType.PESSIMISTIC_WRITE);
    }

    private Optional<AccountToken> find(String token, AccountToken.Purpose purpose, LockModeType lock) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createQuery("select t from AccountToken t left join fetch t.account where t.tokenHash = :hash"
                        + " and t.purpose = :purpose", AccountToken.class)
                .setParameter("hash", Hashing.sha256Hex(token))
                .setParameter("purpose", purpose)
                .setLockMode(lock)
                .getResultStream().findFirst()
                .filter(t -> t.isUsable(Instant.now()));
    }
}
