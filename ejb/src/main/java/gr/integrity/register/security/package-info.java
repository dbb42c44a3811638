/**
 * Accounts and signing in: PBKDF2 password hashes, roles, throttling of failed sign-ins (a growing delay per
 * account and per address, never a lock-out that would let anyone lock an official out on deadline day),
 * one-time links for invitations and password resets, and the first administrator.
 */
package gr.integrity.register.security;
