import edu.emory.mathcs.nlp.common.collection.tree.PrefixNode;
import edu.emory.mathcs.nlp.common.collection.tree.PrefixTree;
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import java.util.zip.ZipFile;
import org.tukaani.xz.XZInputStream;

/**
 * Derives the NER model's two large lexicons from the NLP4J English lexica (Emory NLP,
 * edu.emory.mathcs.nlp:nlp4j-english on Maven Central, Apache-2.0): a token-level gazetteer of
 * Wikipedia names, the same names as whole phrases, and Brown word clusters. Writes extract.ner.TokenTable text files. Run by
 * models/tools/derive-lexica.sh, which fetches the jars; usage:
 *   java -cp nlp4j-api.jar:xz.jar src/tools/DeriveNlp4jLexica.java nlp4j-english.jar OUTDIR
 */
public class DeriveNlp4jLexica {
    /** NLP4J gazetteer ids kept, and the category each stands for (several ids share "work"). */
    private static final String[][] CATEGORIES = {
        {"14", "person"}, {"11", "location"}, {"13", "organization"}, {"4", "name"}, {"6", "city"},
        {"5", "nationality"}, {"1", "country"}, {"15", "work"}, {"10", "work"}, {"8", "work"},
        {"9", "event"}, {"12", "product"}, {"3", "title"}};
    /** Where the token stands in a gazetteer entry: single, begin, inside, last. */
    private static final String[] POSITIONS = {"U", "B", "I", "L"};
    private static final int MAX_ENTRY_TOKENS = 6;
    /**
     * Left out of the phrase list: people's full names, half of all entries, which the token list
     * already covers (person-B, person-L) at no measurable cost.
     */
    private static final Set<String> PHRASE_SKIP = Set.of("person");

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        try (ZipFile jar = new ZipFile(args[0])) {
            gazetteer(read(jar, "edu/emory/mathcs/nlp/lexica/en-named-entity-gazetteers-simplified.xz"), out.resolve("wiki-gazetteer.txt"));
            clusters(read(jar, "edu/emory/mathcs/nlp/lexica/en-brown-clusters-simplified-lowercase.xz"), out.resolve("brown-clusters.txt"));
        }
    }

    private static Object read(ZipFile jar, String entry) throws Exception {
        try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(new XZInputStream(jar.getInputStream(jar.getEntry(entry)))))) {
            return in.readObject();
        }
    }

    private static void gazetteer(Object tree, Path file) throws IOException {
        List<String> names = new ArrayList<>();
        Map<String, Integer> categoryIndex = new LinkedHashMap<>();
        Map<String, Integer> idToCategory = new HashMap<>();
        for (String[] c : CATEGORIES) {
            categoryIndex.putIfAbsent(c[1], categoryIndex.size());
            idToCategory.put(c[0], categoryIndex.get(c[1]));
        }
        for (String c : categoryIndex.keySet()) for (String p : POSITIONS) names.add(c + "-" + p);
        long phraseSkip = PHRASE_SKIP.stream().mapToLong(c -> 1L << categoryIndex.get(c)).reduce(0, (a, b) -> a | b);
        Map<String, Long> tokens = new TreeMap<>();
        Map<String, Long> phrases = new TreeMap<>();
        walk(((PrefixTree<?, ?>) tree).getRoot(), new ArrayList<>(), (words, ids) -> {
            if (words.size() > MAX_ENTRY_TOKENS) return;
            long cats = 0;
            for (Object id : ids) {
                Integer c = idToCategory.get(String.valueOf(id));
                if (c != null) cats |= 1L << c;
            }
            if (cats == 0) return;
            long phraseCats = cats & ~phraseSkip;
            if (phraseCats != 0) phrases.merge(String.join(" ", words), phraseCats, (a, b) -> a | b);
            for (int k = 0; k < words.size(); k++) {
                int pos = words.size() == 1 ? 0 : k == 0 ? 1 : k == words.size() - 1 ? 3 : 2;
                long bits = 0;
                for (int c = 0; c < categoryIndex.size(); c++) if ((cats >>> c & 1) != 0) bits |= 1L << (c * POSITIONS.length + pos);
                tokens.merge(words.get(k), bits, (a, b) -> a | b);
            }
        });
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("#bits\t" + String.join(" ", names) + "\n");
            for (Map.Entry<String, Long> e : tokens.entrySet()) {
                if (e.getKey().isEmpty() || e.getKey().contains("\t")) continue;
                w.write(e.getKey() + "\t" + Long.toHexString(e.getValue()) + "\n");
            }
        }
        System.err.println(file + ": " + tokens.size() + " tokens");
        Path phraseFile = file.resolveSibling("wiki-phrases.txt");
        try (Writer w = Files.newBufferedWriter(phraseFile, StandardCharsets.UTF_8)) {
            w.write("#bits\t" + String.join(" ", categoryIndex.keySet()) + "\n");
            for (Map.Entry<String, Long> e : phrases.entrySet()) {
                if (e.getKey().contains("\t")) continue;
                w.write(e.getKey() + "\t" + Long.toHexString(e.getValue()) + "\n");
            }
        }
        System.err.println(phraseFile + ": " + phrases.size() + " phrases");
    }

    private interface EntrySink {
        void accept(List<String> words, Collection<?> ids);
    }

    private static void walk(PrefixNode<?, ?> node, List<String> words, EntrySink sink) {
        if (node.hasValue()) sink.accept(words, (Collection<?>) node.getValue());
        for (Map.Entry<?, ?> e : node.entrySet()) {
            words.add(String.valueOf(e.getKey()));
            walk((PrefixNode<?, ?>) e.getValue(), words, sink);
            words.remove(words.size() - 1);
        }
    }

    private static void clusters(Object map, Path file) throws IOException {
        Map<String, String> paths = new TreeMap<>();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) map).entrySet()) {
            String longest = "";
            for (Object p : (Collection<?>) e.getValue()) if (p.toString().length() > longest.length()) longest = p.toString();
            String word = e.getKey().toString();
            if (!longest.isEmpty() && longest.length() < 63 && !word.isEmpty() && !word.contains("\t")) {
                paths.put(word, Long.toHexString(Long.parseLong("1" + longest, 2))); // a leading 1 keeps the path's leading zeros
            }
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> e : paths.entrySet()) w.write(e.getKey() + "\t" + e.getValue() + "\n");
        }
        System.err.println(file + ": " + paths.size() + " words");
    }
}
