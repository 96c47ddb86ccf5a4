/**
 * The library API of extract, for programs that bring their own articles (the Spark job in
 * {@code spark/}, a service): {@link extract.api.QuoteExtractor#load} once per JVM, then
 * {@link extract.api.QuoteExtractor#extract} on {@link extract.api.ArticleText}s from any thread,
 * giving the {@link extract.output.QuoteRow}s that {@code extract quotes} prints for the same text.
 */
package extract.api;
