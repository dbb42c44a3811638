/**
 * The audit trail: an append-only record of what was done, by whom, when and from where. Each entry's hash
 * chains to the previous one and the database refuses UPDATE and DELETE on the table, so a rewrite is detectable
 * even by someone with database access. Private values are never written to it.
 */
package gr.integrity.register.audit;
