package gr.integrity.register.opendata;

import gr.integrity.register.audit.AuditAction;
import gr.integrity.register.audit.AuditTrail;
import gr.integrity.register.declaration.CanonicalJson;
import gr.integrity.register.declaration.DeclarationType;
import gr.integrity.register.lobbying.MeetingSearch;
import gr.integrity.register.lobbying.PublicMeeting;
import gr.integrity.register.publication.DirectoryFilter;
import gr.integrity.register.publication.DirectoryPage;
import gr.integrity.register.publication.PublicDeclarationService;
import gr.integrity.register.publication.PublicDirectory;
import gr.integrity.register.publication.PublicDeclarant;
import gr.integrity.register.publication.PublishedVersion;
import gr.integrity.register.publication.VersionWithheld;
import gr.integrity.register.registry.CategoryUnpublished;
import gr.integrity.register.registry.ObligedCategory;
import gr.integrity.register.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Publishes the bulk files: every night a change file (what was published since the previous file) and a full
 * snapshot, both zips of CSV and JSON tables. Each table is read a page at a time, each page in its own
 * transaction, and streamed into the zip, so memory stays flat however large the register grows; the file gets
 * its name and is listed only once it is complete, with its size and SHA-256.
 */
@Stateless
public class OpenDataExport {

    private static final Logger LOG = Logger.getLogger(OpenDataExport.class);
    static final int PAGE = 500;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    static final String LICENCE = "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); imported records keep "
            + "the source and licence of their own columns.";

    @EJB
    private PublicDirectory directory;

    @EJB
    private PublicDeclarationService declarations;

    @EJB
    private MeetingSearch meetings;

    @EJB
    private OpenDataFiles files;

    @EJB
    private AuditTrail audit;

    @Resource
    private SessionContext context;

    @Schedule(minute = "10", hour = "3", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void nightly() {
        publishNow();
    }

    /**
     * The first snapshot, as soon as there is something to publish and no import is half-way (a freshly started
     * demo has its files within minutes, not the next night).
     */
    @Schedule(minute = "*/2", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void firstSnapshot() {
        if (files.latest().isEmpty() && files.readyForFirstSnapshot()) {
            publishNow();
        }
    }

    /**
     * A withheld version's public form is in every bulk file published since it was submitted: once the withholding
     * has committed, those files are taken down and a new snapshot is published without it, as the pages and the
     * API already are.
     */
    @PermitAll
    public void versionWithheld(@Observes(during = TransactionPhase.AFTER_SUCCESS) VersionWithheld event) {
        context.getBusinessObject(OpenDataExport.class).republishWithout(event.declarationId(), event.versionNo());
    }

    @Asynchronous
    @RolesAllowed(Roles.ADMIN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void republishWithout(long declarationId, int versionNo) {
        List<String> withdrawn = files.withdrawHolding(declarationId, versionNo);
        if (!withdrawn.isEmpty()) {
            audit.record(AuditAction.OPEN_DATA_WITHDRAWN, "Declaration", declarationId,
                    "version " + versionNo + ": " + String.join(", ", withdrawn));
            LOG.infof("Open data: %d files held a withheld version and were taken down", withdrawn.size());
            publishNow();
        }
    }

    /**
     * A category's publication turned off: once the change has committed, the files that may hold its versions are
     * taken down and a new snapshot is published without them; the change file lists each version withdrawn.
     */
    @PermitAll
    public void categoryUnpublished(@Observes(during = TransactionPhase.AFTER_SUCCESS) CategoryUnpublished event) {
        context.getBusinessObject(OpenDataExport.class).republishWithoutCategory(event.category(), event.type());
    }

    @Asynchronous
    @RolesAllowed(Roles.ADMIN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void republishWithoutCategory(ObligedCategory category, DeclarationType type) {
        List<String> withdrawn = files.withdrawCategory(category, type);
        if (!withdrawn.isEmpty()) {
            audit.record(AuditAction.OPEN_DATA_WITHDRAWN, "CategoryPolicy", category,
                    type + " no longer published: " + String.join(", ", withdrawn));
            LOG.infof("Open data: %d files held %s declarations of %s, no longer published, and were taken down",
                    withdrawn.size(), type, category);
            publishNow();
        }
    }

    /** Writes the change file since the last one (if there was one) and a full snapshot; answers the snapshot. */
    @RolesAllowed(Roles.ADMIN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public OpenDataFile publish() {
        return publishNow();
    }

    private OpenDataFile publishNow() {
        // microseconds, what DATETIME(6) keeps on MariaDB 11 and MySQL, so that the next change file starts exactly
        // where this one ends (MariaDB 10.x through Connector/J keeps whole seconds: see StoredTime)
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        java.util.Optional<OpenDataFile> last = files.latest();
        if (last.isPresent()) {
            write(OpenDataFile.Kind.CHANGES, last.get().getCoversTo(), now);
        } else if (files.anyWithdrawal()) {
            // every earlier file was taken down: a change file from the start still tells their copies what left
            write(OpenDataFile.Kind.CHANGES, Instant.EPOCH, now);
        }
        OpenDataFile full = write(OpenDataFile.Kind.FULL, null, now);
        audit.record(AuditAction.OPEN_DATA_PUBLISHED, "OpenDataFile", full.getId(), full.getName());
        return full;
    }

    private OpenDataFile write(OpenDataFile.Kind kind, Instant since, Instant until) {
        String name = "register-" + STAMP.format(until) + "-" + kind.name().toLowerCase(java.util.Locale.ROOT) + ".zip";
        Path folder = OpenDataFiles.directory();
        try {
            Files.createDirectories(folder);
            Path partial = Files.createTempFile(folder, "writing-", ".zip");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long records;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(partial), sha)) {
                OpenDataWriter writer = new OpenDataWriter(new java.io.BufferedOutputStream(out));
                writer.text("README.txt", readme(kind, since, until));
                for (OpenDataTable<?> table : tables(since, until)) {
                    writer.table(table);
                }
                writer.finish();
                records = writer.records();
            }
            Path done = folder.resolve(name);
            Files.move(partial, done, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            OpenDataFile file = new OpenDataFile(name, kind, since, until, Files.size(done),
                    HexFormat.of().formatHex(sha.digest()), records);
            Files.writeString(folder.resolve(name + ".sha256"), file.getSha256() + "  " + name + "\n");
            files.record(file);
            LOG.infof("Open data: %s written, %d records, %d bytes", name, records, file.getSizeBytes());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("The open data file " + name + " could not be written", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private List<OpenDataTable<?>> tables(Instant since, Instant until) {
        DirectoryFilter filter = since == null ? DirectoryFilter.none() : DirectoryFilter.changedSince(since);
        return List.of(
                new OpenDataTable<>("officials", OpenDataDictionary.columns("officials"),
                        cursor -> page(directory.officials(filter, (Long) cursor, PAGE)),
                        o -> java.util.Arrays.asList(o.id(), o.name(), o.nameEn(), o.posts().stream()
                                .map(p -> p.title() + " @ " + p.institution() + " (" + p.from() + " – "
                                        + (p.to() == null ? "" : p.to()) + ")").collect(Collectors.joining("; ")))),
                new OpenDataTable<>("institutions", OpenDataDictionary.columns("institutions"),
                        cursor -> page(directory.institutions(filter, (Long) cursor, PAGE)),
                        i -> java.util.Arrays.asList(i.id(), i.nameEl(), i.nameEn(), i.kind())),
                new OpenDataTable<>("organisations", OpenDataDictionary.columns("organisations"),
                        cursor -> page(directory.organisations(filter, (Long) cursor, PAGE)),
                        o -> java.util.Arrays.asList(o.id(), o.nameEl(), o.nameEn(), o.category(), o.status(),
                                o.euTransparencyId(), o.registrationNumber(), o.website(), o.areasOfInterest())),
                new OpenDataTable<PublishedVersion>("declaration_versions",
                        OpenDataDictionary.columns("declaration_versions"), cursor -> {
                            List<PublishedVersion> rows = declarations.versionsAfter(cursor == null ? 0 : (Long) cursor,
                                    since, until, PAGE);
                            Object next = rows.size() < PAGE ? null : rows.get(rows.size() - 1).versionId();
                            return new OpenDataTable.Page<>(rows.stream().filter(r -> r.version() != null).toList(), next);
                        }, OpenDataExport::versionRow),
                new OpenDataTable<PublicMeeting>("meetings", OpenDataDictionary.columns("meetings"), cursor -> {
                    List<PublicMeeting> rows = meetings.recordedBetween(since, until, cursor == null ? 0 : (Long) cursor, PAGE);
                    return new OpenDataTable.Page<>(rows, rows.size() < PAGE ? null : rows.get(rows.size() - 1).id());
                }, PublicMeeting::row),
                new OpenDataTable<OpenDataWithdrawal>("withdrawals", OpenDataDictionary.columns("withdrawals"), cursor -> {
                    // a full snapshot has nothing to withdraw: what was withdrawn is simply not in it
                    List<OpenDataWithdrawal> rows = since == null ? List.of()
                            : files.withdrawals(since, until, cursor == null ? 0 : (Long) cursor, PAGE);
                    return new OpenDataTable.Page<>(rows, rows.size() < PAGE ? null : rows.get(rows.size() - 1).getId());
                }, OpenDataWithdrawal::row));
    }

    private static List<Object> versionRow(PublishedVersion r) {
        var v = r.version();
        PublicDeclarant who = r.declarant();
        boolean official = who.kind() == PublicDeclarant.Kind.PERSON;
        return java.util.Arrays.asList(r.declarationId(), v.versionNo(), r.type().name(), r.periodYear(),
                official ? who.id() : null, official ? who.name() : null, who.kind().name(), who.id(), who.name(),
                v.receiptNumber(), v.submittedAt().toString(), v.superseded(), v.late(), v.withheld(),
                v.publicHash(), v.withheld() ? null : "/declarations/pdf?id=" + r.declarationId() + "&v=" + v.versionNo(),
                v.withheld() ? null : new OpenDataWriter.RawJson(CanonicalJson.write(v.content())));
    }

    private static <T> OpenDataTable.Page<T> page(DirectoryPage<T> page) {
        return new OpenDataTable.Page<>(page.items(), page.lastId());
    }

    private static String readme(OpenDataFile.Kind kind, Instant since, Instant until) {
        return "Integrity Register – " + (kind == OpenDataFile.Kind.FULL ? "full snapshot of the public register"
                : "records published or changed after " + since) + " up to " + until + ".\n"
                + "Tables: officials, institutions, organisations, declaration_versions, meetings, withdrawals; each as"
                + " CSV (RFC 4180,"
                + " UTF-8) and JSON (an array of objects with the same column names).\n"
                + "The columns are described on the register's open data page (/open-data.xhtml).\n"
                + "Private fields of declarations are never included; a withheld version is listed without content.\n"
                + "A change file's withdrawals table lists the versions taken out of the public register in its period"
                + " (withheld, or of a category no longer published): drop them from any copy of earlier files.\n"
                + "Licence: " + LICENCE + "\n";
    }
}
