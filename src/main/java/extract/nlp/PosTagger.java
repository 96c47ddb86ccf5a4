package extract.nlp;

import extract.tagging.GreedyPosTagger;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;

/** Tags of a sentence's tokens; one per worker (the taggers behind it are not thread-safe). */
interface PosTagger {
    /** System property: "opennlp" runs OpenNLP's own POSTaggerME, for comparing speed and output. */
    String PROPERTY = "extract.taggers";

    String[] tag(String[] tokens);

    /** The greedy tagger where it gives POSTaggerME's tags (the shipped model), else POSTaggerME. */
    static PosTagger of(POSModel model, GreedyPosTagger.Tables tables, POSTagFormat format) {
        if (!"opennlp".equals(System.getProperty(PROPERTY))) {
            var greedy = GreedyPosTagger.of(model, format, tables);
            if (greedy.isPresent()) return greedy.get()::tag;
        }
        POSTaggerME me = new POSTaggerME(model, format);
        return me::tag;
    }
}
