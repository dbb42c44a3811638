/**
 * Oversight: the auditors' review of declarations (a queue ranked by risk, assignment, clarification requests
 * answered by amending, acceptance or referral, internal notes) and the red flags that rank it, each explained by
 * the figures that raised it. Auditors read everything and write only review records.
 */
package gr.integrity.register.review;
