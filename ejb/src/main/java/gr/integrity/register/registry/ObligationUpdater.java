package gr.integrity.register.registry;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Brings one person's stored obligations in line with their mandates: adds what the rules now derive, re-bases
 * what changed (keeping an extension already granted), and removes what no mandate requires any more.
 * Runs inside the transaction of the service that changed the mandates.
 */
@Dependent
public class ObligationUpdater {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RegistrySettings settings;

    public void refresh(Person person, LocalDate today) {
        List<Mandate> mandates = em.createQuery(
                        "select m from Mandate m join fetch m.position where m.person = :person", Mandate.class)
                .setParameter("person", person).getResultList();
        List<ObligationRules.MandateFacts> facts = mandates.stream()
                .map(m -> new ObligationRules.MandateFacts(m.getId(), m.getStartDate(), m.getEndDate(),
                        m.getPosition().getCategory(), m.getPosition().getFinalFilingYears()))
                .toList();
        List<ObligationRules.Derived> derived = ObligationRules.derive(facts, settings.policies(),
                settings.obligationSettings(), today);

        Map<Long, Mandate> mandateById = new HashMap<>();
        mandates.forEach(m -> mandateById.put(m.getId(), m));
        Map<String, Obligation> existing = new HashMap<>();
        for (Obligation o : em.createQuery("select o from Obligation o where o.person = :person", Obligation.class)
                .setParameter("person", person).getResultList()) {
            existing.put(o.getDeclarationType() + "/" + o.getKind() + "/" + o.getPeriodYear(), o);
        }
        List<DeadlineExtension> extensions = em.createQuery("select e from DeadlineExtension e", DeadlineExtension.class)
                .getResultList();

        for (ObligationRules.Derived d : derived) {
            Mandate mandate = mandateById.get(d.mandateId());
            Obligation current = existing.remove(d.key());
            if (current == null) {
                Obligation created = new Obligation(person, d.type(), d.kind(), d.periodYear(), d.category(), mandate,
                        d.deadline());
                extensions.stream()
                        .filter(e -> e.appliesTo(d.type(), d.kind(), d.periodYear(), d.category()))
                        .forEach(e -> created.extendTo(e.getNewDeadline()));
                em.persist(created);
            } else if (!current.getOriginalDeadline().equals(d.deadline()) || current.getMandate() != mandate
                    || current.getCategory() != d.category()) {
                current.rebase(d.deadline(), mandate, d.category());
            }
        }
        existing.values().forEach(em::remove);
    }
}
