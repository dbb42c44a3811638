package gr.integrity.register.watching;

import gr.integrity.register.common.BusinessException;
import gr.integrity.register.common.InvalidInputException;
import gr.integrity.register.common.NotFoundException;
import gr.integrity.register.organisation.Organisation;
import gr.integrity.register.organisation.OrganisationStatus;
import gr.integrity.register.platform.ClientContext;
import gr.integrity.register.platform.ClientKeys;
import gr.integrity.register.platform.Hashing;
import gr.integrity.register.platform.RegisterConfig;
import gr.integrity.register.platform.mail.MailService;
import gr.integrity.register.publication.PublicDeclarationService;
import gr.integrity.register.publication.PublicPerson;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Following what the register publishes, by e-mail and without an account: an official (their filings and
 * meetings), an organisation (its meetings and the filings that name them) or a meeting search. A watch is asked
 * for with an address, confirmed by the link mailed to it, and ended by the link in any digest ({@link
 * WatchDigests} sends the digests). The page that asks says the same whatever the address (whether it already
 * follows something is not told); one address of the network may ask for {@link #PER_HOUR} watches an hour.
 */
@Stateless
@PermitAll
public class Watches {

    public static final int PER_HOUR = 10;
    public static final int WORDS_MAX = 200;
    /** An address as mail servers take it: something, an at sign, a domain with a dot; no spaces or angle brackets. */
    private static final Pattern ADDRESS = Pattern.compile("[^\\s@<>\"(),;:]+@[^\\s@<>\"(),;:]+\\.[^\\s@<>\"(),;:.]+");

    @PersistenceContext
    private EntityManager em;

    @EJB
    private PublicDeclarationService publication;

    @EJB
    private MailService mail;

    @Inject
    private ClientContext client;

    @Inject
    private ClientKeys clientKeys;

    @Inject
    private RegisterConfig config;

    /** What the subject is called on public pages; a subject the public does not see is not found. */
    public String title(WatchSubject subject, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        return switch (subject.kind()) {
            case OFFICIAL -> {
                PublicPerson person = publication.person(subject.personId());
                yield english ? person.nameEn() : person.name();
            }
            case ORGANISATION -> {
                Organisation organisation = em.find(Organisation.class, subject.organisationId());
                if (organisation == null || organisation.getStatus() != OrganisationStatus.CONFIRMED) {
                    throw new NotFoundException("Organisation", subject.organisationId());
                }
                yield english && organisation.getNameEn() != null ? organisation.getNameEn() : organisation.getNameEl();
            }
            case SEARCH -> "«" + words(subject.words()) + "»";
        };
    }

    /**
     * Asks for a watch: kept pending, and a mail with the link that confirms it sent to the address. Refused on
     * its field for an address that is not one, or search words that are empty or too long; refused for the
     * requester who has asked for {@link #PER_HOUR} in the last hour.
     */
    public void follow(WatchSubject subject, String email, Locale locale) {
        String address = email == null ? "" : email.strip();
        if (address.length() > 254 || !ADDRESS.matcher(address).matches()) {
            throw new InvalidInputException("watch.email", "email");
        }
        String title = title(subject, locale);
        String requester = clientKeys.keyOf("watch", client.address());
        long lastHour = em.createQuery("select count(w) from Watch w where w.requesterKey = :key and w.createdAt > :since",
                        Long.class).setParameter("key", requester)
                .setParameter("since", Instant.now().minus(Duration.ofHours(1))).getSingleResult();
        if (lastHour >= PER_HOUR) {
            throw new BusinessException("watch.tooMany", null, PER_HOUR);
        }
        String language = "en".equals(locale.getLanguage()) ? "en" : "el";
        Watch watch = new Watch(address, language, subject.kind(), subject.personId(), subject.organisationId(),
                subject.kind() == WatchKind.SEARCH ? words(subject.words()) : null, Hashing.newToken(), requester);
        em.persist(watch);
        mail.queue(address, Locale.forLanguageTag(language), "mail.watchConfirm.subject", "mail.watchConfirm.body",
                title, link("confirm", watch.getToken()), link("stop", watch.getToken()));
    }

    /** Confirms the watch the link names (again, if it is confirmed already); answers what it follows. */
    public String confirm(String token) {
        Watch watch = byToken(token);
        if (watch.getState() == WatchState.ENDED) {
            throw new InvalidInputException("watch.link", null);
        }
        if (watch.getState() == WatchState.PENDING) {
            // digests cover whole seconds (WatchDigests): the first starts with the second that is not yet over
            watch.confirm(WatchDigests.lastCompleteSecond());
        }
        return titleOf(watch);
    }

    /** Ends the watch the link names, in one click (again, if it has ended already); answers what it followed. */
    public String unsubscribe(String token) {
        Watch watch = byToken(token);
        if (watch.getState() != WatchState.ENDED) {
            watch.end(Instant.now());
        }
        return titleOf(watch);
    }

    /**
     * Ends every watch of the address that the token's watch mails to: what a digest's one-click unsubscribe asks
     * (the digest gathers them all). Answers how many were ended; an unknown token ends none.
     */
    public int unsubscribeAll(String token) {
        Optional<Watch> named = findByToken(token);
        if (named.isEmpty()) {
            return 0;
        }
        List<Watch> ofAddress = em.createQuery("select w from Watch w where w.email = :email and w.state <> :ended",
                Watch.class).setParameter("email", named.get().getEmail()).setParameter("ended", WatchState.ENDED)
                .getResultList();
        Instant now = Instant.now();
        ofAddress.forEach(w -> w.end(now));
        return ofAddress.size();
    }

    /** Where a digest's recipient's mail program posts to stop every digest to the address (RFC 8058). */
    public String oneClickUnsubscribe(String token) {
        return config.baseUrl() + "/watch/unsubscribe?token=" + token;
    }

    /** A page of the register as a digest or confirmation links to it: {@code /watch.xhtml?confirm=...}. */
    public String link(String action, String token) {
        return config.baseUrl() + "/watch.xhtml?" + action + "=" + token;
    }

    public String titleOf(Watch watch) {
        Locale locale = Locale.forLanguageTag(watch.getLanguage());
        try {
            return title(new WatchSubject(watch.getKind(), watch.getPersonId(), watch.getOrganisationId(),
                    watch.getSearchWords()), locale);
        } catch (NotFoundException e) {
            return "—";
        }
    }

    private Watch byToken(String token) {
        return findByToken(token).orElseThrow(() -> new InvalidInputException("watch.link", null));
    }

    /** The watch a link's token names; none for a token that cannot be one or names nothing. */
    private Optional<Watch> findByToken(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        return em.createQuery("select w from Watch w where w.token = :token", Watch.class)
                .setParameter("token", token).getResultStream().findFirst();
    }

    private static String words(String words) {
        String clean = words == null ? "" : words.strip().replaceAll("\\s+", " ");
        if (clean.length() < 2 || clean.length() > WORDS_MAX) {
            throw new InvalidInputException("watch.words", "words", 2, WORDS_MAX);
        }
        return clean;
    }
}
