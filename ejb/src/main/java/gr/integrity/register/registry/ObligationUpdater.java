package gr.integrity.register.registry;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
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
        refresh(List.of(person), today);
    }

    /** Refreshes several persons with one read of the settings, the policies and the extensions. */
    public void refresh(Collection<Person> persons, LocalDate today) {
        if (persons.isEmpty()) {
            return;
        }
        ObligationRules.Settings rules = settings.obligationSettings();
        Map<ObligedCategory, ObligationRules.Policy> policies = settings.policies();
        List<DeadlineExtension> extensions = em.createQuery("select e from DeadlineExtension e", DeadlineExtension.class)
                .getResultList();
        Map<Long, List<Mandate>> mandatesByPerson = new HashMap<>();
        for (Mandate m : em.createQuery("select m from Mandate m join fetch m.position where m.person in :persons",
                Mandate.class).setParameter("persons", persons).getResultList()) {
            mandatesByPerson.computeIfAbsent(m.getPerson().getId(), k -> new ArrayList<>()).add(m);
        }
        Map<Long, Map<String, Obligation>> existingByPerson = new HashMap<>();
        for (Obligation o : em.createQuery("select o from Obligation o where o.person in :persons", Obligation.class)
                .setParameter("persons", persons).getResultList()) {
            existingByPerson.computeIfAbsent(o.getPerson().getId(), k -> new HashMap<>())
                    .put(o.getDeclarationType() + "/" + o.getKind() + "/" + o.getPeriodYear(), o);
        }
        for (Person person : persons) {
            apply(person, mandatesByPerson.getOrDefault(person.getId(), List.of()),
                    existingByPerson.getOrDefault(person.getId(), new HashMap<>()), rules, policies, extensions, today);
        }
    }

    private void apply(Person person, List<Mandate> mandates, Map<String, Obligation> existing,
                       ObligationRules.Settings rules, Map<ObligedCategory, ObligationRules.Policy> policies,
                       List<DeadlineExtension> extensions, LocalDate today) {
        List<ObligationRules.MandateFacts> facts = mandates.stream()
                .map(m -> new ObligationRules.MandateFacts(m.getId(), m.getStartDate(), m.getEndDate(),
                        m.getPosition().getCategory(), m.getPosition().getFinalFilingYears()))
                .toList();
        Map<Long, Mandate> mandateById = new HashMap<>();
        mandates.forEach(m -> mandateById.put(m.getId(), m));
        for (ObligationRules.Derived d : ObligationRules.derive(facts, policies, rules, today)) {
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
