/**
 * Who holds which post and what that obliges them to file: {@link gr.integrity.register.registry.Person},
 * {@link gr.integrity.register.registry.Institution}, {@link gr.integrity.register.registry.Position},
 * {@link gr.integrity.register.registry.Mandate} and {@link gr.integrity.register.registry.Obligation}.
 * Obligations are derived from mandates by {@link gr.integrity.register.registry.ObligationRules} with settings an
 * ADMIN can change; a deadline is data, extended by an ADMIN for everyone or for one category.
 */
package gr.integrity.register.registry;
