package gr.integrity.register.common;

import java.util.List;

/** One page of a list with the total count, for tables paged by position (small, administrative lists). */
public record ResultPage<T>(List<T> items, long total) {

    public ResultPage {
        items = List.copyOf(items);
    }
}
