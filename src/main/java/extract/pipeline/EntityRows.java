package extract.pipeline;

import extract.nlp.AnnotatedDocument;
import extract.nlp.EntityMention;
import extract.output.EntityRow;
import extract.text.CodePoints;
import java.util.ArrayList;
import java.util.List;

/** The entity mentions of an annotated document as output rows, offsets in code points. */
public final class EntityRows {
    private EntityRows() {}

    public static List<EntityRow> of(AnnotatedDocument doc) {
        CodePoints cp = new CodePoints(doc.text());
        List<EntityRow> rows = new ArrayList<>(doc.entities().size());
        for (EntityMention m : doc.entities()) {
            rows.add(new EntityRow(doc.file(), cp.toCodePoint(m.start()), cp.toCodePoint(m.end()),
                    m.type().label(), m.text(), m.canonical()));
        }
        return rows;
    }
}
