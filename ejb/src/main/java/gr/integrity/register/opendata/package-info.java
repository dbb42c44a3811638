/**
 * Open data: the whole public register as zipped CSV and JSON files with SHA-256 checksums, a daily full snapshot
 * and change files between them, written by streaming in constant memory, through the one redaction policy.
 */
package gr.integrity.register.opendata;
