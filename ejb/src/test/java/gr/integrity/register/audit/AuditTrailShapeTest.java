package gr.integrity.register.audit;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No service of the register can change or delete an audit entry: the services that touch the trail only append
 * (record...) or read (search, verify), or take the trail's lock to decide on what it holds before appending
 * (lockForDecision, which changes nothing), and an entry has no setter. (The database refuses UPDATE and DELETE too;
 * the integration tests show that.)
 */
class AuditTrailShapeTest {

    @Test
    void theTrailsServicesOnlyAppendOrRead() {
        for (Class<?> service : List.of(AuditTrail.class, AuditSearch.class)) {
            for (Method method : service.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers())) {
                    String name = method.getName();
                    assertTrue(name.startsWith("record") || name.equals("search") || name.equals("verify")
                                    || name.equals("lockForDecision"),
                            service.getSimpleName() + "." + name + " is neither an append, a read nor the trail's lock");
                }
            }
        }
    }

    @Test
    void anEntryHasNoSetter() {
        assertEquals(List.of(), Arrays.stream(AuditEntry.class.getDeclaredMethods())
                .filter(m -> m.getName().startsWith("set") && Modifier.isPublic(m.getModifiers()))
                .map(Method::getName).toList());
    }
}
