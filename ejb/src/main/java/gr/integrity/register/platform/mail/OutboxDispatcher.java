package gr.integrity.register.platform.mail;

import gr.integrity.register.platform.RegisterConfig;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;

/** Delivers pending outbox mail through WildFly's mail session, when SMTP delivery is configured. */
@Singleton
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class);
    private static final int MAX_ATTEMPTS = 5;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RegisterConfig config;

    @Resource(lookup = "java:jboss/mail/Default")
    private Session mailSession;

    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void deliverPending() {
        if (!config.smtpDelivery()) {
            return;
        }
        List<OutboxMessage> pending = em.createQuery(
                        "select m from OutboxMessage m where m.status = :status order by m.id", OutboxMessage.class)
                .setParameter("status", OutboxMessage.Status.PENDING)
                .setMaxResults(50)
                .getResultList();
        for (OutboxMessage message : pending) {
            try {
                MimeMessage mime = new MimeMessage(mailSession);
                mime.setFrom(new InternetAddress(config.mailFrom()));
                mime.setRecipient(Message.RecipientType.TO, new InternetAddress(message.getRecipient()));
                mime.setSubject(message.getSubject(), StandardCharsets.UTF_8.name());
                mime.setText(message.getBody(), StandardCharsets.UTF_8.name());
                mime.setSentDate(new Date());
                Transport.send(mime);
                message.delivered();
            } catch (MessagingException e) {
                // the recipient is personal data: log the message id only
                LOG.warnf("Outbox message %d not delivered: %s", message.getId(), e.getClass().getSimpleName());
                message.failed(e.getClass().getSimpleName(), MAX_ATTEMPTS);
            }
        }
    }
}
