/**
 * The lobbying register: meetings between officials and interest representatives, whether declared here or
 * imported from an outside register such as the European Commission's, with the organisations they met.
 */
package gr.integrity.register.lobbying;
