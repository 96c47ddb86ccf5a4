package extract.ner;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
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
 * a few megabytes and no objects. The text form is one {@code token<TAB>value} a line, the value in
 * hexadecimal; an optional first line {@code #bits<TAB>name name ...} names the value's bits, lowest
 * first. The binary form ({@link #writeBinary}, made at package time by {@link BinaryLexicons}) holds
 * the index ready-made: entries in the order of their slots, so loading is one pass over the bytes
 * with no hashing. Either form reads with {@link #read}. Immutable and safe to share between threads.
 */
public final class TokenTable implements SerializableArtifact {
    private static final String BITS_HEADER = "#bits\t";
    /** First bytes of the binary form; no text table starts so (its first line would have no tab). */
    private static final byte[] BINARY_MAGIC = "TokenTable binary 1\n".getBytes(StandardCharsets.US_ASCII);

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

    /** Reads the text or the binary form. */
    public static TokenTable read(InputStream in) throws IOException {
        byte[] bytes = in.readAllBytes();
        return isBinary(bytes) ? parseBinary(bytes) : parse(bytes);
    }

    private TokenTable(byte[] keys, int[] offsets, long[] values, List<String> bitNames, int[] slots) {
        this.keys = keys;
        this.offsets = offsets;
        this.values = values;
        this.bitNames = List.copyOf(bitNames);
        this.slots = slots;
    }

    static boolean isBinary(byte[] bytes) {
        return bytes.length >= BINARY_MAGIC.length && Arrays.equals(bytes, 0, BINARY_MAGIC.length, BINARY_MAGIC, 0, BINARY_MAGIC.length);
    }

    /**
     * Writes the binary form: magic line, slot count, bit names, entry count, key bytes, then per
     * entry (in slot order) the key's length, the value and the gap to its slot, as varints.
     */
    public void writeBinary(OutputStream out) throws IOException {
        int n = values.length;
        int[] order = new int[n]; // entries in slot order
        int[] slotOf = new int[n];
        int k = 0;
        for (int slot = 0; slot < slots.length; slot++) {
            if (slots[slot] != 0) {
                slotOf[k] = slot;
                order[k++] = slots[slot] - 1;
            }
        }
        ByteArrayOutputStream buf = new ByteArrayOutputStream(keys.length + 8 * n + 64);
        DataOutputStream data = new DataOutputStream(buf);
        data.write(BINARY_MAGIC);
        data.writeInt(slots.length);
        data.writeUTF(String.join(" ", bitNames));
        data.writeInt(n);
        data.writeInt(keys.length);
        for (int e : order) data.write(keys, offsets[e], offsets[e + 1] - offsets[e]);
        int previous = -1;
        for (int i = 0; i < n; i++) {
            int e = order[i];
            varint(data, offsets[e + 1] - offsets[e]);
            varint(data, values[e]);
            varint(data, slotOf[i] - previous - 1);
            previous = slotOf[i];
        }
        data.flush();
        buf.writeTo(out); // not closed: it may be the model's zip stream
        out.flush();
    }

    private static void varint(DataOutputStream out, long v) throws IOException {
        while ((v & ~0x7FL) != 0) {
            out.write((int) (v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.write((int) v);
    }

    static TokenTable parseBinary(byte[] b) throws IOException {
        try {
            java.nio.ByteBuffer head = java.nio.ByteBuffer.wrap(b, BINARY_MAGIC.length, b.length - BINARY_MAGIC.length);
            int size = head.getInt();
            byte[] names = new byte[head.getShort() & 0xFFFF];
            head.get(names);
            String joined = new String(names, StandardCharsets.UTF_8); // modified UTF-8: the names are ASCII
            int n = head.getInt();
            int keyBytes = head.getInt();
            if (Integer.bitCount(size) != 1 || n < 0 || n > size || keyBytes < 0) throw new IOException("token table: bad binary header");
            byte[] keys = Arrays.copyOfRange(b, head.position(), head.position() + keyBytes);
            int pos = head.position() + keyBytes;
            int[] offsets = new int[n + 1];
            long[] values = new long[n];
            int[] slots = new int[size];
            int slot = -1;
            for (int i = 0; i < n; i++) {
                long v = 0;
                int shift = 0;
                for (byte x = b[pos++]; ; x = b[pos++], shift += 7) { // key length
                    v |= (long) (x & 0x7F) << shift;
                    if (x >= 0) break;
                }
                offsets[i + 1] = offsets[i] + (int) v;
                v = 0;
                shift = 0;
                for (byte x = b[pos++]; ; x = b[pos++], shift += 7) { // value
                    v |= (long) (x & 0x7F) << shift;
                    if (x >= 0) break;
                }
                values[i] = v;
                v = 0;
                shift = 0;
                for (byte x = b[pos++]; ; x = b[pos++], shift += 7) { // gap to the slot
                    v |= (long) (x & 0x7F) << shift;
                    if (x >= 0) break;
                }
                slot += (int) v + 1;
                slots[slot] = i + 1;
            }
            if (offsets[n] != keyBytes || pos != b.length) throw new IOException("token table: binary form does not add up");
            return new TokenTable(keys, offsets, values, joined.isEmpty() ? List.of() : List.of(joined.split(" ")), slots);
        } catch (RuntimeException e) { // truncated or corrupt: a clear error, not an index exception
            throw new IOException("token table: corrupt binary form (" + e + ")", e);
        }
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
        return get(key, 0, key.length, hashMore(HASH_START, key, 0, key.length));
    }

    /**
     * The value of the UTF-8 key {@code key[from, to)}, or 0; {@code state} is
     * {@code hashMore(HASH_START, key, from, to)}, which a caller can extend token by token when it
     * looks up ever longer phrases.
     */
    long get(byte[] key, int from, int to, int state) {
        int mask = slots.length - 1;
        for (int slot = mix(state) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
            if (sameKey(slots[slot] - 1, key, from, to)) return values[slots[slot] - 1];
        }
        return 0;
    }

    /** The hash state of no bytes (FNV-1a's offset basis). */
    static final int HASH_START = 0x811c9dc5;

    /** The hash state after more bytes. */
    static int hashMore(int h, byte[] b, int from, int to) {
        for (int i = from; i < to; i++) h = (h ^ b[i]) * 0x01000193;
        return h;
    }

    private static int mix(int h) {
        return h ^ (h >>> 16);
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
        return mix(hashMore(HASH_START, b, from, to));
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
