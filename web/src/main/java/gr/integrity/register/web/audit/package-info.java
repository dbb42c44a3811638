/** The audit trail's page: search and the chain check, for ADMINs and auditors. */
package gr.integrity.register.web.audit;
