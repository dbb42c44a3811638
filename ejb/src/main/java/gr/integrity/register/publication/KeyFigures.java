package gr.integrity.register.publication;

/** The home page's figures: filings first submitted this year, how many of them late, meetings this month. */
public record KeyFigures(long filingsThisYear, long lateThisYear, long meetingsThisMonth) {
}
