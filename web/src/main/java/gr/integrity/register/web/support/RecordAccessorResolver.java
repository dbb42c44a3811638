package gr.integrity.register.web.support;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * Calls a record's accessor ({@code #{field.name()}}) straight from a table of its components. The services answer
 * with records, and Jakarta EL 5 reaches a record's values only as method calls, which its own resolver looks up
 * by reflection on every call, copying the class's methods each time: on the public declaration page, a table of
 * items by fields, that lookup was the largest single cost in the profile.
 */
public class RecordAccessorResolver extends ELResolver {

    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> accessors = new HashMap<>();
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    Method accessor = component.getAccessor();
                    accessor.trySetAccessible();
                    accessors.put(component.getName(), accessor);
                }
            }
            return Map.copyOf(accessors);
        }
    };

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || !base.getClass().isRecord() || !(method instanceof String name)
                || (params != null && params.length > 0)) {
            return null;
        }
        Method accessor = ACCESSORS.get(base.getClass()).get(name);
        if (accessor == null) {
            return null;
        }
        try {
            Object value = accessor.invoke(base);
            context.setPropertyResolved(base, method);
            return value;
        } catch (IllegalAccessException | InvocationTargetException e) {
            return null; // the standard resolver then tries, and reports what it finds
        }
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // records are read only; other resolvers decide
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
