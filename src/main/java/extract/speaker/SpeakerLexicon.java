package extract.speaker;

import extract.ner.NameLexicon;
import extract.ner.Names;
import extract.text.CountryNames;
import extract.text.NameGenders;
import extract.text.WordLists;
import java.util.Map;
import java.util.Set;

/**
 * Pronouns, role titles, organisation nouns, name prefixes (honorifics, party labels, demonyms),
 * quantifiers, time words, speech vehicles ("statement") and the participles of making them ("issued"),
 * party-member nouns ("Republican"), roles that are no titles ("striker"), roles held for someone else
 * ("aide"), the plural nouns of groups that speak ("officials", "critics") and of those that name things
 * ("results"), the names of countries and the pronouns a relative clause hangs on ("those who"), loaded
 * once and shared (immutable).
 */
public record SpeakerLexicon(Map<String, String> pronouns, Set<String> titles, Set<String> organisationNouns,
        Set<String> namePrefixes, NameGenders genders, Set<String> functionWords,
        Set<String> compassWords, Set<String> linkers, Set<String> quantifiers, Set<String> timeWords,
        Set<String> speechVehicles, Set<String> memberNouns, Set<String> groupNouns, Set<String> countries,
        Set<String> authoringParticiples, Set<String> documentNouns, Set<String> relativeAntecedents,
        Set<String> thingPlurals, Set<String> roleNouns, Set<String> relationalRoles) {
    private static final String DIR = "/extract/speaker/";

    public static SpeakerLexicon load() {
        NameLexicon n = NameLexicon.load();
        return new SpeakerLexicon(WordLists.table(DIR + "pronouns.tsv"), n.titles(), n.organisationNouns(), n.namePrefixes(),
                n.genders(), n.functionWords(), n.compassWords(), WordLists.words("/extract/quotes/linkers.txt"),
                WordLists.words(DIR + "quantifiers.txt"), WordLists.words("/extract/quotes/time-words.txt"),
                WordLists.words(DIR + "speech-vehicles.txt"), WordLists.words(DIR + "member-nouns.txt"),
                WordLists.words(DIR + "group-nouns.txt"), CountryNames.load(),
                WordLists.words("/extract/quotes/authoring-participles.txt"), WordLists.words("/extract/quotes/document-nouns.txt"),
                WordLists.words(DIR + "relative-antecedents.txt"), WordLists.words(DIR + "thing-plurals.txt"),
                WordLists.words(DIR + "role-nouns.txt"), WordLists.words(DIR + "relational-roles.txt"));
    }

    /** A country, which may speak through its government ("Iran said it would …"), unlike a city or region. */
    boolean country(String name) {
        return countries.contains(CountryNames.key(name));
    }

    /** The words naming needs, for {@link Names}. */
    NameLexicon names() {
        return new NameLexicon(titles, organisationNouns, namePrefixes, genders, functionWords, compassWords);
    }

    /** "the newspaper", "the report", "the statement": a noun that heads a description of a body or of what it publishes, which "it" takes up. */
    boolean thingNoun(String lower) {
        return organisationNoun(lower) || documentNouns.contains(lower) || speechVehicles.contains(lower);
    }

    /** A noun that heads a description of one person: a title ("governor"), a role ("striker") or a party member ("the Republican"). */
    boolean personNoun(String lower) {
        return titles.contains(lower) || roleNouns.contains(lower) || memberNouns.contains(lower);
    }

    /** "spokesman", "aide", "lawyer": a role held for someone else ({@code relational-roles.txt}). */
    boolean heldForSomeoneElse(String lower) {
        return relationalRoles.contains(lower);
    }

    /** A noun of a person or, in the plural, of persons: "secretary", "Republicans". */
    boolean peopleNoun(String lower) {
        return personNoun(lower) || pluralPersonNoun(lower);
    }

    private boolean pluralPersonNoun(String lower) {
        return lower.endsWith("s") && personNoun(lower.substring(0, lower.length() - 1));
    }

    /** A noun that names an organisation ("university", "ministry", "newspaper"). */
    boolean organisationNoun(String lower) {
        return organisationNouns.contains(lower);
    }

    /** A plural noun that heads a group speaking ("officials", "analysts"), not a thing ("speeches", "wages"). */
    boolean groupNoun(String lower) {
        return groupNouns.contains(lower) || organisationNouns.contains(lower) || titles.contains(lower) || pluralPersonNoun(lower);
    }

    /** "m" for "Mr.", "f" for "Mrs."/"Ms.", else null. */
    String honorificGender(String lower) {
        return genders.ofHonorific(lower);
    }

    /** "m", "f", or null when the first word of the name tells nothing. */
    String genderOf(String name) {
        return genders.ofName(name);
    }

    /** "male", "female", "thing", "group", "self", "relative", or null when not a pronoun. */
    String pronounKind(String lower) {
        return pronouns.get(lower);
    }
}
