package gr.integrity.register.registry;

import gr.integrity.register.audit.AuditAction;
import gr.integrity.register.audit.AuditTrail;
import gr.integrity.register.common.ConflictException;
import gr.integrity.register.common.DuplicateException;
import gr.integrity.register.common.NotFoundException;
import gr.integrity.register.common.PageRequest;
import gr.integrity.register.common.Queries;
import gr.integrity.register.common.ResultPage;
import gr.integrity.register.common.TextKeys;
import gr.integrity.register.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/** Institutions: ADMIN enters and edits them; their names are public. */
@Stateless
public class InstitutionService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @RolesAllowed(Roles.ADMIN)
    public Institution create(@NotNull @Valid InstitutionForm form) {
        requireUniqueName(form.getNameEl(), null);
        Institution institution = new Institution(form.getNameEl(), form.getNameEn(), form.getKind(), RecordSource.REGISTER);
        institution.setWebsite(form.getWebsite());
        em.persist(institution);
        em.flush();
        audit.record(AuditAction.INSTITUTION_CREATED, "Institution", institution.getId(), form.getNameEl());
        return institution;
    }

    @RolesAllowed(Roles.ADMIN)
    public Institution update(long id, @NotNull @Valid InstitutionForm form) {
        Institution institution = get(id);
        if (form.getVersion() != null && form.getVersion() != institution.getVersion()) {
            throw new ConflictException("error.changedMeanwhile");
        }
        requireUniqueName(form.getNameEl(), id);
        institution.setNameEl(form.getNameEl());
        institution.setNameEn(form.getNameEn());
        institution.setKind(form.getKind());
        institution.setWebsite(form.getWebsite());
        audit.record(AuditAction.INSTITUTION_CHANGED, "Institution", id, form.getNameEl());
        return institution;
    }

    @PermitAll
    public Institution get(long id) {
        Institution institution = em.find(Institution.class, id);
        if (institution == null) {
            throw new NotFoundException("Institution", id);
        }
        return institution;
    }

    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    public ResultPage<Institution> search(String text, InstitutionKind kind, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (text != null && !text.isBlank()) {
            where.append(" and i.nameKey like :text").append(Queries.LIKE_ESCAPE);
        }
        if (kind != null) {
            where.append(" and i.kind = :kind");
        }
        TypedQuery<Long> count = em.createQuery("select count(i) from Institution i" + where, Long.class);
        String order = "nameEn".equals(page.sortField()) ? "i.nameEn" : "kind".equals(page.sortField()) ? "i.kind" : "i.nameKey";
        TypedQuery<Institution> query = em.createQuery("select i from Institution i" + where
                + " order by " + order + (page.ascending() ? " asc" : " desc") + ", i.id", Institution.class);
        if (text != null && !text.isBlank()) {
            String like = Queries.contains(TextKeys.fold(text));
            count.setParameter("text", like);
            query.setParameter("text", like);
        }
        if (kind != null) {
            count.setParameter("kind", kind);
            query.setParameter("kind", kind);
        }
        return new ResultPage<>(query.setFirstResult(page.first()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult());
    }

    /** Every institution, for choosing one in a form. */
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    public List<Institution> all() {
        return em.createQuery("select i from Institution i order by i.nameKey", Institution.class).getResultList();
    }

    private void requireUniqueName(String nameEl, Long exceptId) {
        List<Long> ids = em.createQuery("select i.id from Institution i where i.nameKey = :key", Long.class)
                .setParameter("key", TextKeys.fold(nameEl)).getResultList();
        if (ids.stream().anyMatch(found -> !found.equals(exceptId))) {
            throw new DuplicateException("institution.duplicateName", "nameEl", nameEl);
        }
    }
}
