package gr.integrity.register.review;

import gr.integrity.register.declaration.DeclarationType;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * One red flag: its code (the key of its weight and of its explanation {@code flag.<code>}), the declaration types
 * it looks at, and the check that finds it, answering one {@link RaisedFlag} per finding.
 */
public record RedFlagRule(String code, Set<DeclarationType> types, Function<FlagSubject, List<RaisedFlag>> check) {

    public List<RaisedFlag> check(FlagSubject subject) {
        return types.contains(subject.type()) ? check.apply(subject) : List.of();
    }
}
