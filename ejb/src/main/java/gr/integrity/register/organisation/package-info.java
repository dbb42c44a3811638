/**
 * Organisations: one register of the companies, associations, lobbyists and other bodies that declarations name.
 * An official picks an organisation when declaring an interest; a name that matches none becomes a pending record
 * that an ADMIN confirms or merges into the one it duplicates. Merged records keep resolving to their survivor,
 * so every link stored in a submitted declaration keeps working.
 */
package gr.integrity.register.organisation;
