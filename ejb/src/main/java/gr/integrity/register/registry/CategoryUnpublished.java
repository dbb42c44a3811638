package gr.integrity.register.registry;

import gr.integrity.register.declaration.DeclarationType;

/**
 * Fired in the transaction of a policy change that turns off the publication of a category's declarations of one
 * type: what was published of them is taken out of every public surface, the bulk files published earlier included.
 */
public record CategoryUnpublished(ObligedCategory category, DeclarationType type) {
}
