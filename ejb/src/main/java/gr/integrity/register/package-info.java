/**
 * The Integrity Register: public officials file asset, interest and lobbying-meeting declarations, oversight
 * auditors review them, and the public reads them, redacted, as pages, PDFs and open data.
 * <p>
 * Packages are features first ({@code registry}, {@code declaration}, {@code security}, {@code audit}, ...),
 * then layers inside each feature. Services are {@code @Stateless} EJBs: one method call is one transaction
 * and one security check. Nothing here knows about Faces; the {@code web} module calls these services.
 */
package gr.integrity.register;
