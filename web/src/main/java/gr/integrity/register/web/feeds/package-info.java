/** Atom feeds of new and amended filings: all of them, one official's, the meetings with one organisation. */
package gr.integrity.register.web.feeds;
