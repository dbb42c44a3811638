package gr.integrity.register.publication;

import gr.integrity.register.declaration.Declaration;
import gr.integrity.register.declaration.DeclarationType;
import gr.integrity.register.registry.CategoryPolicy;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Set;

/**
 * Whether a declaration is published at all: by the policy of the category of the obligation it answers (Greek law
 * publishes political persons' asset declarations, not judges' or police officers'). Meetings and annual lobbying
 * returns are always published.
 * Read at the time of each request, so a change of policy applies at once.
 */
@Dependent
public class PublicationRules {

    @PersistenceContext
    private EntityManager em;

    public boolean isPublished(Declaration declaration) {
        if (declaration.getObligation() == null) {
            // meetings and annual lobbying returns: what the lobbying register is for
            return declaration.getType() == DeclarationType.MEETING || declaration.getType().isAnnualReturn();
        }
        CategoryPolicy policy = em.find(CategoryPolicy.class, declaration.getObligation().getCategory());
        if (policy == null) {
            return false;
        }
        return declaration.getType() == DeclarationType.ASSET ? policy.isAssetsPublished() : policy.isInterestsPublished();
    }

    /** The version ids among these that an ADMIN withheld. */
    public Set<Long> withheld(List<Long> versionIds) {
        if (versionIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(em.createQuery("select w.version.id from PublicationWithholding w where w.version.id in :ids",
                Long.class).setParameter("ids", versionIds).getResultList());
    }
}
