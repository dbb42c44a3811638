package gr.integrity.register.scale;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;

/**
 * Keeps the benchmark's data generator out of a production run: unless REGISTER_SCALE_DATA names a size, the beans
 * of this package are vetoed when the application deploys, so that nothing can generate the scale data or its filer
 * accounts (whose password is fixed, for the benchmark to sign in with).
 */
public class ScaleDataSwitch implements Extension {

    static final String VARIABLE = "REGISTER_SCALE_DATA";

    <T> void unlessAsked(@Observes ProcessAnnotatedType<T> type) {
        String size = System.getenv(VARIABLE);
        if ((size == null || size.isBlank())
                && type.getAnnotatedType().getJavaClass().getPackageName().equals(ScaleDataSwitch.class.getPackageName())) {
            type.veto();
        }
    }
}
