package extract.spark;

import extract.output.QuoteRow;
import java.io.Serializable;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * The columns of {@code extract quotes}, read from {@link QuoteRow#HEADER}, never listed here: a
 * column added to QuoteRow appears in the job's output too. A column whose record component is a
 * whole number (the offsets) is an integer column; every other column holds the string that
 * {@code -f tsv} prints (before TSV's escaping).
 */
final class QuoteColumns implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<String> names = QuoteRow.HEADER;
    private final DataType[] types;

    QuoteColumns() {
        types = new DataType[names.size()];
        for (int i = 0; i < names.size(); i++) types[i] = typeOf(names.get(i));
    }

    private static DataType typeOf(String column) {
        String component = camelCase(column);
        for (RecordComponent c : QuoteRow.class.getRecordComponents()) {
            if (c.getName().equals(component)) {
                Class<?> t = c.getType();
                if (t == int.class || t == Integer.class) return DataTypes.IntegerType;
                if (t == long.class || t == Long.class) return DataTypes.LongType;
            }
        }
        return DataTypes.StringType;
    }

    /** "speaker_mention" is the record component "speakerMention". */
    private static String camelCase(String column) {
        StringBuilder b = new StringBuilder();
        boolean upper = false;
        for (char ch : column.toCharArray()) {
            if (ch == '_') {
                upper = true;
            } else {
                b.append(upper ? Character.toUpperCase(ch) : ch);
                upper = false;
            }
        }
        return b.toString();
    }

    List<String> names() {
        return names;
    }

    List<StructField> fields() {
        List<StructField> f = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            f.add(DataTypes.createStructField(names.get(i), types[i], true));
        }
        return f;
    }

    /** The row's cells in column order, as the types of {@link #fields()}. */
    List<Object> cells(QuoteRow row) {
        List<Object> cells = row.cells();
        List<String> values = row.values();
        List<Object> out = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            if (DataTypes.IntegerType.equals(types[i])) out.add(((Number) cells.get(i)).intValue());
            else if (DataTypes.LongType.equals(types[i])) out.add(((Number) cells.get(i)).longValue());
            else out.add(values.get(i));
        }
        return out;
    }
}
