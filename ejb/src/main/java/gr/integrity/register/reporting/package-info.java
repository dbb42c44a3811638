/**
 * Reports from the public that a field of a published declaration or meeting is inaccurate: received from anyone
 * (rate-limited by address, evidence as a cleaned PDF), answered with a reference number, and read and handled by
 * auditors beside the filing's flags. Nothing of a report is public.
 */
package gr.integrity.register.reporting;
