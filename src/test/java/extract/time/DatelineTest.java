package extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import extract.text.ModelText;
import extract.time.place.PlaceLexicon;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatelineTest {
    private static final TemporalTagger TAGGER = new TemporalTagger(new TemporalLexicon());
    private static final PlaceLexicon PLACES = new PlaceLexicon();

    private static Dateline read(String text) {
        return Dateline.read(ModelText.of(text), TAGGER, PLACES);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Jan. 10, 2019|2019-01-10",
        "Thursday, January 10, 2019 10:32 AM ET|2019-01-10",
        "Published 10 January 2019|2019-01-10",
        "Updated: Jan 10, 2019, 3:05 p.m.|2019-01-10",
        "2019-01-10|2019-01-10",
    })
    void dateLines(String line, String date) {
        assertEquals(Optional.of(LocalDate.parse(date)), read("Talks resume\n" + line + "\n\nThe minister spoke.\n").date());
    }

    @Test
    void datelines() {
        String beijing = "Talks resume\n\nBEIJING, Jan 10, 2019 (Reuters) - The minister spoke.\n";
        Dateline b = read(beijing);
        assertEquals(new Dateline(Optional.of(LocalDate.of(2019, 1, 10)), Optional.of("Beijing")), new Dateline(b.date(), b.place()));
        assertEquals("BEIJING, Jan 10, 2019 (Reuters) - ", b.span().orElseThrow().of(beijing), "the dateline's own words");
        assertEquals(Optional.of("Seoul"), read("Talks resume\n\nSEOUL, South Korea — The minister spoke.\n").place());
        assertEquals(Optional.of("Washington"), read("Talks resume\n\nWASHINGTON (AP) — The minister spoke.\n").place());
        assertEquals(Optional.of("McAllen"), read("Wall\n\nMCALLEN, Texas — The mayor of McAllen spoke.\n").place());
    }

    @Test
    void yearOfADatelineWithoutOneComesFromTheDateLine() {
        assertEquals(Optional.of(LocalDate.of(2019, 1, 9)),
                read("Talks resume\nJan. 10, 2019\n\nBEIJING, Jan 9 (Reuters) - The minister spoke.\n").date());
        assertEquals(Optional.empty(), read("Talks resume\n\nBEIJING, Jan 9 (Reuters) - The minister spoke.\n").date());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "GENEVA — The minister spoke.|Geneva",
        "GENEVA - The minister spoke.|Geneva",
        "GENEVA – The minister spoke.|Geneva",
        "PORTLAND, Maine, United States - The mayor spoke.|Portland",
        "NAIROBI (Reuters) – The minister spoke.|Nairobi",
        "NAIROBI, March 4 (Reuters) - The minister spoke.|Nairobi",
        "Nairobi (AFP) – The minister spoke.|Nairobi",
        "Geneva — The minister spoke.|Geneva",
        "NEW YORK, N.Y. -- The mayor spoke.|New York",
        "GENEVA \u2015 The minister spoke.|Geneva",
    })
    void datelineForms(String paragraph, String place) {
        assertEquals(Optional.of(place), read("Talks resume\n\n" + paragraph + "\n").place());
    }

    @Test
    void aDatelineAfterCaptionsInTheLead() {
        String lead = "Talks resume in Geneva\n\nJan. 10, 2019\n\nDelegates arrive at the palace [Photo: Agency]\n"
                + "Delegates arrive at the palace on Wednesday [Photo: Agency]\nThe palace from the lake\n\n"
                + "GENEVA (Reuters) – The minister spoke.\n";
        Dateline d = read(lead);
        assertEquals(new Dateline(Optional.of(LocalDate.of(2019, 1, 10)), Optional.of("Geneva")), new Dateline(d.date(), d.place()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "EXCLUSIVE — The minister spoke.",
        "Kagan — who led the surge — spoke on Tuesday.",
        "Geneva - the city of banks - voted no.",
        "Geneva, which hosts the talks, is calm.",
        "Democrats — and some Republicans — say it failed.",
        "SIEGEL--Jerome Arthur, 98, of Rye, died.",
        "The minister spoke in Beijing on Jan. 10, 2019 before the talks.",
        "Jan. 10, 2019: the day the talks broke down, as the minister recalled later.",
    })
    void notDatelines(String paragraph) {
        assertEquals(new Dateline(Optional.empty(), Optional.empty()), read("Talks resume\n\n" + paragraph + "\n"));
    }
}
