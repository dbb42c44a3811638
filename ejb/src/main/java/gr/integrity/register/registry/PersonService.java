package gr.integrity.register.registry;

import gr.integrity.register.audit.AuditAction;
import gr.integrity.register.audit.AuditTrail;
import gr.integrity.register.common.ConflictException;
import gr.integrity.register.common.DuplicateException;
import gr.integrity.register.common.InvalidInputException;
import gr.integrity.register.common.NotFoundException;
import gr.integrity.register.common.PageRequest;
import gr.integrity.register.common.Queries;
import gr.integrity.register.common.ResultPage;
import gr.integrity.register.common.TextKeys;
import gr.integrity.register.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.List;

/**
 * Persons, with their private data: only ADMIN enters or reads them here. What the public sees of a person goes
 * through the publication layer's redaction policy, never through this service.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class PersonService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    public Person create(@NotNull @Valid PersonForm form) {
        Person person = new Person(form.getGivenName(), form.getFamilyName(), RecordSource.REGISTER);
        apply(person, form);
        em.persist(person);
        em.flush();
        // never the private values: the trail records that a person was created, not their tax number
        audit.record(AuditAction.PERSON_CREATED, "Person", person.getId(), person.fullName());
        return person;
    }

    public Person update(long id, @NotNull @Valid PersonForm form) {
        Person person = get(id);
        if (form.getVersion() != null && form.getVersion() != person.getVersion()) {
            throw new ConflictException("error.changedMeanwhile");
        }
        apply(person, form);
        audit.record(AuditAction.PERSON_CHANGED, "Person", id, person.fullName());
        return person;
    }

    public Person get(long id) {
        Person person = em.find(Person.class, id);
        if (person == null) {
            throw new NotFoundException("Person", id);
        }
        return person;
    }

    /**
     * A person's record as the edit page shows it, private fields included: the reading is an audit entry, as
     * every reading of an unredacted field is.
     */
    public PersonForm formFor(long id) {
        Person person = get(id);
        if (person.getTaxNumber() != null || person.getBirthDate() != null) {
            audit.record(AuditAction.PERSON_PRIVATE_READ, "Person", id, null);
        }
        return PersonForm.of(person);
    }

    public ResultPage<Person> search(String text, PageRequest page) {
        String where = text == null || text.isBlank() ? "" : " where p.searchKey like :text" + Queries.LIKE_ESCAPE;
        TypedQuery<Long> count = em.createQuery("select count(p) from Person p" + where, Long.class);
        String order = "givenName".equals(page.sortField()) ? "p.givenName" : "p.familyName";
        TypedQuery<Person> query = em.createQuery("select p from Person p" + where + " order by " + order
                + (page.ascending() ? " asc" : " desc") + ", p.givenName, p.id", Person.class);
        if (!where.isEmpty()) {
            String like = Queries.contains(TextKeys.fold(text));
            count.setParameter("text", like);
            query.setParameter("text", like);
        }
        return new ResultPage<>(query.setFirstResult(page.first()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult());
    }

    /** Up to 20 persons whose names contain the words typed, for autocomplete fields. */
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    public List<Person> suggest(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return em.createQuery("select p from Person p where p.searchKey like :text" + Queries.LIKE_ESCAPE
                        + " order by p.familyName, p.givenName", Person.class)
                .setParameter("text", Queries.contains(TextKeys.fold(text)))
                .setMaxResults(20).getResultList();
    }

    private void apply(Person person, PersonForm form) {
        if (form.getTaxNumber() != null && !TaxNumbers.isValid(form.getTaxNumber())) {
            throw new InvalidInputException("person.taxNumberInvalid", "taxNumber");
        }
        if (form.getBirthDate() != null && form.getBirthDate().isBefore(LocalDate.of(1900, 1, 1))) {
            throw new InvalidInputException("person.birthDateTooEarly", "birthDate");
        }
        if (form.getTaxNumber() != null) {
            List<Long> holders = em.createQuery("select p.id from Person p where p.taxNumber = :afm", Long.class)
                    .setParameter("afm", form.getTaxNumber()).getResultList();
            if (holders.stream().anyMatch(id -> !id.equals(person.getId()))) {
                throw new DuplicateException("person.duplicateTaxNumber", "taxNumber");
            }
        }
        person.setGivenName(form.getGivenName());
        person.setFamilyName(form.getFamilyName());
        person.setFatherName(form.getFatherName());
        person.setGivenNameEn(form.getGivenNameEn());
        person.setFamilyNameEn(form.getFamilyNameEn());
        person.setGender(form.getGender());
        person.setBirthDate(form.getBirthDate());
        person.setTaxNumber(form.getTaxNumber());
        person.setEmail(form.getEmail());
        person.setPhone(form.getPhone());
    }
}
