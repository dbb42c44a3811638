package gr.integrity.register.registry;

import gr.integrity.register.audit.AuditAction;
import gr.integrity.register.audit.AuditTrail;
import gr.integrity.register.common.ConflictException;
import gr.integrity.register.common.DuplicateException;
import gr.integrity.register.common.InvalidInputException;
import gr.integrity.register.common.NotFoundException;
import gr.integrity.register.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.List;

/** Mandates: who holds which post when. Every change re-derives the person's obligations in the same transaction. */
@Stateless
public class MandateService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ObligationUpdater obligations;

    @EJB
    private AuditTrail audit;

    @RolesAllowed(Roles.ADMIN)
    public Mandate create(@NotNull @Valid MandateForm form) {
        Person person = person(form.getPersonId());
        Position position = position(form.getPositionId());
        checkDates(form);
        boolean exists = !em.createQuery("select m.id from Mandate m where m.person = :person and m.position = :position"
                        + " and m.startDate = :start", Long.class)
                .setParameter("person", person).setParameter("position", position)
                .setParameter("start", form.getStartDate()).getResultList().isEmpty();
        if (exists) {
            throw new DuplicateException("mandate.duplicate", "startDate");
        }
        Mandate mandate = new Mandate(person, position, form.getStartDate(), form.getEndDate(), RecordSource.REGISTER);
        mandate.setConstituency(form.getConstituency());
        em.persist(mandate);
        em.flush();
        obligations.refresh(person, LocalDate.now(Obligation.ATHENS));
        audit.record(AuditAction.MANDATE_CREATED, "Mandate", mandate.getId(),
                "person=" + person.getId() + " position=" + position.getId());
        return mandate;
    }

    @RolesAllowed(Roles.ADMIN)
    public Mandate update(long id, @NotNull @Valid MandateForm form) {
        Mandate mandate = get(id);
        if (form.getVersion() != null && form.getVersion() != mandate.getVersion()) {
            throw new ConflictException("error.changedMeanwhile");
        }
        checkDates(form);
        mandate.setPosition(position(form.getPositionId()));
        mandate.setStartDate(form.getStartDate());
        mandate.setEndDate(form.getEndDate());
        mandate.setConstituency(form.getConstituency());
        em.flush();
        obligations.refresh(mandate.getPerson(), LocalDate.now(Obligation.ATHENS));
        audit.record(AuditAction.MANDATE_CHANGED, "Mandate", id, null);
        return mandate;
    }

    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    public Mandate get(long id) {
        List<Mandate> found = em.createQuery("select m from Mandate m join fetch m.person join fetch m.position p"
                        + " join fetch p.institution where m.id = :id", Mandate.class)
                .setParameter("id", id).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException("Mandate", id);
        }
        return found.get(0);
    }

    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    public List<Mandate> forPerson(long personId) {
        return em.createQuery("select m from Mandate m join fetch m.position p join fetch p.institution"
                        + " where m.person.id = :person order by m.startDate desc", Mandate.class)
                .setParameter("person", personId).getResultList();
    }

    private void checkDates(MandateForm form) {
        if (form.getEndDate() != null && form.getEndDate().isBefore(form.getStartDate())) {
            throw new InvalidInputException("mandate.endBeforeStart", "endDate");
        }
        if (form.getStartDate().isAfter(LocalDate.now(Obligation.ATHENS).plusYears(1))) {
            throw new InvalidInputException("mandate.startTooFar", "startDate");
        }
    }

    private Person person(Long id) {
        Person person = id == null ? null : em.find(Person.class, id);
        if (person == null) {
            throw new InvalidInputException("mandate.personRequired", "personId");
        }
        return person;
    }

    private Position position(Long id) {
        Position position = id == null ? null : em.find(Position.class, id);
        if (position == null) {
            throw new InvalidInputException("mandate.positionRequired", "positionId");
        }
        return position;
    }
}
