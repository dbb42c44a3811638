/**
 * PDFs of declarations, written once for every type: a full copy for the filer and auditors, and a public copy
 * drawn from the redacted content. PDF/A-2b, Greek text in an embedded subset of Liberation Sans, the receipt
 * number, version and submission time on every copy, headers, footers and page numbers, long text wrapped and
 * sections flowing across pages.
 */
package gr.integrity.register.pdf;
