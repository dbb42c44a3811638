/**
 * Late-filing fees: each category's bands of days late and their fee ({@link gr.integrity.register.fees.LateFeeBands},
 * kept in the category's policy), the fee of a late filing ({@link gr.integrity.register.fees.LateFeeRules}, as
 * {@code Lateness} says which filings are late), and the auditors' list and collection file of a year's fees.
 */
package gr.integrity.register.fees;
