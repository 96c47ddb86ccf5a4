package extract.ner;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;

/**
 * A large, read-only map from a token to a 64-bit value (gazetteer categories, a word cluster), kept
 * as its tokens' UTF-8 bytes end to end plus an open-addressing index, so half a million tokens cost
 * a few megabytes and no objects, and load in a fraction of a second. The text form is one
 * {@code token<TAB>value} a line, the value in hexadecimal; an optional first line {@code #bits<TAB>name name ...} names
 * the value's bits, lowest first. Immutable and safe to share between threads.
 */
public final class TokenTable implements SerializableArtifact {
    private static final String BITS_HEADER = "#bits\t";

    private final byte[] keys; // all tokens, end to end
    private final int[] offsets; // token i is keys[offsets[i], offsets[i + 1])
    private final long[] values;
    private final int[] slots; // entry index + 1, 0 for an empty slot
    private final List<String> bitNames;

    private TokenTable(byte[] keys, int[] offsets, long[] values, List<String> bitNames) {
        this.keys = keys;
        this.offsets = offsets;
        this.values = values;
        this.bitNames = List.copyOf(bitNames);
        int size = Integer.highestOneBit(Math.max(4, values.length * 2 - 1)) << 1;
        this.slots = new int[size];
        for (int i = 0; i < values.length; i++) {
            int slot = hash(keys, offsets[i], offsets[i + 1]) & (size - 1);
            while (slots[slot] != 0) {
                if (sameKey(slots[slot] - 1, keys, offsets[i], offsets[i + 1])) {
                    throw new IllegalArgumentException("token table: duplicate token "
                            + new String(keys, offsets[i], offsets[i + 1] - offsets[i], StandardCharsets.UTF_8));
                }
                slot = (slot + 1) & (size - 1);
            }
            slots[slot] = i + 1;
        }
    }

    public static TokenTable read(InputStream in) throws IOException {
        return parse(in.readAllBytes());
    }

    static TokenTable parse(byte[] text) throws IOException {
        int lines = 0;
        for (byte b : text) if (b == '\n') lines++;
        byte[] keys = new byte[text.length];
        int[] offsets = new int[lines + 2];
        long[] vals = new long[lines + 1];
        List<String> bits = List.of();
        int n = 0;
        int pos = 0;
        int lineNo = 0;
        while (pos < text.length) {
            int eol = indexOf(text, (byte) '\n', pos, text.length);
            if (eol < 0) eol = text.length;
            lineNo++;
            int end = eol > pos && text[eol - 1] == '\r' ? eol - 1 : eol;
            String head = lineNo == 1 ? new String(text, pos, Math.min(end - pos, BITS_HEADER.length()), StandardCharsets.UTF_8) : "";
            if (head.equals(BITS_HEADER)) {
                bits = List.of(new String(text, pos + BITS_HEADER.length(), end - pos - BITS_HEADER.length(),
                        StandardCharsets.UTF_8).trim().split(" "));
                if (bits.size() > 64) throw new IOException("token table: more than 64 bit names");
            } else if (end > pos) {
                int tab = indexOf(text, (byte) '\t', pos, end);
                if (tab <= pos || tab == end - 1) throw new IOException("token table line " + lineNo + ": expected token<TAB>value");
                System.arraycopy(text, pos, keys, offsets[n], tab - pos);
                offsets[n + 1] = offsets[n] + tab - pos;
                vals[n] = hex(text, tab + 1, end, lineNo);
                n++;
            }
            pos = eol + 1;
        }
        try {
            return new TokenTable(Arrays.copyOf(keys, offsets[n]), Arrays.copyOf(offsets, n + 1), Arrays.copyOf(vals, n), bits);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Parsed by hand: this runs for every line while a model loads, before the JIT has warmed up. */
    private static long hex(byte[] b, int from, int to, int lineNo) throws IOException {
        if (to - from > 16) throw new IOException("token table line " + lineNo + ": value is not hexadecimal");
        long v = 0;
        for (int i = from; i < to; i++) {
            int d = Character.digit(b[i], 16);
            if (d < 0) throw new IOException("token table line " + lineNo + ": value is not hexadecimal");
            v = v << 4 | d;
        }
        return v;
    }

    /** The value of a token, or 0 when the table does not hold it. */
    public long get(String token) {
        byte[] key = token.getBytes(StandardCharsets.UTF_8);
        int mask = slots.length - 1;
        for (int slot = hash(key, 0, key.length) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
            if (sameKey(slots[slot] - 1, key, 0, key.length)) return values[slots[slot] - 1];
        }
        return 0;
    }

    /** The names of the value's bits, lowest first; empty when the table did not name them. */
    public List<String> bitNames() {
        return bitNames;
    }

    public int size() {
        return values.length;
    }

    private boolean sameKey(int entry, byte[] key, int from, int to) {
        return Arrays.equals(keys, offsets[entry], offsets[entry + 1], key, from, to);
    }

    private static int hash(byte[] b, int from, int to) {
        int h = 0x811c9dc5;
        for (int i = from; i < to; i++) h = (h ^ b[i]) * 0x01000193;
        return h ^ (h >>> 16);
    }

    private static int indexOf(byte[] b, byte c, int from, int to) {
        for (int i = from; i < to; i++) if (b[i] == c) return i;
        return -1;
    }

    @Override
    public Class<?> getArtifactSerializerClass() {
        return Serializer.class;
    }

    /** Writes the table back in its text form. */
    public void write(OutputStream out) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(keys.length + 10 * values.length + 64);
        if (!bitNames.isEmpty()) buf.write((BITS_HEADER + String.join(" ", bitNames) + "\n").getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < values.length; i++) {
            buf.write(keys, offsets[i], offsets[i + 1] - offsets[i]);
            buf.write(('\t' + Long.toHexString(values[i]) + '\n').getBytes(StandardCharsets.US_ASCII));
        }
        buf.writeTo(out); // not closed: it may be the model's zip stream
        out.flush();
    }

    /** Reads and writes {@link TokenTable}s in a model; OpenNLP instantiates it by name. */
    public static final class Serializer implements ArtifactSerializer<TokenTable> {
        @Override
        public TokenTable create(InputStream in) throws IOException {
            return read(in);
        }

        @Override
        public void serialize(TokenTable artifact, OutputStream out) throws IOException {
            artifact.write(out);
        }
    }
}
