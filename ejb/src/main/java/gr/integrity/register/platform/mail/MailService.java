package gr.integrity.register.platform.mail;

import gr.integrity.register.common.Messages;
import gr.integrity.register.security.Roles;
import gr.integrity.register.common.PageRequest;
import gr.integrity.register.common.ResultPage;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Locale;

/**
 * Queues mail in the outbox, in the same transaction as the action that causes it: an invitation is sent if and
 * only if the account was created. {@link OutboxDispatcher} delivers it once that transaction has committed (and
 * tries again every half minute). What the outbox keeps, and ADMIN reads, never holds a one-time link.
 */
@Stateless
public class MailService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<MailQueued> queued;

    @PermitAll
    public void queue(String recipient, Locale locale, String subjectKey, String bodyKey, Object... arguments) {
        queue(recipient, null, locale, subjectKey, bodyKey, arguments);
    }

    /**
     * Queues a mail to a list (a digest), which its recipient's mail program can stop in one click: the address
     * given is posted to (RFC 8058), with no cookie and no page in between.
     */
    @PermitAll
    public void queueToList(String recipient, String unsubscribeAddress, Locale locale, String subjectKey,
                            String bodyKey, Object... arguments) {
        em.persist(new OutboxMessage(recipient, Messages.text(locale, subjectKey, arguments),
                Messages.text(locale, bodyKey, arguments), null).unsubscribedAt(unsubscribeAddress));
        queued.fire(new MailQueued());
    }

    /**
     * Queues a mail that carries a one-time link: {@code arguments} name its place with {@link OneTimeLink#PLACE}.
     * The outbox keeps the mail with that placeholder; the link is made when the mail is delivered.
     */
    @PermitAll
    public void queue(String recipient, OneTimeLink link, Locale locale, String subjectKey, String bodyKey,
                      Object... arguments) {
        String subject = Messages.text(locale, subjectKey, arguments);
        String body = Messages.text(locale, bodyKey, arguments);
        em.persist(new OutboxMessage(recipient, subject, body, link));
        queued.fire(new MailQueued());
    }

    @RolesAllowed(Roles.ADMIN)
    public ResultPage<OutboxMessage> outbox(PageRequest page) {
        long total = em.createQuery("select count(m) from OutboxMessage m", Long.class).getSingleResult();
        var items = em.createQuery("select m from OutboxMessage m order by m.id desc", OutboxMessage.class)
                .setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
        return new ResultPage<>(items, total);
    }
}
