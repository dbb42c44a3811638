package gr.integrity.register.security;

import gr.integrity.register.platform.persistence.BaseEntity;
import gr.integrity.register.registry.Person;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** A person's sign-in to the register, with roles. An OFFICIAL's or LOBBYIST's account is linked to a person. */
@Entity
@Table(name = "account")
@NamedQuery(name = "Account.findByUsername", query = "select a from Account a where a.username = :username")
@NamedQuery(name = "Account.findByEmail", query = "select a from Account a where a.email = :email")
public class Account extends BaseEntity {

    public static final int USERNAME_MAX = 100;

    @Column(nullable = false, unique = true, length = USERNAME_MAX)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(nullable = false, unique = true, length = 254)
    private String email;

    @Column(name = "password_hash", length = 400)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AccountStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    /** The institution a LIAISON account sends the lists of obliged persons of. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "institution_id")
    private gr.integrity.register.registry.Institution institution;

    @Column(nullable = false, length = 5)
    private String language = "el";

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = new HashSet<>();

    /**
     * Moves whenever what a session may do changes (a new password, another status, other roles): a session
     * signed in under an earlier epoch ends at its next request.
     */
    @Column(name = "session_epoch", nullable = false)
    private int sessionEpoch;

    protected Account() {
    }

    public Account(String username, String displayName, String email, Set<Role> roles) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.status = AccountStatus.INVITED;
        this.roles = roles.isEmpty() ? new HashSet<>() : EnumSet.copyOf(roles);
    }

    public void activate(String passwordHash) {
        this.passwordHash = passwordHash;
        this.status = AccountStatus.ACTIVE;
    }

    /** A new password ends every session signed in with the old one. */
    public void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
        sessionEpoch++;
    }

    /**
     * The same password hashed again with today's algorithm or iteration count, at a sign-in that proved it: the
     * sessions stay, since the password did not change.
     */
    public void rehashPassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public int getSessionEpoch() {
        return sessionEpoch;
    }

    public void signedIn() {
        this.lastSignInAt = Instant.now();
    }

    public boolean canSignIn() {
        return status == AccountStatus.ACTIVE && passwordHash != null;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public AccountStatus getStatus() {
        return status;
    }

    /** Disabling (or enabling) an account ends its sessions. */
    public void setStatus(AccountStatus status) {
        if (this.status != status) {
            sessionEpoch++;
        }
        this.status = status;
    }

    public Person getPerson() {
        return person;
    }

    public gr.integrity.register.registry.Institution getInstitution() {
        return institution;
    }

    public void setInstitution(gr.integrity.register.registry.Institution institution) {
        this.institution = institution;
    }

    public void setPerson(Person person) {
        this.person = person;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    /** Other roles end the account's sessions, which were signed in with the old ones. */
    public void setRoles(Set<Role> roles) {
        if (!this.roles.equals(Set.copyOf(roles))) {
            sessionEpoch++;
        }
        this.roles.clear();
        this.roles.addAll(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
