package gr.integrity.register.organisation;

import gr.integrity.register.audit.AuditAction;
import gr.integrity.register.audit.AuditTrail;
import gr.integrity.register.common.TextKeys;
import gr.integrity.register.declaration.DeclarationContent;
import gr.integrity.register.declaration.DeclarationSchema;
import gr.integrity.register.declaration.FieldDef;
import gr.integrity.register.declaration.FieldType;
import gr.integrity.register.declaration.SectionDef;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Links the organisations a declaration names to their records, whatever the entry point that brought the content:
 * a name keeps its record while it still is that record's name (current, former or merged); otherwise it is matched
 * by its folded name; a merged record is replaced by its survivor. When the declaration is submitted, a name that
 * matches nothing becomes a pending record for an ADMIN to confirm or merge, so no submitted declaration names an
 * organisation the register cannot find again.
 */
@Dependent
public class OrganisationLinks {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    /**
     * Sets the record id of every organisation the content names, in place.
     *
     * @param proposer who proposes the names that match nothing; null to leave them unlinked (a draft being saved)
     */
    public void link(DeclarationSchema schema, DeclarationContent content, String proposer) {
        for (FieldDef field : schema.headerFields()) {
            linkField(field, content.getHeader(), proposer);
        }
        for (SectionDef section : schema.sections()) {
            for (DeclarationContent.Item item : content.items(section.name())) {
                for (FieldDef field : section.fields()) {
                    linkField(field, item.getValues(), proposer);
                }
            }
        }
    }

    private void linkField(FieldDef field, Map<String, String> values, String proposer) {
        if (field.type() != FieldType.ORGANISATION) {
            return;
        }
        String idField = FieldDef.idFieldOf(field.name());
        String name = values.get(field.name());
        if (name == null || name.isBlank()) {
            values.remove(idField);
            return;
        }
        String key = TextKeys.fold(name);
        Optional<Organisation> linked = current(values.get(idField)).filter(o -> isNamed(o, key));
        if (linked.isEmpty()) {
            linked = byName(key);
        }
        if (linked.isEmpty() && proposer != null && name.strip().length() <= Organisation.NAME_MAX) {
            linked = Optional.of(propose(name, proposer));
        }
        if (linked.isPresent()) {
            values.put(idField, String.valueOf(linked.get().getId()));
        } else {
            values.remove(idField);
        }
    }

    /**
     * The record a name (Greek, English or former) names; one that matches nothing becomes a PENDING record
     * proposed by {@code proposer}, for an ADMIN to confirm or merge.
     */
    public Organisation named(String name, String proposer) {
        return byName(TextKeys.fold(name)).orElseGet(() -> propose(name, proposer));
    }

    private Organisation propose(String name, String proposer) {
        Organisation proposed = new Organisation(name.strip(), OrganisationStatus.PENDING, proposer);
        em.persist(proposed);
        em.flush();
        audit.record(AuditAction.ORGANISATION_PROPOSED, "Organisation", proposed.getId(), proposed.getNameEl());
        return proposed;
    }

    /** The record an id names now (its survivor if it was merged); empty for an id that names nothing. */
    private Optional<Organisation> current(String id) {
        if (id == null || !id.strip().matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Organisation.class, Long.parseLong(id.strip()))).map(Organisation::survivor);
    }

    private boolean isNamed(Organisation organisation, String key) {
        if (organisation.getNameKey().equals(key) || TextKeys.fold(organisation.getNameEn()).equals(key)) {
            return true;
        }
        return !em.createQuery("select n.id from OrganisationName n where n.organisation = :o and n.nameKey = :key",
                Long.class).setParameter("o", organisation).setParameter("key", key).setMaxResults(1)
                .getResultList().isEmpty();
    }

    /**
     * The record with this name (Greek or English): a confirmed one before a pending one, else one known by the name
     * formerly.
     */
    private Optional<Organisation> byName(String key) {
        List<Organisation> named = em.createQuery("select o from Organisation o where (o.nameKey = :key or lower(o.nameEn) = :key)"
                        + " and o.status <> :merged order by case when o.status = :confirmed then 0 else 1 end, o.id",
                        Organisation.class)
                .setParameter("key", key).setParameter("merged", OrganisationStatus.MERGED)
                .setParameter("confirmed", OrganisationStatus.CONFIRMED).setMaxResults(1).getResultList();
        if (!named.isEmpty()) {
            return Optional.of(named.get(0));
        }
        List<Organisation> formerly = em.createQuery("select n.organisation from OrganisationName n"
                + " where n.nameKey = :key order by n.id", Organisation.class).setParameter("key", key)
                .setMaxResults(1).getResultList();
        return formerly.isEmpty() ? Optional.empty() : current(String.valueOf(formerly.get(0).getId()));
    }
}
