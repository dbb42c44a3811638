/**
 * What the public sees. One redaction policy ({@link gr.integrity.register.publication.RedactionPolicy}) decides
 * every field, from the schema's privacy of each field, and feeds every public surface: pages, public PDFs, the API,
 * bulk files and feeds. Publication is a layer over the immutable versions: which categories of obliged persons are
 * published is configuration, and an ADMIN can withhold a version (the public sees a tombstone, the version stays).
 */
package gr.integrity.register.publication;
