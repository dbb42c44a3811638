/**
 * What every feature shares: folded text keys and transliteration, business exceptions carrying a message key
 * and the field they concern, localized messages, and paging.
 */
package gr.integrity.register.common;
