package gr.integrity.register.publication;

import java.math.BigDecimal;
import java.util.Map;

/** One year's totals from a published asset declaration, for comparing years. */
public record YearFigures(int year, long declarationId, int versionNo, Map<String, BigDecimal> figures) {

    public BigDecimal figure(String name) {
        return figures.getOrDefault(name, BigDecimal.ZERO);
    }
}
