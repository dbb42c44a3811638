package gr.integrity.register.web.api.v1;

/**
 * A published declaration in the API's list: its type, period and declarant (the official, who is none for an annual
 * lobbying return, which an organisation or an institution files), how many versions it has, when it was first
 * filed, and where its page, its JSON (with every version) and its latest public PDF are.
 */
public record ApiDeclarationRow(long id, String type, int periodYear, Long officialId, String official,
                                String officialEn, String declarantKind, long declarantId, String declarant,
                                int versions, String firstSubmittedAt, String url, String jsonUrl, String pdfUrl) {
}
