package gr.integrity.register.declaration;

/**
 * Fired (synchronously, in the submission's transaction) when a version is submitted, so that what a type keeps
 * beside its declarations (the public meeting record of a meeting declaration) follows without the lifecycle
 * knowing of it. A failing observer rolls the submission back: nothing half-written is committed. The person is
 * the declarant's; none for an annual lobbying return, which an organisation or an institution files.
 */
public record DeclarationSubmitted(long declarationId, DeclarationType type, Long personId, int versionNo,
                                   DeclarationContent content) {
}
