/** The open data page (bulk files with their checksums and data dictionary) and the files' downloads. */
package gr.integrity.register.web.opendata;
