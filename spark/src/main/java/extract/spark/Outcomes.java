package extract.spark;

import extract.api.QuoteExtractor;
import extract.api.UnreadableArticleException;
import extract.output.QuoteRow;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * What the extraction makes of a partition of articles, computed once and then split into the
 * outputs: one {@code article} row per article done, its {@code quote} rows, or one {@code error}
 * row (the input's id in {@code file}, the reason in {@code _reason}) for an input that failed.
 * Rows are made lazily, one article at a time, so a partition never sits in memory whole.
 */
final class Outcomes implements Serializable {
    private static final long serialVersionUID = 1L;

    static final String OUTCOME = "_outcome";
    static final String REASON = "_reason";
    static final String ARTICLE = "article";
    static final String QUOTE = "quote";
    static final String ERROR = "error";

    private final QuoteColumns columns;
    private final ExtractorSettings settings;

    Outcomes(QuoteColumns columns, ExtractorSettings settings) {
        this.columns = columns;
        this.settings = settings;
    }

    StructType schema() {
        List<StructField> f = new ArrayList<>();
        f.add(DataTypes.createStructField(OUTCOME, DataTypes.StringType, false));
        f.addAll(columns.fields());
        f.add(DataTypes.createStructField(REASON, DataTypes.StringType, true));
        return DataTypes.createStructType(f);
    }

    /** The file column: it holds the input's id in article and error rows. */
    static String idColumn() {
        return QuoteRow.HEADER.get(0);
    }

    Iterator<Row> of(Iterator<? extends ArticleInput> inputs) {
        QuoteExtractor extractor = ExecutorModels.get(settings);
        return new Iterator<>() {
            private final ArrayDeque<Row> ready = new ArrayDeque<>();

            @Override
            public boolean hasNext() {
                while (ready.isEmpty() && inputs.hasNext()) process(extractor, inputs.next(), ready);
                return !ready.isEmpty();
            }

            @Override
            public Row next() {
                if (!hasNext()) throw new NoSuchElementException();
                return ready.poll();
            }
        };
    }

    private void process(QuoteExtractor extractor, ArticleInput in, ArrayDeque<Row> out) {
        String id = in.id();
        try {
            List<QuoteRow> rows = extractor.extract(in.read());
            out.add(marker(ARTICLE, id, null));
            for (QuoteRow r : rows) out.add(quote(r));
        } catch (UnreadableArticleException e) {
            failed(id, e.getMessage(), out);
        } catch (RuntimeException | StackOverflowError e) {
            // A bug or a pathological text: reported for this input, the rest goes on (as in the CLI).
            failed(id, "internal error (" + e + ")", out);
        }
    }

    private static void failed(String id, String reason, ArrayDeque<Row> out) {
        System.err.println("extract: " + id + ": " + reason);
        out.add(marker(ERROR, id, reason));
    }

    private Row quote(QuoteRow r) {
        Object[] v = new Object[columns.names().size() + 2];
        v[0] = QUOTE;
        List<Object> cells = columns.cells(r);
        for (int i = 0; i < cells.size(); i++) v[i + 1] = cells.get(i);
        return RowFactory.create(v);
    }

    private static Row marker(String outcome, String id, String reason) {
        Object[] v = new Object[QuoteRow.HEADER.size() + 2];
        v[0] = outcome;
        v[1] = id;
        v[v.length - 1] = reason;
        return RowFactory.create(v);
    }

    /** An error found on the driver (a missing input path), as an outcome row. */
    static Row driverError(String id, String reason) {
        return marker(ERROR, id, reason);
    }
}
