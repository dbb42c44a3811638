package gr.integrity.register.lobbying;

import java.time.YearMonth;
import java.util.List;

/**
 * An organisation as its public page shows it: its identity, the officials it met (most often first) and its
 * meetings month by month.
 */
public record OrganisationProfile(long id, String nameEl, String nameEn, String category, String status,
                                  String transparencyId, String registrationNumber, String website,
                                  String areasOfInterest,
                                  List<String> otherNames, long meetings, List<OfficialMet> officialsMet,
                                  List<MonthCount> perMonth) implements java.io.Serializable {

    public record OfficialMet(long personId, String name, long meetings) implements java.io.Serializable {
    }

    public record MonthCount(YearMonth month, long meetings) implements java.io.Serializable {
    }

    public String name(boolean english) {
        return english && nameEn != null && !nameEn.isBlank() ? nameEn : nameEl;
    }
}
