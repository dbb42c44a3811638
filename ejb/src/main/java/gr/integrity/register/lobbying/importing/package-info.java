/** Importing meetings published by other registers: the European Commission's meetings export. */
package gr.integrity.register.lobbying.importing;
