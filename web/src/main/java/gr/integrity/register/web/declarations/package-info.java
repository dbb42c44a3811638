/**
 * Downloads of declarations outside Faces: the filed PDF for its filer and auditors, the public (redacted) PDF
 * for everyone.
 */
package gr.integrity.register.web.declarations;
