/**
 * Imports of published files (officials and positions, the European Commission's meetings). One procedure for
 * all: the whole file is validated first and a file that fails imports nothing; then it is committed in chunks,
 * each in its own transaction together with its progress, so an interrupted import resumes where it stopped;
 * each row is matched before anything is created, so a re-import creates nothing new; and every row ends up in
 * the report as created, matched, skipped (with the reason) or sent for review.
 */
package gr.integrity.register.importing;
