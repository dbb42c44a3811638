package gr.integrity.register.audit;

import gr.integrity.register.common.PageRequest;
import gr.integrity.register.common.ResultPage;
import gr.integrity.register.platform.persistence.HashChains;
import gr.integrity.register.registry.Obligation;
import gr.integrity.register.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reading the audit trail: searching it (ADMIN and AUDITOR), and checking that its hash chain holds, entry by
 * entry from the first, so that an entry changed or removed by someone with database access is found.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
public class AuditSearch {

    /** Entries are read for the check this many at a time, so the whole trail is never held in memory. */
    static final int CHECK_BATCH = 2_000;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    /** The entries that match, newest first, as the caller may read them ({@link AuditLine}). */
    public ResultPage<AuditLine> search(AuditQuery query, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (query.actor() != null && !query.actor().isBlank()) {
            where.append(" and e.actor = :actor");
            parameters.put("actor", query.actor().strip());
        }
        if (query.action() != null) {
            where.append(" and e.action = :action");
            parameters.put("action", query.action());
        }
        if (query.objectType() != null && !query.objectType().isBlank()) {
            where.append(" and e.objectType = :type");
            parameters.put("type", query.objectType().strip());
        }
        if (query.objectId() != null && !query.objectId().isBlank()) {
            where.append(" and e.objectId = :object");
            parameters.put("object", query.objectId().strip());
        }
        if (query.from() != null) {
            where.append(" and e.occurredAt >= :from");
            parameters.put("from", query.from().atStartOfDay(Obligation.ATHENS).toInstant());
        }
        if (query.to() != null) {
            where.append(" and e.occurredAt < :to");
            parameters.put("to", query.to().plusDays(1).atStartOfDay(Obligation.ATHENS).toInstant());
        }
        TypedQuery<Long> count = em.createQuery("select count(e) from AuditEntry e" + where, Long.class);
        TypedQuery<AuditEntry> entries = em.createQuery("select e from AuditEntry e" + where + " order by e.id desc",
                AuditEntry.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            entries.setParameter(name, value);
        });
        boolean mayReadFilings = context.isCallerInRole(Roles.AUDITOR);
        List<AuditLine> lines = entries.setFirstResult(page.first()).setMaxResults(page.size()).getResultList()
                .stream().map(entry -> AuditLine.of(entry, mayReadFilings)).toList();
        return new ResultPage<>(lines, count.getSingleResult());
    }

    /**
     * Walks the chain from its first entry: each entry's hash must be that of its content and its predecessor's
     * hash, and the last must be the head the register keeps. A changed entry, a removed one or one inserted out
     * of order breaks it.
     */
    public ChainCheck verify() {
        String previous = HashChains.GENESIS;
        long checked = 0;
        long after = 0;
        while (true) {
            List<AuditEntry> batch = em.createQuery("select e from AuditEntry e where e.id > :after order by e.id",
                    AuditEntry.class).setParameter("after", after).setMaxResults(CHECK_BATCH).getResultList();
            if (batch.isEmpty()) {
                break;
            }
            for (AuditEntry entry : batch) {
                if (!entry.getPreviousHash().equals(previous)) {
                    return new ChainCheck(checked, false, entry.getId(), "link");
                }
                if (!entry.computeHash().equals(entry.getEntryHash())) {
                    return new ChainCheck(checked, false, entry.getId(), "content");
                }
                previous = entry.getEntryHash();
                checked++;
                after = entry.getId();
            }
            em.clear();
        }
        List<String> head = em.createQuery("select h.lastHash from ChainHead h where h.chain = :chain", String.class)
                .setParameter("chain", AuditTrail.CHAIN).getResultList();
        if (!head.isEmpty() && !head.get(0).equals(previous)) {
            return new ChainCheck(checked, false, null, "head");
        }
        return new ChainCheck(checked, true, null, null);
    }
}
