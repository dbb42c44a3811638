package gr.integrity.register.scale;

import java.util.Locale;
import java.util.Optional;

/**
 * The data sizes of the benchmark (docs/benchmarks.md): officials, submitted declaration versions, meetings and
 * organisations, and how many amendment drafts of ~50 items wait for the benchmark's filers to submit.
 * {@code SMOKE} is the tiny size the test suite loads to keep the benchmark working.
 */
public enum ScaleSize {
    SMOKE(400, 2_000, 4_000, 200, 600, 2021),
    S(20_000, 100_000, 200_000, 5_000, 4_000, 2021),
    L(100_000, 1_000_000, 2_000_000, 20_000, 8_000, 2016);

    private final int officials;
    private final int versions;
    private final int meetings;
    private final int organisations;
    private final int drafts;
    private final int firstYear;

    /**
     * @param firstYear the first year the register's obligations run from: about five declarations per official at
     *                  S, ten at L, each size's number of versions made up with amendments
     */
    ScaleSize(int officials, int versions, int meetings, int organisations, int drafts, int firstYear) {
        this.officials = officials;
        this.versions = versions;
        this.meetings = meetings;
        this.organisations = organisations;
        this.drafts = drafts;
        this.firstYear = firstYear;
    }

    public int firstYear() {
        return firstYear;
    }

    public int officials() {
        return officials;
    }

    public int versions() {
        return versions;
    }

    public int meetings() {
        return meetings;
    }

    public int organisations() {
        return organisations;
    }

    public int drafts() {
        return drafts;
    }

    /** A size by its name, any case ("s", "L", "smoke"); empty for anything else. */
    public static Optional<ScaleSize> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (ScaleSize size : values()) {
            if (size.name().equals(name.strip().toUpperCase(Locale.ROOT))) {
                return Optional.of(size);
            }
        }
        return Optional.empty();
    }
}
