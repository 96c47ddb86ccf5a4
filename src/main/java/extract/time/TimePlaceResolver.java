package extract.time;

import extract.doc.QuoteMarks;
import extract.nlp.AnnotatedDocument;
import extract.nlp.Sentence;
import extract.quotes.Attribution;
import extract.quotes.QuoteKind;
import extract.text.Span;
import extract.text.SpanIndex;
import extract.time.place.PlaceFinder;
import extract.time.place.PlaceLexicon;
import extract.time.place.PlaceMention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Dates and places each statement of a document: the time expression and the place in its
 * reporting clause (see {@link ReportingClause}), the date resolved against the reference date
 * (the command line's, else the article's date line), and the dateline's place when the sentence
 * names none and dates the statement to the days the story was filed. Holds only immutable lexicons: one per run is enough, shared by workers.
 */
public final class TimePlaceResolver {
    private final ReferenceDates referenceDates;
    private final TemporalTagger tagger;
    private final TemporalNormaliser normaliser = new TemporalNormaliser();
    private final PlaceLexicon places;
    private final PlaceFinder placeFinder;
    private final Occasions.Lexicon occasionLexicon = new Occasions.Lexicon();
    private final Set<String> writtenCues = Lexicons.words("written-cues.txt");
    private final Set<String> joiningCues = Lexicons.words("joining-cues.txt");
    private final Set<String> speakingFor = Lexicons.words("speaking-for.txt");
    private final WriterInterviews interviews = new WriterInterviews(Lexicons.words("interview-verbs.txt"));

    /** @param referenceDate the --date given on the command line, overriding the article's own */
    public TimePlaceResolver(Optional<LocalDate> referenceDate) {
        this(ReferenceDates.of(referenceDate));
    }

    /** @param referenceDates how each article's reference date is chosen */
    public TimePlaceResolver(ReferenceDates referenceDates) {
        this.referenceDates = referenceDates;
        this.tagger = new TemporalTagger(new TemporalLexicon());
        this.places = new PlaceLexicon();
        this.placeFinder = new PlaceFinder(places, occasionLexicon::isOccasion);
    }

    /** One TimePlace per attribution, in the same order, for a document without page metadata. */
    public List<TimePlace> resolve(AnnotatedDocument doc, List<Attribution> attributions) {
        return resolve(doc, attributions, Optional.empty());
    }

    /**
     * One TimePlace per attribution, in the same order.
     * @param pageDate the published date of the page's metadata, when the input had any
     */
    public List<TimePlace> resolve(AnnotatedDocument doc, List<Attribution> attributions, Optional<LocalDate> pageDate) {
        List<TimePlace> out = new ArrayList<>(attributions.size());
        if (attributions.isEmpty()) return out;
        Dateline head = Dateline.read(doc.modelText(), tagger, places);
        Optional<LocalDate> reference = referenceDates.of(doc.file(), pageDate, head.date())
                .map(ReferenceDates.Reference::date);
        String articleDate = reference.map(LocalDate::toString).orElse("");
        TimeStampedItems items = TimeStampedItems.of(doc.modelText());
        ReportingClause clause = new ReportingClause(doc, attributions);
        // an occasion in quoted or reported words is what was talked about, not where it was said
        List<Occasions.Noun> nouns = Occasions.nouns(doc, occasionLexicon).stream()
                .filter(n -> !clause.isSaid(n.span()) && !Occasions.planned(n)).toList();
        // what the article dates someone doing ("Warren grilled Stumpf on Tuesday") sets the time of what they say next
        Activities activities = Activities.find(doc, clause::isSaid,
                sentence -> tagger.tag(doc.modelText(), sentence.start(), sentence.end()))
                .filter(a -> datelineApplies(normaliser.normalise(a.time(), reference, Tense.PAST), reference));
        // only the sentences that report a statement or an activity or name an occasion are read
        List<Sentence> read = sentencesToRead(doc, clause, nouns, activities.clauses());
        List<TimeExpression> found = new ArrayList<>();
        for (Sentence s : read) found.addAll(tagger.tag(doc.modelText(), s.start(), s.end()));
        // "FLINT, Mich., Oct. 4 (UPI) — Bill Clinton criticized …": the dateline dates the filing, not the words
        head.span().ifPresent(d -> found.removeIf(t -> t.span().overlaps(d)));
        SpanIndex<TimeExpression> times = new SpanIndex<>(found, TimeExpression::span);
        SpanIndex<PlaceMention> mentions = new SpanIndex<>(placeFinder.find(doc, read, times::anyOverlaps),
                PlaceMention::span);
        Setting setting = new Setting(doc, attributions, clause, Occasions.read(doc, nouns, mentions, times, clause::isSaid), places, items,
                a -> written(a, doc.modelText()), occasionLexicon);
        Map<String, Integer> lastDated = new HashMap<>(); // speaker -> start of its latest stated statement
        TimePlace[] result = new TimePlace[attributions.size()];
        boolean[] apart = new boolean[attributions.size()]; // its words tie it to another occasion than its neighbours'
        Map<String, Integer> flashback = new HashMap<>(); // speaker -> its latest "then" statement
        Map<String, List<Integer>> bySpeaker = new HashMap<>(); // speaker -> its statements so far, in text order
        List<Integer> order = setting.inTextOrder();
        for (int i : order) {
            Optional<TimeExpression> time = clause.pick(i, times, TimeExpression::span, ReportingClause.What.TIME)
                    .filter(t -> !bound(t, doc.modelText()));
            Span back = time.isEmpty() ? clause.pointsBack(i) : null;
            if (back != null) time = timeBefore(doc, clause, back);
            Tense tense = clause.tense(i);
            String date = time.map(t -> normaliser.normalise(t, reference, tense)).orElse("");
            // "the morning after the debate": not at the occasion, but dated from it
            boolean shifted = time.isPresent() && time.get().meaning() instanceof TimeMeaning.EventShift;
            if (date.isEmpty() && shifted) date = eventDate(setting, time.get(), (TimeMeaning.EventShift) time.get().meaning(), reference);
            Optional<PlaceMention> stated = clause.pick(i, mentions, PlaceMention::span, ReportingClause.What.PLACE);
            int previous = setting.previousOfSpeaker(i);
            Occasions.Occasion occasion = setting.occasionOf(i, date, t -> normaliser.normalise(t, reference, tense), back != null);
            String when = time.map(t -> t.span().of(doc.text())).orElse("");
            Basis dateBasis = date.isEmpty() ? Basis.NONE : Basis.STATED;
            if (back != null && date.isEmpty() || shifted) occasion = null; // "then" is some earlier time, not this occasion's
            boolean elsewhere = back != null || setting.namesOtherOccasion(i); // nothing carries over from before
            apart[i] = elsewhere;
            String speaker = attributions.get(i).speaker().name();
            int at = clause.region(i).start();
            // "In June, the senator called on … “…,” Graham told The Times then. … Graham said": "then" closed that
            // past, and the story is back at the occasion that past broke into
            Integer then = flashback.get(speaker);
            if (previous >= 0 && then != null && setting.paragraph(i) > setting.paragraph(then)
                    && !result[then].date().isEmpty() && result[previous].date().equals(result[then].date())) {
                previous = interrupted(bySpeaker.get(speaker), then, setting, result);
            }
            if (back != null && !speaker.isEmpty()) flashback.put(speaker, i);
            if (!speaker.isEmpty()) bySpeaker.computeIfAbsent(speaker, s -> new ArrayList<>()).add(i);
            if (date.isEmpty() && occasion != null && occasion.time() != null) { // "said during the episode": the episode named earlier
                when = occasion.time().span().of(doc.text());
                date = normaliser.normalise(occasion.time(), reference, tense);
                dateBasis = date.isEmpty() ? Basis.NONE : Basis.OCCASION;
            }
            // "When Clinton noted that …, Trump boasted": an answer is given at the occasion of what it answers;
            // "“…,” Rep. Moore said Friday. “…,” added Rep. Clyburn": who adds to words speaks where they were said
            int sharedWith = when.isEmpty() && !elsewhere && stated.isEmpty() ? setting.answered(i) : -1;
            if (sharedWith < 0 && when.isEmpty() && !elsewhere && stated.isEmpty() && joining(attributions.get(i), doc.modelText())) {
                sharedWith = setting.statementBefore(i);
            }
            if (sharedWith >= 0 && result[sharedWith] != null && !result[sharedWith].date().isEmpty()) {
                when = result[sharedWith].when();
                date = result[sharedWith].date();
                dateBasis = Basis.OCCASION;
            }
            // "Trump said Friday that … “…,” he added.": the next quotes of the same speaker, in this
            // paragraph or up to three after, were given on the same occasion; so were "“…,” Trump said,
            // adding later, “…”" (later in one sentence is later on the same occasion)
            boolean later = date.isEmpty() && time.isPresent() && time.get().meaning() instanceof TimeMeaning.Vague
                    && time.get().span().of(doc.text()).equalsIgnoreCase("later") && previous >= 0 && sameSentence(clause, previous, i);
            if ((when.isEmpty() && !elsewhere || later) && previous >= 0 && !result[previous].date().isEmpty()) {
                when = result[previous].when();
                date = result[previous].date();
                dateBasis = Basis.OCCASION;
            }
            // a statement tied to an occasion keeps to it ("said the talks were fruitful" during a visit, not the day it ended)
            Activities.Activity act = when.isEmpty() && !elsewhere && !speaker.isEmpty() && occasion == null
                    ? activities.latest(speaker, lastDated.getOrDefault(speaker, -1), at) : null;
            if (act != null) {
                when = act.time().span().of(doc.text());
                date = normaliser.normalise(act.time(), reference, Tense.PAST);
                dateBasis = Basis.OCCASION;
            }
            if (dateBasis == Basis.STATED && !speaker.isEmpty()) lastDated.put(speaker, at);
            String where;
            Basis placeBasis;
            if (stated.isPresent()) {
                where = stated.get().name();
                placeBasis = Basis.STATED;
            } else if (occasion != null && occasion.place() != null) {
                where = occasion.place().name();
                placeBasis = Basis.OCCASION;
            } else if (sharedWith >= 0 && result[sharedWith] != null && !result[sharedWith].where().isEmpty()) {
                where = result[sharedWith].where(); // the occasion of what it answers, as its date above
                placeBasis = result[sharedWith].placeBasis() == Basis.DATELINE ? Basis.DATELINE : Basis.OCCASION;
            } else if (act != null && !mentions.inside(act.clause()).isEmpty() && items.sameItem(act.clause().start(), at)) {
                where = mentions.inside(act.clause()).get(0).name(); // "Trump is urging supporters at a rally in Michigan"
                placeBasis = Basis.OCCASION;
            } else if (!elsewhere && previous >= 0 && (date.isEmpty() || date.equals(result[previous].date()))
                    && result[previous].placeBasis() != Basis.DATELINE && !result[previous].where().isEmpty()) {
                where = result[previous].where(); // the same occasion's place, as its date above
                placeBasis = Basis.OCCASION;
            } else if (head.place().isPresent() && !items.isLiveBlog() && !written(attributions.get(i), doc.modelText())
                    && datelineApplies(date, reference)
                    && (dateBasis == Basis.STATED && !possessive(time.get(), doc.modelText()) && !shifted
                        // "HEMPSTEAD, N.Y. — … during the first presidential debate Monday night": an occasion the
                        // article dates to the days it was filed, and places nowhere, was held where it was filed
                        || dateBasis == Basis.OCCASION && (act != null
                            || occasion != null && occasion.place() == null && !occasionLexicon.isWritten(occasion.kind())))) {
                where = head.place().get();
                placeBasis = Basis.DATELINE;
            } else {
                where = "";
                placeBasis = Basis.NONE;
            }
            result[i] = new TimePlace(when, date, dateBasis, where, placeBasis, articleDate);
        }
        List<Recaps.Recap> recaps = Recaps.find(doc, attributions, clause::isSaid,
                sentence -> tagger.tag(doc.modelText(), sentence.start(), sentence.end()));
        dateByRecaps(doc, clause, order, attributions, setting, items, recaps, apart, result, reference);
        dateByWriterInterviews(doc, clause, attributions, result, reference);
        shareWithinTranscripts(order, attributions, setting, result);
        dateByNextOfSpeaker(order, setting, apart, result, speakingFor);
        out.addAll(List.of(result));
        return out;
    }

    private static boolean sameSentence(ReportingClause clause, int a, int b) {
        List<Sentence> x = clause.sentencesOver(clause.region(a)), y = clause.sentencesOver(clause.region(b));
        return !x.isEmpty() && !y.isEmpty() && x.get(0).start() == y.get(0).start();
    }

    /**
     * The speaker's dated statement just before the past that statement {@code then} closed began, when
     * at most {@link Setting#SAME_OCCASION_PARAGRAPHS} paragraphs before it in the same post; -1 if none.
     */
    private static int interrupted(List<Integer> statements, int then, Setting setting, TimePlace[] result) {
        String past = result[then].date();
        int first = then;
        for (int k = statements.indexOf(then) - 1; k >= 0; k--) {
            int j = statements.get(k);
            if (result[j].date().equals(past)) {
                first = j;
                continue;
            }
            return setting.sameOccasionSpan(j, first) && !result[j].date().isEmpty() ? j : -1;
        }
        return -1;
    }

    /**
     * "Trump says …" before "Trump said during a Friday evening rally in Michigan that …": an undated
     * statement takes the date (and, placed nowhere, the place) of the same speaker's next one close
     * after it (or of its spokesperson's: "The White House is saying …" before "White House spokesman
     * Josh Earnest said Monday"), but not a headline (it sums up the article, not one occasion) and not from a bare year
     * (too coarse to tell one occasion).
     */
    private static void dateByNextOfSpeaker(List<Integer> order, Setting setting, boolean[] apart, TimePlace[] result,
            Set<String> speakingFor) {
        for (int k = order.size() - 1; k >= 0; k--) {
            int i = order.get(k);
            int next = setting.nextOfSpeaker(i);
            if (next < 0) next = setting.nextSpeakingFor(i, speakingFor); // "… White House spokesman Josh Earnest said Monday"
            if (!result[i].date().isEmpty() || apart[i] || next < 0 || apart[next] || result[next].date().length() < DAY.length()
                    || setting.paragraph(i) == 0) {
                continue;
            }
            TimePlace r = result[i], n = result[next];
            // the dateline's place was not told of that occasion
            boolean place = r.where().isEmpty() && !n.where().isEmpty() && n.placeBasis() != Basis.DATELINE;
            result[i] = new TimePlace(n.when(), n.date(), Basis.OCCASION, place ? n.where() : r.where(),
                    place ? Basis.OCCASION : r.placeBasis(), r.articleDate());
        }
    }

    /** "the morning after the debate" with "Monday's debate" told before: the day after that Monday. */
    private String eventDate(Setting setting, TimeExpression time, TimeMeaning.EventShift shift, Optional<LocalDate> reference) {
        TimeExpression occasion = setting.timeOfOccasionIn(time.span());
        if (occasion == null) return "";
        String day = normaliser.normalise(occasion, reference, Tense.PAST);
        return day.length() == DAY.length() ? TemporalNormaliser.shifted(day, shift.days()) : "";
    }

    /** A past time's date; "during the debate", "the day after the debate" from the date the article gave the debate. */
    private String dateOf(Setting setting, TimeExpression time, Optional<LocalDate> reference) {
        String date = normaliser.normalise(time, reference, Tense.PAST);
        if (!date.isEmpty()) return date;
        if (time.meaning() instanceof TimeMeaning.EventShift shift) return eventDate(setting, time, shift, reference);
        if (!(time.meaning() instanceof TimeMeaning.Event)) return "";
        TimeExpression occasion = setting.timeOfOccasionIn(time.span());
        return occasion == null ? "" : normaliser.normalise(occasion, reference, Tense.PAST);
    }

    /**
     * "She says … She says … The Democratic presidential candidate's response came in her own series of
     * tweets Friday.": an undated statement takes the date of the nearest recap of its speaker's words
     * within {@link Setting#SAME_OCCASION_PARAGRAPHS} paragraphs, before or after it, in the same post.
     */
    private void dateByRecaps(AnnotatedDocument doc, ReportingClause clause, List<Integer> order, List<Attribution> attributions,
            Setting setting, TimeStampedItems items, List<Recaps.Recap> recaps, boolean[] apart, TimePlace[] result,
            Optional<LocalDate> reference) {
        if (recaps.isEmpty()) return;
        for (int i : order) {
            String speaker = attributions.get(i).speaker().name();
            if (!result[i].date().isEmpty() || apart[i] || speaker.isEmpty() || setting.paragraph(i) < 0) continue;
            int at = clause.region(i).start();
            Recaps.Recap best = null;
            for (Recaps.Recap r : recaps) {
                if (!r.speaker().equals(speaker) || !items.sameItem(r.sentence().start(), at)) continue;
                int gap = Math.abs(r.sentence().paragraph() - setting.paragraph(i));
                if (gap > Setting.SAME_OCCASION_PARAGRAPHS) continue;
                if (best == null || gap < Math.abs(best.sentence().paragraph() - setting.paragraph(i))) best = r;
            }
            if (best == null) continue;
            String date = dateOf(setting, best.time(), reference);
            if (date.isEmpty()) continue;
            TimePlace r = result[i];
            result[i] = new TimePlace(best.time().span().of(doc.text()), date, Basis.OCCASION, r.where(), r.placeBasis(), r.articleDate());
        }
    }

    /**
     * "tax experts I spoke to this week … all the experts I interviewed said": an undated statement of
     * someone the writer describes as interviewed takes the time the article gives the interviews.
     */
    private void dateByWriterInterviews(AnnotatedDocument doc, ReportingClause clause, List<Attribution> attributions,
            TimePlace[] result, Optional<LocalDate> reference) {
        TimeExpression time = null;
        boolean looked = false;
        for (int i = 0; i < attributions.size(); i++) {
            if (!result[i].date().isEmpty() || !interviews.interviewed(subjectWords(attributions.get(i), doc.text()))) continue;
            if (!looked) { // read the article only when someone was interviewed
                time = interviews.time(doc, clause::isQuoted, sentence -> tagger.tag(doc.modelText(), sentence.start(), sentence.end()));
                looked = true;
            }
            if (time == null) return;
            String date = normaliser.normalise(time, reference, Tense.PAST);
            if (date.isEmpty()) return;
            TimePlace r = result[i];
            result[i] = new TimePlace(time.span().of(doc.text()), date, Basis.OCCASION, r.where(), r.placeBasis(), r.articleDate());
        }
    }

    /** How far (chars) a clause describing the speaker may run between the speaker's words and the cue. */
    private static final int DESCRIBED_SPEAKER = 40;

    /** The speaker's words and, when the cue follows close after, the words up to it ("the experts I interviewed said"). */
    private static String subjectWords(Attribution a, String text) {
        var mention = a.speaker().mention();
        if (mention == null) return "";
        boolean before = a.cue() != null && a.cue().start() >= mention.end() && a.cue().start() - mention.end() <= DESCRIBED_SPEAKER;
        return text.substring(mention.start(), before ? a.cue().start() : mention.end());
    }

    /**
     * "In June, the senator called on … “…,” Graham told The New York Times then.": the last time
     * told before the word that points back, in its sentence or the one before, outside quoted words.
     */
    private Optional<TimeExpression> timeBefore(AnnotatedDocument doc, ReportingClause clause, Span back) {
        List<Sentence> all = doc.sentences();
        int k = Collections.binarySearch(all, clause.sentencesOver(back).get(0), Comparator.comparingInt(Sentence::start));
        TimeExpression last = null;
        for (int j = Math.max(0, k - 1); j <= k && j < all.size(); j++) {
            for (TimeExpression t : tagger.tag(doc.modelText(), all.get(j).start(), all.get(j).end())) {
                if (t.span().end() > back.start() || clause.isSaid(t.span())) continue;
                if (t.meaning() instanceof TimeMeaning.Vague) continue;
                last = t;
            }
        }
        return Optional.ofNullable(last);
    }

    /**
     * "WALLACE: … / PENCE: …": the turns of one transcript (each within {@link Setting#SAME_OCCASION_PARAGRAPHS}
     * of the one before) were spoken on one occasion, whose date and place any turn's gives the others.
     */
    private static void shareWithinTranscripts(List<Integer> order, List<Attribution> attributions, Setting setting,
            TimePlace[] result) {
        List<Integer> run = new ArrayList<>();
        for (int i : order) {
            if (!attributions.get(i).isTranscriptTurn()) continue;
            // counted from where the turn before ends: a long answer runs over paragraphs
            if (!run.isEmpty() && setting.paragraph(i) - setting.lastParagraph(run.get(run.size() - 1)) > Setting.SAME_OCCASION_PARAGRAPHS) {
                shareWithin(run, result);
                run.clear();
            }
            run.add(i);
        }
        shareWithin(run, result);
    }

    private static void shareWithin(List<Integer> run, TimePlace[] result) {
        TimePlace dated = null, placed = null;
        for (int i : run) {
            if (dated == null && !result[i].date().isEmpty()) dated = result[i];
            if (placed == null && !result[i].where().isEmpty()) placed = result[i];
        }
        for (int i : run) {
            TimePlace r = result[i];
            boolean date = r.date().isEmpty() && dated != null, place = r.where().isEmpty() && placed != null;
            if (!date && !place) continue;
            result[i] = new TimePlace(date ? dated.when() : r.when(), date ? dated.date() : r.date(),
                    date ? Basis.OCCASION : r.dateBasis(), place ? placed.where() : r.where(),
                    place ? Basis.OCCASION : r.placeBasis(), r.articleDate());
        }
    }

    /**
     * A cue from {@code joining-cues.txt} that reports words: a direct quote, or words after "that",
     * a colon or a quotation mark ("added that …", not "the economy added 151,000 jobs").
     */
    private boolean joining(Attribution a, String modelText) {
        if (!joiningCues.contains(cueWord(a, modelText))) return false;
        if (a.kind() == QuoteKind.DIRECT || a.content().end() <= a.cue().start()) return true;
        String between = modelText.substring(a.cue().end(), Math.max(a.cue().end(), a.content().start())).strip();
        return between.startsWith("that") || between.startsWith(":") || a.kind() != QuoteKind.INDIRECT && between.isEmpty()
                && QuoteMarks.isMark(modelText.charAt(a.content().start()));
    }

    /** "they wrote", "Trump tweeted Friday": written where the writer was, which a dateline does not say. */
    private boolean written(Attribution a, String modelText) {
        return writtenCues.contains(cueWord(a, modelText));
    }

    /** The first word of a statement's cue, lower case ("tweeted out": "tweeted"); "" without a cue. */
    private static String cueWord(Attribution a, String modelText) {
        return a.cue() == null ? "" : a.cue().of(modelText).strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
    }

    /**
     * "At Monday's debate, Clinton said": a possessive time dates an event, which was held where
     * the article does not say, not necessarily where the story was filed.
     */
    private static boolean possessive(TimeExpression time, String modelText) {
        int end = time.span().end(); // "Monday's" may end the time or follow it
        return modelText.substring(Math.max(0, end - 2), Math.min(modelText.length(), end + 2)).contains("'s");
    }

    /**
     * The dateline says where the reporter was when the story was filed: it is the place of a
     * statement the article dates to then (within a week before), not of one it dates earlier
     * ("said in 2009", "last month") nor of an undated one: quotes from interviews, statements and
     * other reports are gathered from anywhere (on the when-where gold set, the dateline gave an
     * undated statement's place right 0 times in 9 and a false one 113 times).
     */
    private static boolean datelineApplies(String date, Optional<LocalDate> reference) {
        if (date.isEmpty()) return false;
        if (date.length() < 10 || reference.isEmpty()) return false;
        try {
            long days = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.parse(date.substring(0, 10)), reference.get());
            return days >= -1 && days <= RECENT_DAYS;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    private static final String DAY = "YYYY-MM-DD";
    private static final Pattern BOUNDARY = Pattern.compile("(?i)(?:since|until)\\b");
    private static final Pattern WHEN_CLAUSE = Pattern.compile("[^,.;]{0,40},\\h*when\\b");

    /**
     * "has argued since Monday that": a time that bounds a stretch is not when anything was said;
     * but "since Monday's debate, when Kim cited" is the time of the "when" clause.
     */
    private static boolean bound(TimeExpression t, String modelText) {
        return BOUNDARY.matcher(t.span().of(modelText)).lookingAt()
                && !WHEN_CLAUSE.matcher(modelText).region(t.span().end(), modelText.length()).lookingAt();
    }

    /** How many days before the article's date a statement may be and still be made where it was filed. */
    private static final int RECENT_DAYS = 7;

    /** The sentences holding a statement's reporting words or an occasion, in text order, each once. */
    private static List<Sentence> sentencesToRead(AnnotatedDocument doc, ReportingClause clause, List<Occasions.Noun> nouns,
            List<Span> activities) {
        List<Sentence> all = doc.sentences();
        boolean[] keep = new boolean[all.size()];
        Comparator<Sentence> byStart = Comparator.comparingInt(Sentence::start);
        List<Span> regions = new ArrayList<>(clause.regions());
        regions.addAll(activities);
        for (Span region : regions) {
            for (Sentence s : clause.sentencesOver(region)) {
                int k = Collections.binarySearch(all, s, byStart);
                if (k >= 0) keep[k] = true;
            }
        }
        for (Occasions.Noun n : nouns) {
            int k = Collections.binarySearch(all, n.sentence(), byStart);
            if (k >= 0) keep[k] = true;
        }
        List<Sentence> out = new ArrayList<>();
        for (int k = 0; k < keep.length; k++) {
            if (keep[k]) out.add(all.get(k));
        }
        return out;
    }
}
