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

import java.util.List;

/** Positions in institutions: ADMIN enters and edits them. */
@Stateless
public class PositionService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @RolesAllowed(Roles.ADMIN)
    public Position create(@NotNull @Valid PositionForm form) {
        Institution institution = institution(form.getInstitutionId());
        requireUniqueTitle(institution.getId(), form.getTitleEl(), null);
        Position position = new Position(institution, form.getTitleEl(), form.getTitleEn(), form.getCategory());
        position.setFinalFilingYears(form.getFinalFilingYears());
        em.persist(position);
        em.flush();
        audit.record(AuditAction.POSITION_CREATED, "Position", position.getId(), form.getTitleEl());
        return position;
    }

    @RolesAllowed(Roles.ADMIN)
    public Position update(long id, @NotNull @Valid PositionForm form) {
        Position position = get(id);
        if (form.getVersion() != null && form.getVersion() != position.getVersion()) {
            throw new ConflictException("error.changedMeanwhile");
        }
        Institution institution = institution(form.getInstitutionId());
        requireUniqueTitle(institution.getId(), form.getTitleEl(), id);
        position.setInstitution(institution);
        position.setTitleEl(form.getTitleEl());
        position.setTitleEn(form.getTitleEn());
        position.setCategory(form.getCategory());
        position.setFinalFilingYears(form.getFinalFilingYears());
        audit.record(AuditAction.POSITION_CHANGED, "Position", id, form.getTitleEl());
        return position;
    }

    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    public Position get(long id) {
        List<Position> found = em.createQuery(
                        "select p from Position p join fetch p.institution where p.id = :id", Position.class)
                .setParameter("id", id).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException("Position", id);
        }
        return found.get(0);
    }

    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    public ResultPage<Position> search(String text, Long institutionId, ObligedCategory category, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (text != null && !text.isBlank()) {
            where.append(" and (p.titleKey like :text" + Queries.LIKE_ESCAPE + " or p.institution.nameKey like :text" + Queries.LIKE_ESCAPE + ")");
        }
        if (institutionId != null) {
            where.append(" and p.institution.id = :institution");
        }
        if (category != null) {
            where.append(" and p.category = :category");
        }
        TypedQuery<Long> count = em.createQuery("select count(p) from Position p" + where, Long.class);
        String order = "category".equals(page.sortField()) ? "p.category"
                : "institution".equals(page.sortField()) ? "p.institution.nameKey" : "p.titleKey";
        TypedQuery<Position> query = em.createQuery("select p from Position p join fetch p.institution" + where
                + " order by " + order + (page.ascending() ? " asc" : " desc") + ", p.id", Position.class);
        if (text != null && !text.isBlank()) {
            String like = Queries.contains(TextKeys.fold(text));
            count.setParameter("text", like);
            query.setParameter("text", like);
        }
        if (institutionId != null) {
            count.setParameter("institution", institutionId);
            query.setParameter("institution", institutionId);
        }
        if (category != null) {
            count.setParameter("category", category);
            query.setParameter("category", category);
        }
        return new ResultPage<>(query.setFirstResult(page.first()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult());
    }

    private Institution institution(Long id) {
        Institution institution = id == null ? null : em.find(Institution.class, id);
        if (institution == null) {
            throw new InvalidInputException("position.institutionRequired", "institutionId");
        }
        return institution;
    }

    private void requireUniqueTitle(long institutionId, String titleEl, Long exceptId) {
        List<Long> ids = em.createQuery("select p.id from Position p where p.institution.id = :institution"
                        + " and p.titleKey = :key", Long.class)
                .setParameter("institution", institutionId)
                .setParameter("key", TextKeys.fold(titleEl)).getResultList();
        if (ids.stream().anyMatch(found -> !found.equals(exceptId))) {
            throw new DuplicateException("position.duplicateTitle", "titleEl", titleEl);
        }
    }
}
