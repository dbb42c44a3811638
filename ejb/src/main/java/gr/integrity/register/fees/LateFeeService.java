package gr.integrity.register.fees;

import gr.integrity.register.audit.AuditAction;
import gr.integrity.register.audit.AuditTrail;
import gr.integrity.register.common.InvalidInputException;
import gr.integrity.register.common.PageRequest;
import gr.integrity.register.common.ResultPage;
import gr.integrity.register.declaration.DeclarationType;
import gr.integrity.register.declaration.Lateness;
import gr.integrity.register.registry.Obligation;
import gr.integrity.register.registry.ObligationKind;
import gr.integrity.register.registry.ObligedCategory;
import gr.integrity.register.registry.RegistrySettings;
import gr.integrity.register.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

/**
 * The late filings of a year and their fees, for auditors to see and to send for collection. A filing is late as
 * {@code Lateness} defines it (its first submission after the current deadline; a correction after the grace
 * period and the deadline), priced by {@link LateFeeRules}; a year is the year of the filing in Athens.
 */
@Stateless
@RolesAllowed(Roles.AUDITOR)
public class LateFeeService {

    /**
     * Versions of one year submitted after their obligation's deadline: each first submission among them is late;
     * a correction among them is late only after the grace period ({@code Lateness.isLateCorrection}).
     */
    private static final String AFTER_DEADLINE = "select d.id, v.versionNo, v.receiptNumber, p.id, p.givenName,"
            + " p.familyName, p.taxNumber, o.category, d.type, o.kind, o.periodYear, o.deadline, v.submittedAt,"
            + " o.dueAt, d.firstSubmittedAt from DeclarationVersion v join v.declaration d join d.obligation o"
            + " join d.person p where v.submittedAt >= :start and v.submittedAt < :end and v.submittedAt > o.dueAt"
            + " order by v.submittedAt desc, v.id desc";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private LateFeeRules rules;

    @Inject
    private RegistrySettings settings;

    @EJB
    private AuditTrail audit;

    /** A page of the year's late filings that owe a fee, the latest first (the tax numbers left out). */
    public ResultPage<LateFeeLine> list(int year, PageRequest page) {
        List<LateFeeLine> all = lines(year);
        int from = Math.min(page.first(), all.size());
        return new ResultPage<>(all.subList(from, Math.min(all.size(), from + page.size())).stream()
                .map(LateFeeService::withoutTaxNumber).toList(), all.size());
    }

    /** The count and sum of the year's fees. */
    public LateFeeTotals totals(int year) {
        List<LateFeeLine> all = lines(year);
        return new LateFeeTotals(all.size(), all.stream().map(LateFeeLine::fee).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /**
     * Every late filing of the year with its fee and the filer's tax number, for the authority that collects the
     * fees; the download is recorded in the audit trail.
     */
    public List<LateFeeLine> forCollection(int year) {
        List<LateFeeLine> lines = lines(year);
        audit.record(AuditAction.LATE_FEES_EXPORTED, "LateFees", year, lines.size() + " late filings");
        return lines;
    }

    private List<LateFeeLine> lines(int year) {
        if (year < 1990 || year > 2100) {
            throw new InvalidInputException("fees.year", "year");
        }
        Instant start = Year.of(year).atDay(1).atStartOfDay(Obligation.ATHENS).toInstant();
        Instant end = Year.of(year + 1).atDay(1).atStartOfDay(Obligation.ATHENS).toInstant();
        int grace = settings.correctionGraceDays();
        List<Object[]> rows = em.createQuery(AFTER_DEADLINE, Object[].class).setParameter("start", start)
                .setParameter("end", end).getResultList();
        List<LateFeeLine> lines = new ArrayList<>();
        for (Object[] r : rows) {
            int versionNo = (Integer) r[1];
            Instant submittedAt = (Instant) r[12];
            if (versionNo > 1 && !Lateness.isLateCorrection((Instant) r[13], (Instant) r[14], submittedAt, grace)) {
                continue;
            }
            ObligedCategory category = (ObligedCategory) r[7];
            LocalDate deadline = (LocalDate) r[11];
            rules.feeOf(category, deadline, submittedAt).ifPresent(fee -> lines.add(new LateFeeLine((Long) r[0],
                    versionNo, (String) r[2], (Long) r[3], r[4] + " " + r[5], (String) r[6], category,
                    (DeclarationType) r[8], (ObligationKind) r[9], (Integer) r[10], deadline, submittedAt,
                    fee.daysLate(), fee.amount())));
        }
        return lines;
    }

    private static LateFeeLine withoutTaxNumber(LateFeeLine l) {
        return new LateFeeLine(l.declarationId(), l.versionNo(), l.receiptNumber(), l.personId(), l.name(), null,
                l.category(), l.type(), l.kind(), l.periodYear(), l.deadline(), l.submittedAt(), l.daysLate(), l.fee());
    }
}
