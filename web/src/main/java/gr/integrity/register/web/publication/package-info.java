/**
 * The public's view of declarations and officials: pages drawn from the publication services only, which apply
 * the register's one redaction policy. Nothing here reads a full version.
 */
package gr.integrity.register.web.publication;
