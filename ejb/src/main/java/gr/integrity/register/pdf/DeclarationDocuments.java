package gr.integrity.register.pdf;

import gr.integrity.register.common.Messages;
import gr.integrity.register.common.NotFoundException;
import gr.integrity.register.declaration.DeclarationKinds;
import gr.integrity.register.declaration.DeclarationService;
import gr.integrity.register.declaration.VersionView;
import gr.integrity.register.publication.PublicDeclaration;
import gr.integrity.register.publication.PublicDeclarationService;
import gr.integrity.register.publication.PublicVersion;
import gr.integrity.register.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.Locale;

/**
 * The PDFs of a version: the full copy (its filer, or an auditor, whose reading is recorded) and the public copy,
 * drawn from the redacted content and carrying only the public form's hash.
 */
@Stateless
public class DeclarationDocuments {

    /** A PDF as the browser downloads it. */
    public record Document(String fileName, byte[] bytes) {
    }

    @EJB
    private DeclarationService declarations;

    @EJB
    private PublicDeclarationService publicDeclarations;

    @Inject
    private DeclarationKinds kinds;

    @EJB
    private gr.integrity.register.transparency.TransparencyLog log;

    @Inject
    private PdfSeal seal;

    @RolesAllowed({Roles.OFFICIAL, Roles.LOBBYIST, Roles.LIAISON, Roles.AUDITOR})
    public Document fullCopy(long declarationId, int versionNo, Locale locale) {
        VersionView v = declarations.versionForCopy(declarationId, versionNo);
        byte[] pdf = DeclarationPdf.render(kinds.of(v.type()).schema(), v.content(), new DeclarationPdf.Facts(
                title(v.type().name(), v.periodYear(), locale), v.personName(), period(v.obligationKind(), v.periodYear(), locale),
                v.receiptNumber(), v.versionNo(), v.submittedAt(), v.contentHash(), false, v.late(), v.isSuperseded(),
                locale));
        return new Document(v.receiptNumber() + ".pdf", pdf);
    }

    @PermitAll
    public Document publicCopy(long declarationId, int versionNo, Locale locale) {
        PublicDeclaration d = publicDeclarations.declaration(declarationId);
        PublicVersion v = d.versions().stream().filter(x -> x.versionNo() == versionNo).findFirst()
                .orElseThrow(() -> new NotFoundException("Version", versionNo));
        if (v.withheld()) {
            throw new NotFoundException("Version", versionNo);
        }
        boolean english = "en".equals(Messages.supported(locale).getLanguage());
        byte[] pdf = DeclarationPdf.render(kinds.of(d.type()).schema(), v.content(), new DeclarationPdf.Facts(
                title(d.type().name(), d.periodYear(), locale), d.declarant().name(english),
                period(d.obligationKind(), d.periodYear(), locale), v.receiptNumber(), v.versionNo(), v.submittedAt(),
                v.publicHash(), true, v.late(), v.superseded(), locale, logEntry(v.receiptNumber(), locale)));
        return new Document(v.receiptNumber() + "-public.pdf", seal.seal(pdf));
    }

    /** "leaf 123, hash …" of the transparency log, or null while the version waits for the log's next round. */
    private String logEntry(String receipt, Locale locale) {
        try {
            var leaf = log.find(receipt).leaf();
            return Messages.text(locale, "pdf.logLeaf", String.valueOf(leaf.getLeafIndex()), leaf.getLeafHash());
        } catch (NotFoundException notYet) {
            return null;
        }
    }

    private static String title(String type, int year, Locale locale) {
        return Messages.text(locale, "declarationType." + type) + " " + year;
    }

    private static String period(String obligationKind, int year, Locale locale) {
        return (obligationKind == null ? "" : Messages.text(locale, "obligationKind." + obligationKind) + ", ") + year;
    }
}
