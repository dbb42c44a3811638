package gr.integrity.register.publication;

import gr.integrity.register.declaration.DeclarationType;

import java.util.List;

/** A published declaration with every version the public may see, latest last, and who filed it. */
public record PublicDeclaration(long id, DeclarationType type, int periodYear, String obligationKind,
                                PublicDeclarant declarant, boolean late, List<PublicVersion> versions) {

    public PublicVersion latest() {
        return versions.get(versions.size() - 1);
    }
}
