package extract.eval;

import java.util.List;

/** One annotated article: its name (the text file without .txt), its text and its gold attributions. */
public record GoldArticle(String name, String text, List<GoldQuote> quotes) {
    public GoldArticle {
        quotes = List.copyOf(quotes);
    }
}
