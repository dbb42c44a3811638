/**
 * Watchlists: anyone follows an official, an organisation or a meeting search by e-mail, without an account
 * (confirmed by a link, ended in one click), and gets one digest mail through the outbox when something they follow
 * is published. No address is on a public surface.
 */
package gr.integrity.register.watching;
