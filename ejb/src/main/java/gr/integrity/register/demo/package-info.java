/**
 * Demo data: a seeded, repeatable register of Greek institutions, posts and a few hundred officials with
 * realistic names, their mandates and obligations, and the demo accounts. The generator produces plain records;
 * a bulk writer stores them through JDBC batches, so the benchmark scales the same generator to 100k officials.
 * Loaded on first start of the embedded run only, never into an external database unless asked.
 */
package gr.integrity.register.demo;
