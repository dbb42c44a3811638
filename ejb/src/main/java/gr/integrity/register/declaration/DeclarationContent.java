package gr.integrity.register.declaration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What a declaration says: header values and, per section, a list of items. Every value is text exactly as
 * entered (a draft must keep what was typed, even a wrong number, so nothing is lost); the rules check types and
 * the submission stores the normalized form.
 */
public class DeclarationContent implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> header = new LinkedHashMap<>();
    private final Map<String, List<Item>> sections = new LinkedHashMap<>();

    /** One item of a section; its id stays the same across drafts and versions, so changes can be compared. */
    public static class Item implements java.io.Serializable {

        private static final long serialVersionUID = 1L;

        private final String id;
        private final Map<String, String> values = new LinkedHashMap<>();

        public Item() {
            this(UUID.randomUUID().toString());
        }

        public Item(String id) {
            this.id = id;
        }

        public String getId() {
            return id;
        }

        public Map<String, String> getValues() {
            return values;
        }

        public String get(String field) {
            String value = values.get(field);
            return value == null || value.isBlank() ? null : value;
        }

        public Item set(String field, String value) {
            if (value == null) {
                values.remove(field);
            } else {
                values.put(field, value);
            }
            return this;
        }

        public Item copy(boolean keepId) {
            Item copy = keepId ? new Item(id) : new Item();
            copy.values.putAll(values);
            return copy;
        }
    }

    public Map<String, String> getHeader() {
        return header;
    }

    public String header(String field) {
        String value = header.get(field);
        return value == null || value.isBlank() ? null : value;
    }

    public Map<String, List<Item>> getSections() {
        return sections;
    }

    public List<Item> items(String section) {
        return sections.computeIfAbsent(section, s -> new ArrayList<>());
    }

    public Optional<Item> item(String section, String itemId) {
        return items(section).stream().filter(i -> i.getId().equals(itemId)).findFirst();
    }

    public int itemCount() {
        return sections.values().stream().mapToInt(List::size).sum();
    }

    public DeclarationContent copy() {
        DeclarationContent copy = new DeclarationContent();
        copy.header.putAll(header);
        sections.forEach((name, items) -> copy.sections.put(name,
                new ArrayList<>(items.stream().map(i -> i.copy(true)).toList())));
        return copy;
    }
}
