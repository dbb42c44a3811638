package gr.integrity.register.opendata;

import gr.integrity.register.common.NotFoundException;
import gr.integrity.register.declaration.DeclarationType;
import gr.integrity.register.declaration.DeclarationVersion;
import gr.integrity.register.importing.ImportStatus;
import gr.integrity.register.platform.RegisterConfig;
import gr.integrity.register.registry.ObligedCategory;
import gr.integrity.register.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** The published bulk files: where they are kept, which there are, and the record of each new one. */
@Stateless
@PermitAll
public class OpenDataFiles {

    /** File names are the register's own: a date, a time and a kind; nothing a client can steer elsewhere. */
    static final String NAME = "register-\\d{8}-\\d{6}-(full|changes)\\.zip";

    @PersistenceContext
    private EntityManager em;

    /** Newest first. */
    public List<OpenDataFile> published() {
        return em.createQuery("select f from OpenDataFile f order by f.publishedAt desc, f.id desc", OpenDataFile.class)
                .setMaxResults(200).getResultList();
    }

    public Optional<OpenDataFile> latest() {
        return em.createQuery("select f from OpenDataFile f order by f.coversTo desc, f.id desc", OpenDataFile.class)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** A published file by name, and where it is on disk. */
    public Path path(String name) {
        if (name == null || !name.matches(NAME) || em.createQuery("select count(f) from OpenDataFile f where f.name = :n",
                Long.class).setParameter("n", name).getSingleResult() == 0) {
            throw new NotFoundException("OpenDataFile", name);
        }
        return directory().resolve(name);
    }

    /** Whether the register holds filings and no import is running (a snapshot now would be half of one). */
    public boolean readyForFirstSnapshot() {
        return em.createQuery("select count(b) from ImportBatch b where b.status in :running", Long.class)
                .setParameter("running", List.of(ImportStatus.RUNNING)).getSingleResult() == 0
                && em.createQuery("select count(d) from Declaration d where d.latestVersionNo > 0", Long.class)
                .getSingleResult() > 0;
    }

    /**
     * Takes down every published file that may hold the version's public form: each one published since the version
     * was submitted (its rows go, then the files on disk), and records the withdrawal for the next change file.
     * Answers the names taken down.
     */
    @RolesAllowed(Roles.ADMIN)
    public List<String> withdrawHolding(long declarationId, int versionNo) {
        List<DeclarationVersion> versions = em.createQuery("select v from DeclarationVersion v"
                        + " where v.declaration.id = :declaration and v.versionNo = :version", DeclarationVersion.class)
                .setParameter("declaration", declarationId).setParameter("version", versionNo).getResultList();
        if (versions.isEmpty()) {
            return List.of();
        }
        DeclarationVersion version = versions.get(0);
        List<String> names = takeDownSince(version.getSubmittedAt());
        if (!names.isEmpty()) {
            em.persist(new OpenDataWithdrawal(declarationId, versionNo, version.getReceiptNumber(),
                    OpenDataWithdrawal.Reason.WITHHELD, now()));
        }
        return names;
    }

    /**
     * Takes down every published file that may hold a version of this category and type, now that their
     * publication is turned off, and records a withdrawal of each version one of them held. Answers the names taken
     * down.
     */
    @RolesAllowed(Roles.ADMIN)
    public List<String> withdrawCategory(ObligedCategory category, DeclarationType type) {
        Instant earliest = em.createQuery("select min(v.submittedAt) from DeclarationVersion v join v.declaration d"
                        + " where d.type = :type and d.obligation.category = :category", Instant.class)
                .setParameter("type", type).setParameter("category", category).getSingleResult();
        Instant lastCovered = em.createQuery("select max(f.coversTo) from OpenDataFile f", Instant.class)
                .getSingleResult();
        if (earliest == null || lastCovered == null) {
            return List.of();
        }
        List<String> names = takeDownSince(earliest);
        if (!names.isEmpty()) {
            // one statement however many versions: a category may hold tens of thousands
            em.createNativeQuery("insert into open_data_withdrawal"
                            + " (declaration_id, version_no, receipt_number, reason, withdrawn_at)"
                            + " select d.id, v.version_no, v.receipt_number, 'UNPUBLISHED', ?1 from declaration_version v"
                            + " join declaration d on d.id = v.declaration_id join obligation o on o.id = d.obligation_id"
                            + " where d.declaration_type = ?2 and o.category = ?3 and v.submitted_at <= ?4")
                    .setParameter(1, now()).setParameter(2, type.name()).setParameter(3, category.name())
                    .setParameter(4, lastCovered).executeUpdate();
        }
        return names;
    }

    /** The withdrawals recorded after one instant up to another, a page at a time, in order. */
    public List<OpenDataWithdrawal> withdrawals(Instant after, Instant until, long afterId, int limit) {
        return em.createQuery("select w from OpenDataWithdrawal w where w.withdrawnAt > :after"
                        + " and w.withdrawnAt <= :until and w.id > :id order by w.id", OpenDataWithdrawal.class)
                .setParameter("after", after).setParameter("until", until).setParameter("id", afterId)
                .setMaxResults(limit).getResultList();
    }

    public boolean anyWithdrawal() {
        return em.createQuery("select count(w) from OpenDataWithdrawal w", Long.class).getSingleResult() > 0;
    }

    private List<String> takeDownSince(Instant submitted) {
        List<OpenDataFile> holding = em.createQuery("select f from OpenDataFile f where f.coversTo >= :submitted",
                OpenDataFile.class).setParameter("submitted", submitted).getResultList();
        holding.forEach(em::remove);
        em.flush();
        List<String> names = holding.stream().map(OpenDataFile::getName).toList();
        for (String name : names) {
            try {
                Files.deleteIfExists(directory().resolve(name));
                Files.deleteIfExists(directory().resolve(name + ".sha256"));
            } catch (IOException e) {
                // no longer listed, so no longer served (only listed files are): the bytes stay on disk, said here
                Logger.getLogger(OpenDataFiles.class).warnf("Open data file %s taken down but not deleted: %s", name,
                        e.getMessage());
            }
        }
        return names;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** Lists a file {@link OpenDataExport} has finished writing (in its own transaction: the file exists). */
    public void record(OpenDataFile file) {
        em.persist(file);
    }

    /** {@code REGISTER_OPEN_DATA_DIR}, or the server's data folder. */
    static Path directory() {
        return Path.of(RegisterConfig.value("REGISTER_OPEN_DATA_DIR")
                .orElse(Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")),
                        "open-data").toString()));
    }
}
