/**
 * The declaration of interests (δήλωση οικονομικών συμφερόντων): outside positions, holdings, boards, employment,
 * memberships, gifts, travel paid by others, the spouse's occupation and other interests that could conflict. It
 * adds its content and rules to the shared declaration lifecycle; the organisations it names are records of the
 * organisation register.
 */
package gr.integrity.register.interest;
