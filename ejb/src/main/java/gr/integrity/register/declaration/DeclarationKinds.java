package gr.integrity.register.declaration;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.EnumMap;
import java.util.Map;

/** The declaration types the register knows, each contributing its content to the one lifecycle. */
@ApplicationScoped
public class DeclarationKinds {

    @Inject
    @Any
    private Instance<DeclarationKind> kinds;

    private final Map<DeclarationType, DeclarationKind> byType = new EnumMap<>(DeclarationType.class);

    @PostConstruct
    void collect() {
        kinds.forEach(kind -> byType.put(kind.type(), kind));
    }

    /** Whether declarations of a type can be filed here yet (each type arrives with its content). */
    public boolean knows(DeclarationType type) {
        return byType.containsKey(type);
    }

    public DeclarationKind of(DeclarationType type) {
        DeclarationKind kind = byType.get(type);
        if (kind == null) {
            throw new IllegalStateException("No declaration kind for " + type);
        }
        return kind;
    }
}
