package extract.summary;

/**
 * One quotation by a named speaker, as the speaker summary needs it: the speaker's canonical name,
 * its type in this article ("person", "organization", "location", or empty when it is no named
 * entity), the title or role the quote's mention gives it ("Chinese President", empty when none),
 * the statement's date (ISO 8601, empty when unknown) and the article.
 */
public record SpeakerQuote(String speaker, String type, String title, String date, String file) {}
