/**
 * The public, read-only JSON API under {@code /api/v1}: anonymous, drawn from the publication services only, so
 * the one redaction policy applies to it as to the pages.
 */
package gr.integrity.register.web.api;
