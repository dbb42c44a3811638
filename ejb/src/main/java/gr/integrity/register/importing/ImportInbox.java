package gr.integrity.register.importing;

import gr.integrity.register.common.Messages;
import gr.integrity.register.platform.RegisterConfig;
import gr.integrity.register.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Imports without the user interface, for scheduled use: a file copied into a subfolder of REGISTER_IMPORT_INBOX
 * ({@code officials/}) is imported within a minute, exactly as an upload would be, then moved to {@code done/} or
 * {@code failed/} beside a report ({@code <file>.report.txt}) of what was created, matched and skipped.
 * Only files themselves are read: a symbolic link (which could lead the server to read any file it can) and a file
 * over the upload limit are refused into {@code failed/} unread.
 */
@Singleton
@RunAs(Roles.ADMIN)
@RunAsPrincipal("import-inbox")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportInbox {

    private static final Logger LOG = Logger.getLogger(ImportInbox.class);
    static final Map<String, List<ImportKind>> FOLDERS = Map.of(
            "officials", List.of(ImportKind.GR_PARLIAMENT_MEMBERS, ImportKind.GR_GOVERNMENT_ROLES),
            "meetings", List.of(ImportKind.EC_MEETINGS));

    /** The largest file imported, as for an upload. */
    static final long MAX_FILE_BYTES = 30L * 1024 * 1024;

    @Inject
    private RegisterConfig config;

    @EJB
    private ImportService imports;

    @EJB
    private ImportRunner runner;

    @Schedule(minute = "*", hour = "*", persistent = false)
    @PermitAll
    public void scan() {
        config.importInbox().map(Path::of).ifPresent(inbox -> FOLDERS.forEach((folder, kinds) -> {
            Path dir = inbox.resolve(folder);
            if (!Files.isDirectory(dir)) {
                return;
            }
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(f))
                        .filter(f -> !f.getFileName().toString().startsWith("."))
                        .sorted().forEach(file -> importFile(file, kinds));
            } catch (IOException e) {
                LOG.warnf("Import inbox %s could not be read: %s", dir, e.getClass().getSimpleName());
            }
        }));
    }

    void importFile(Path file, List<ImportKind> kinds) {
        String name = file.getFileName().toString();
        StringBuilder report = new StringBuilder();
        boolean ok;
        try {
            if (Files.isSymbolicLink(file)) {
                throw new InboxRefusal("not imported: a symbolic link; copy the file itself into the inbox");
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new InboxRefusal("not imported: larger than " + MAX_FILE_BYTES / 1024 / 1024 + " MB");
            }
            byte[] content = Files.readAllBytes(file);
            ImportBatch batch = imports.prepare(name, content, kinds);
            runner.runToEnd(batch.getId());
            ImportBatch done = imports.batch(batch.getId());
            report.append("batch ").append(done.getId()).append(", ").append(done.getKind()).append('\n')
                    .append("rows ").append(done.getTotalRows()).append('\n')
                    .append("created ").append(done.getCreatedCount()).append('\n')
                    .append("matched ").append(done.getMatchedCount()).append('\n')
                    .append("skipped ").append(done.getSkippedCount()).append('\n')
                    .append("needs review ").append(done.getReviewCount()).append('\n');
            for (Object[] reason : imports.skipReasons(done.getId())) {
                report.append("  skipped because ").append(reason[0]).append(": ").append(reason[1]).append('\n');
            }
            ok = true;
        } catch (ImportRejectedException rejected) {
            report.append(rejected.localizedMessage(Messages.ENGLISH)).append('\n');
            rejected.getProblems().forEach(p -> report.append("line ").append(p.line()).append(": ")
                    .append(Messages.text(Messages.ENGLISH, p.messageKey(), p.arguments())).append('\n'));
            ok = false;
        } catch (InboxRefusal refusal) {
            report.append(refusal.getMessage()).append('\n');
            ok = false;
        } catch (IOException | RuntimeException e) {
            report.append("not imported: ").append(e.getClass().getSimpleName()).append('\n');
            ok = false;
        }
        try {
            Path target = Files.createDirectories(file.getParent().resolve(ok ? "done" : "failed"));
            Files.move(file, target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(target.resolve(name + ".report.txt"), report, StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warnf("Import inbox could not move %s: %s", name, e.getClass().getSimpleName());
        }
        LOG.infof("Import inbox: %s %s", name, ok ? "imported" : "refused");
    }

    /** A file the inbox does not read, and why. */
    private static final class InboxRefusal extends Exception {

        private static final long serialVersionUID = 1L;

        InboxRefusal(String reason) {
            super(reason);
        }
    }
}
