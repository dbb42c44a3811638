package gr.integrity.register.platform.mail;

import gr.integrity.register.platform.RegisterConfig;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
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

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Delivers the outbox's mail, by SMTP through WildFly's mail session or, on a machine without a mail server, as
 * one file per mail in the mail folder (readable by its owner only). A mail's one-time link is made here, for
 * this delivery, and lives only in what is delivered.
 */
@Singleton
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class);
    private static final int MAX_ATTEMPTS = 5;
    private static final int BATCH = 50;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RegisterConfig config;

    @Inject
    private OneTimeLinks links;

    @Resource(lookup = "java:jboss/mail/Default")
    private Session mailSession;

    @Resource
    private SessionContext context;

    /** Set while a delivery asked for by new mail is waiting to start: a burst of mail asks once. */
    private final AtomicBoolean asked = new AtomicBoolean();

    /** New mail is delivered as soon as the transaction that queued it has committed. */
    @Lock(LockType.READ)
    public void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued event) {
        if (asked.compareAndSet(false, true)) {
            context.getBusinessObject(OutboxDispatcher.class).deliverSoon();
        }
    }

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void deliverSoon() {
        asked.set(false);
        deliverAll();
    }

    /** What is still pending (a mail server that was away, a restart) is tried again every half minute. */
    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void deliverAll() {
        OutboxDispatcher self = context.getBusinessObject(OutboxDispatcher.class);
        while (self.deliverBatch() == BATCH) {
            // a full batch: there may be more
        }
    }

    /** Delivers up to a batch of pending mail in one transaction; answers how many it tried. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int deliverBatch() {
        List<OutboxMessage> pending = em.createQuery(
                        "select m from OutboxMessage m where m.status = :status order by m.id", OutboxMessage.class)
                .setParameter("status", OutboxMessage.Status.PENDING)
                .setMaxResults(BATCH)
                .getResultList();
        for (OutboxMessage message : pending) {
            try {
                String body = message.bodyWith(message.link().map(links::make).orElse(null));
                MimeMessage mime = new MimeMessage(mailSession);
                mime.setFrom(new InternetAddress(config.mailFrom()));
                mime.setRecipient(Message.RecipientType.TO, new InternetAddress(message.getRecipient()));
                mime.setSubject(message.getSubject(), StandardCharsets.UTF_8.name());
                mime.setText(body, StandardCharsets.UTF_8.name());
                mime.setSentDate(new Date());
                if (message.listUnsubscribe().isPresent()) {
                    // RFC 2369 and RFC 8058: the mail program offers "unsubscribe" and posts the one-click answer
                    mime.setHeader("List-Unsubscribe", "<" + message.listUnsubscribe().get() + ">");
                    mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
                }
                if (config.smtpDelivery()) {
                    Transport.send(mime);
                } else {
                    writeToFolder(message.getId(), mime);
                }
                message.delivered();
            } catch (MessagingException | IOException | IllegalStateException e) {
                // one mail that cannot be made or sent fails alone: the rest of the batch still goes
                // the recipient is personal data: log the message id only
                LOG.warnf("Outbox message %d not delivered: %s", message.getId(), e.getClass().getSimpleName());
                message.failed(e.getClass().getSimpleName(), MAX_ATTEMPTS);
            }
        }
        return pending.size();
    }

    /** A file {@code <id>.eml} appears whole (written aside, then moved), readable and writable by its owner only. */
    private void writeToFolder(long id, MimeMessage mime) throws IOException, MessagingException {
        Path folder = config.mailFolder();
        boolean posix = folder.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
            if (posix) {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            }
        }
        Path partial = folder.resolve(id + ".eml.part");
        try (OutputStream out = Files.newOutputStream(partial)) {
            if (posix) {
                Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
            }
            mime.writeTo(out);
        }
        Files.move(partial, folder.resolve(id + ".eml"), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }
}
