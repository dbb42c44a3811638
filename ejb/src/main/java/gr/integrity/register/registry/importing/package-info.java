/**
 * Import of officials and positions from the published Greek files (members of parliament, government members'
 * roles). Matching people is the hard part: the files write names in different orders, without accents, and
 * different people share a name; see {@link gr.integrity.register.registry.importing.PersonMatching}.
 */
package gr.integrity.register.registry.importing;
