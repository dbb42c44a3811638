/**
 * What the application stands on: configuration from the environment, the schema migration at deployment,
 * the request's origin (client address), hashing, the outbox for mail, and the startup sequence.
 */
package gr.integrity.register.platform;
