package gr.integrity.register.web.publication;

import gr.integrity.register.declaration.DeclarationSchema;
import gr.integrity.register.declaration.FieldChange;
import gr.integrity.register.declaration.FieldDef;
import gr.integrity.register.declaration.Privacy;
import gr.integrity.register.declaration.SectionDef;
import gr.integrity.register.publication.PublicDeclaration;
import gr.integrity.register.publication.PublicDeclarationService;
import gr.integrity.register.publication.PublicVersion;
import gr.integrity.register.web.support.DeclarationTexts;
import gr.integrity.register.web.support.Pages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * A published declaration at {@code /declaration.xhtml?id=..&v=..}: one version's redacted content (the latest
 * unless another is asked for), every version with its receipt, and what changed in the public fields since the
 * version before. A withheld version is a tombstone.
 */
@Named
@RequestScoped
public class DeclarationPageBacking {

    @EJB
    private PublicDeclarationService publication;

    @Inject
    private DeclarationTexts texts;

    private Long id;
    private Integer v;
    private PublicDeclaration declaration;
    private PublicVersion version;
    private List<FieldChange> changes = List.of();

    public void load() {
        Pages.required(id);
        declaration = publication.declaration(id);
        version = v == null ? declaration.latest() : publication.version(id, v);
        if (version.versionNo() > 1 && !version.withheld()) {
            changes = publication.changes(id, version.versionNo() - 1, version.versionNo());
        }
    }

    public DeclarationSchema getSchema() {
        return texts.schema(declaration.type());
    }

    /**
     * The columns the public sees in a section: private fields are never shown, not even as empty columns, and
     * currencies are printed with their amounts rather than apart.
     */
    public List<FieldDef> publicFields(SectionDef section) {
        return section.fields().stream().filter(DeclarationPageBacking::shown).toList();
    }

    public List<FieldDef> getPublicHeaderFields() {
        return getSchema().headerFields().stream().filter(DeclarationPageBacking::shown)
                .filter(f -> version.content().header(f.name()) != null).toList();
    }

    private static boolean shown(FieldDef field) {
        return field.privacy() != Privacy.PRIVATE && field.isReadable();
    }

    public boolean isPreviousWithheld() {
        return version.versionNo() > 1 && declaration.versions().get(version.versionNo() - 2).withheld();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getV() {
        return v;
    }

    public void setV(Integer v) {
        this.v = v;
    }

    public PublicDeclaration getDeclaration() {
        return declaration;
    }

    public PublicVersion getVersion() {
        return version;
    }

    public List<FieldChange> getChanges() {
        return changes;
    }
}
