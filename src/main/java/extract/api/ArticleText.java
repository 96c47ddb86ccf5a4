package extract.api;

import extract.input.PageMetadata;
import extract.input.InputException;
import extract.input.SourceReader;
import extract.input.SourceText;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One article for {@link QuoteExtractor}: {@code id} is what the rows' {@code file} column holds (a
 * path or a record id), {@code text} the article text that every offset counts into, {@code date}
 * its reference date for relative times ("on Friday"), when known; without it the article's own
 * dateline is used, as on the command line.
 */
public record ArticleText(String id, String text, Optional<LocalDate> date, PageMetadata metadata) {
    public ArticleText {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(date, "date");
        if (metadata == null) metadata = PageMetadata.NONE;
    }

    public ArticleText(String id, String text, Optional<LocalDate> date) {
        this(id, text, date, PageMetadata.NONE);
    }

    public ArticleText(String id, String text) {
        this(id, text, Optional.empty());
    }

    /**
     * An article from a file's bytes, decoded as {@code extract quotes} reads files: UTF-8 (a
     * byte-order mark skipped), UTF-16 with its byte-order mark, else windows-1252; an HTML page
     * (by the id's extension or by its start) is reduced to its article text.
     *
     * @throws UnreadableArticleException for bytes that are no text (binary files)
     */
    public static ArticleText fromBytes(String id, byte[] bytes, Optional<LocalDate> date) throws UnreadableArticleException {
        try {
            return of(SourceReader.decode(id, bytes, Optional.empty()).source(), date);
        } catch (InputException e) {
            throw new UnreadableArticleException(e.getMessage());
        }
    }

    /**
     * An article from a string that may be an HTML page (by the id's extension or by its start); a
     * page keeps its metadata, whose published date is the reference date when {@code date} is empty
     * and the text has no date line, as on the command line.
     */
    public static ArticleText fromString(String id, String textOrHtml, Optional<LocalDate> date) {
        return of(SourceReader.fromText(id, textOrHtml, List.of()).source(), date);
    }

    private static ArticleText of(SourceText source, Optional<LocalDate> date) {
        return new ArticleText(source.file(), source.text(), date, source.metadata());
    }
}
