/** Public pages of the lobbying register: the meeting search and its downloads. */
package gr.integrity.register.web.lobbying;
