package gr.integrity.register.platform.mail;

import gr.integrity.register.common.Messages;
import gr.integrity.register.platform.RegisterConfig;
import gr.integrity.register.security.Roles;
import gr.integrity.register.common.PageRequest;
import gr.integrity.register.common.ResultPage;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Locale;

/**
 * Queues mail in the outbox, in the same transaction as the action that causes it: an invitation is sent if and
 * only if the account was created. {@link OutboxDispatcher} delivers it when SMTP delivery is on.
 */
@Stateless
public class MailService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RegisterConfig config;

    @PermitAll
    public void queue(String recipient, Locale locale, String subjectKey, String bodyKey, Object... arguments) {
        String subject = Messages.text(locale, subjectKey, arguments);
        String body = Messages.text(locale, bodyKey, arguments);
        OutboxMessage.Status status = config.smtpDelivery() ? OutboxMessage.Status.PENDING : OutboxMessage.Status.HELD;
        em.persist(new OutboxMessage(recipient, subject, body, status));
    }

    @RolesAllowed(Roles.ADMIN)
    public ResultPage<OutboxMessage> outbox(PageRequest page) {
        long total = em.createQuery("select count(m) from OutboxMessage m", Long.class).getSingleResult();
        var items = em.createQuery("select m from OutboxMessage m order by m.id desc", OutboxMessage.class)
                .setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
        return new ResultPage<>(items, total);
    }
}
