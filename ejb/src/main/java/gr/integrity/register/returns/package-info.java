/**
 * Annual lobbying returns (law 4829/2021) on the shared declaration lifecycle: an interest representative's return
 * of its influence activities, filed by its organisation's LOBBYIST, and an institution's declaration of the
 * lobbying it received, filed by its LIAISON in May for the previous year. The register reconciles both with the
 * officials' meeting declarations ({@link gr.integrity.register.returns.LobbyingReconciliation}).
 */
package gr.integrity.register.returns;
