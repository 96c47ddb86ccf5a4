package extract.spark;

import extract.api.ArticleText;
import extract.api.UnreadableArticleException;

/** One article to read on an executor: a file's bytes or a table's record. */
interface ArticleInput {
    /** What the rows' file column and the errors' id column name. */
    String id();

    /** @throws UnreadableArticleException with the reason the input is no article */
    ArticleText read() throws UnreadableArticleException;
}
