package extract.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON-LD blocks of a page ({@code <script type="application/ld+json">}) read as plain trees
 * of maps, lists and strings, and searched for a property of a news article. A block that is not
 * valid JSON is skipped: pages often carry broken ones.
 */
final class JsonLd {
    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final int MAX_DEPTH = 64;

    private final List<Object> roots;

    private JsonLd(List<Object> roots) {
        this.roots = roots;
    }

    static JsonLd of(List<String> blocks) {
        List<Object> roots = new ArrayList<>();
        for (String b : blocks) {
            try (JsonParser p = JSON.createParser(b)) {
                JsonToken t = p.nextToken();
                if (t != null) roots.add(value(p, t, 0));
            } catch (IOException | IllegalStateException e) {
                // not JSON: skipped
            }
        }
        return new JsonLd(roots);
    }

    /** The first string value of {@code key} in an object of the blocks, depth first. */
    Optional<String> first(String key) {
        for (Object r : roots) {
            Optional<String> v = find(r, key, 0);
            if (v.isPresent()) return v;
        }
        return Optional.empty();
    }

    /** The "name" of the first {@code key} object ("author": {"name": ...}), or its value when a string. */
    Optional<String> nameOf(String key) {
        for (Object r : roots) {
            Optional<Object> v = findValue(r, key, 0);
            if (v.isPresent()) {
                Optional<String> n = name(v.get());
                if (n.isPresent()) return n;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> name(Object v) {
        if (v instanceof String s) return Optional.of(s);
        if (v instanceof Map<?, ?> m && m.get("name") instanceof String s) return Optional.of(s);
        if (v instanceof List<?> l) {
            List<String> names = new ArrayList<>();
            for (Object o : l) name(o).ifPresent(names::add);
            if (!names.isEmpty()) return Optional.of(String.join(", ", names));
        }
        return Optional.empty();
    }

    private static Optional<String> find(Object node, String key, int depth) {
        return findValue(node, key, depth).flatMap(v -> v instanceof String s ? Optional.of(s) : Optional.empty());
    }

    private static Optional<Object> findValue(Object node, String key, int depth) {
        if (depth > MAX_DEPTH) return Optional.empty();
        if (node instanceof Map<?, ?> m) {
            Object v = m.get(key);
            if (v != null) return Optional.of(v);
            for (Object child : m.values()) {
                Optional<Object> f = findValue(child, key, depth + 1);
                if (f.isPresent()) return f;
            }
        } else if (node instanceof List<?> l) {
            for (Object child : l) {
                Optional<Object> f = findValue(child, key, depth + 1);
                if (f.isPresent()) return f;
            }
        }
        return Optional.empty();
    }

    private static Object value(JsonParser p, JsonToken t, int depth) throws IOException {
        if (t == null || depth > MAX_DEPTH) throw new IllegalStateException("truncated or too deep");
        switch (t) {
            case START_OBJECT -> {
                Map<String, Object> m = new LinkedHashMap<>();
                for (JsonToken n = p.nextToken(); n != JsonToken.END_OBJECT; n = p.nextToken()) {
                    if (n == null) throw new IllegalStateException("unterminated object");
                    String name = p.currentName();
                    m.putIfAbsent(name, value(p, p.nextToken(), depth + 1));
                }
                return m;
            }
            case START_ARRAY -> {
                List<Object> l = new ArrayList<>();
                for (JsonToken n = p.nextToken(); n != JsonToken.END_ARRAY; n = p.nextToken()) {
                    if (n == null) throw new IllegalStateException("unterminated array");
                    l.add(value(p, n, depth + 1));
                }
                return l;
            }
            default -> {
                return p.getText();
            }
        }
    }
}
