/**
 * The web layer: Faces pages with thin backing beans (one per view, package mirroring the URL) over the ejb
 * services, the language handling (Greek by default, English by cookie or URL, no session), sign-in, and the
 * JAX-RS API. No business rule lives here.
 */
package gr.integrity.register.web;
