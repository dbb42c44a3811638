/**
 * The one lifecycle every declaration type shares: draft (saving always succeeds and shows the rules' findings),
 * submission (an immutable version with a receipt number, the SHA-256 of its canonical content chained to the
 * previous version submitted in the register), amendment (a new version with a reason; the earlier one stays),
 * lateness computed from the first submission against the obligation's current deadline, and comparison of
 * versions field by field.
 * <p>
 * A type contributes only content: its {@link gr.integrity.register.declaration.DeclarationSchema} (sections,
 * fields and each field's privacy) and its rules, through a {@link gr.integrity.register.declaration.DeclarationKind}.
 */
package gr.integrity.register.declaration;
