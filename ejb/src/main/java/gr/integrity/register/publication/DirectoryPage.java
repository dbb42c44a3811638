package gr.integrity.register.publication;

import java.util.List;

/**
 * One page of a public list in id order, and the id it ends at: the next page starts after it, so a page read
 * while records are added is neither skipped nor repeated. {@code lastId} is null on the last page.
 */
public record DirectoryPage<T>(List<T> items, Long lastId) {
}
