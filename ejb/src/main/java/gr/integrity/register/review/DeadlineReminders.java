package gr.integrity.register.review;

import gr.integrity.register.audit.AuditAction;
import gr.integrity.register.audit.AuditTrail;
import gr.integrity.register.common.Messages;
import gr.integrity.register.platform.mail.MailService;
import gr.integrity.register.registry.Obligation;
import gr.integrity.register.security.Account;
import gr.integrity.register.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Reminds officials of their deadlines by mail (through the outbox, so a mail server that is down delays a
 * reminder but loses none): a week before and the day before, once each, for every obligation not yet filed.
 */
@Stateless
public class DeadlineReminders {

    /** How far ahead each reminder goes out, by its kind. */
    enum Kind {
        WEEK(7), DAY(1);

        final int daysAhead;

        Kind(int daysAhead) {
            this.daysAhead = daysAhead;
        }
    }

    @PersistenceContext
    private EntityManager em;

    @EJB
    private MailService mail;

    @EJB
    private AuditTrail audit;

    @Schedule(minute = "5", hour = "7", persistent = false)
    void daily() {
        send(LocalDate.now(Obligation.ATHENS));
    }

    /** Queues the reminders due on {@code today} that were not sent yet; answers how many. */
    @RolesAllowed(Roles.ADMIN)
    public int send(LocalDate today) {
        int sent = 0;
        for (Kind kind : Kind.values()) {
            List<Obligation> due = em.createQuery("select o from Obligation o where o.deadline >= :today"
                            + " and o.deadline <= :until and" + MissingFilings.UNFILED
                            + " and not exists (select r.obligationId from DeadlineReminder r where r.obligationId = o.id"
                            + " and r.kind = :kind)", Obligation.class)
                    .setParameter("today", today).setParameter("until", today.plusDays(kind.daysAhead))
                    .setParameter("kind", kind.name()).getResultList();
            for (Obligation o : due) {
                List<Account> accounts = em.createQuery("select a from Account a where a.person = :p", Account.class)
                        .setParameter("p", o.getPerson()).getResultList();
                for (Account account : accounts) {
                    Locale locale = Locale.forLanguageTag(account.getLanguage());
                    mail.queue(account.getEmail(), locale, "mail.reminder.subject", "mail.reminder.body",
                            account.getDisplayName(), Messages.text(locale, "declarationType." + o.getDeclarationType()),
                            o.getDeadline().toString());
                }
                em.persist(new DeadlineReminder(o.getId(), kind.name()));
                audit.record(AuditAction.REMINDER_SENT, "Obligation", o.getId(), kind + " " + o.getDeadline());
                sent++;
            }
        }
        return sent;
    }
}
