/** The auditors' pages: dashboard, ranked review queue, one filing's review, missing filings; flag weights for ADMINs. */
package gr.integrity.register.web.review;
