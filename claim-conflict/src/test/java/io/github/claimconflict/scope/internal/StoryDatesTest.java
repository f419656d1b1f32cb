package io.github.claimconflict.scope.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimconflict.Article;
import io.github.claimconflict.scope.Event.DatedBy;
import io.github.claimconflict.scope.internal.StoryDates.Placement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The dates an article's lead gives its story, and the names that identify nothing. */
class StoryDatesTest {

  private static final LocalDate TUESDAY = LocalDate.of(2024, 3, 12);

  private static Placement of(LocalDate published, String text) {
    return StoryDates.of(Article.of("a", published, text));
  }

  @Test
  void aWeekdayIsTheLastSuchDayUpToThePublicationDate() {
    Placement p = of(TUESDAY, "Harbour march\n\nThousands marched in Port Alder on Sunday.");
    assertThat(p.from()).contains(LocalDate.of(2024, 3, 10));
    assertThat(p.to()).contains(TUESDAY);
    assertThat(p.basis()).isEqualTo(DatedBy.TEXT);
  }

  @Test
  void aCountAfterAWeekdayIsNoDayOfTheMonth() {
    assertThat(of(TUESDAY, "Alder blast\n\nOn Sunday, 40 people died in Port Alder.").from())
        .contains(LocalDate.of(2024, 3, 10));
    // A day and month after the weekday are the date itself.
    assertThat(of(TUESDAY, "Alder blast\n\nOn Sunday, 3 March, 40 people died in Port Alder.")
        .from()).contains(LocalDate.of(2024, 3, 3));
  }

  @Test
  void aFeastOfEasterIsItsOneDayOfTheYear() {
    // Published on a Wednesday, two and a half weeks after Easter Sunday (31 March 2024).
    LocalDate wednesday = LocalDate.of(2024, 4, 17);
    Placement p = of(wednesday, "Alder park blast\n\nOn Easter Sunday, a bomb killed 40 people "
        + "in a park of Port Alder.");
    assertThat(p.from()).contains(LocalDate.of(2024, 3, 31));
    assertThat(p.basis()).isEqualTo(DatedBy.TEXT);
    assertThat(of(wednesday, "Alder vigil\n\nMourners gathered in Port Alder on Good Friday.")
        .from()).contains(LocalDate.of(2024, 3, 29));
    assertThat(of(LocalDate.of(2024, 4, 3), "The Alder flood of Easter Monday left 3 dead.")
        .from()).contains(LocalDate.of(2024, 4, 1));
    // A plain Sunday is the last Sunday before publication; a weekday no feast has is a weekday.
    assertThat(of(wednesday, "Thousands marched in Port Alder on Sunday.").from())
        .contains(LocalDate.of(2024, 4, 14));
    assertThat(of(wednesday, "The Easter Tuesday market opened in Port Alder.").from())
        .contains(LocalDate.of(2024, 4, 16));
  }

  @Test
  void easterFollowsTheGregorianComputus() {
    assertThat(StoryDates.easter(2016)).isEqualTo(LocalDate.of(2016, 3, 27));
    assertThat(StoryDates.easter(2019)).isEqualTo(LocalDate.of(2019, 4, 21));
    assertThat(StoryDates.easter(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
    assertThat(StoryDates.easter(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
    assertThat(StoryDates.easter(2008)).isEqualTo(LocalDate.of(2008, 3, 23));
  }

  @Test
  void theDateThatSignsAnEmbeddedPostIsNotTheStorys() {
    String text = "Port views #Alder pic.twitter.com/abc\n"
        + "\u2014 Harbour Fans (@harbourfans) July 6, 2023\n"
        + "Two blasts shook the port of Alder late on Wednesday, August 16, 2023.";
    assertThat(Datelines.find(text)).contains(LocalDate.of(2023, 8, 16));
    Placement p = StoryDates.of(Article.of("a", text));
    assertThat(p.from()).contains(LocalDate.of(2023, 8, 16));
    // Without the handle the same line dates the page.
    assertThat(Datelines.find(text.replace(" (@harbourfans)", ""))).contains(
        LocalDate.of(2023, 7, 6));
  }

  @Test
  void thePageAgeBesideADateDatesNothing() {
    String text = "Blast rocks Port Alder market\n\n2 years, 3 months ago - May 6, 2021\n"
        + "A bomb exploded at the market of Port Alder on Monday, killing at least 15 people.";
    Placement p = StoryDates.of(Article.of("a", text));
    assertThat(p.from()).contains(LocalDate.of(2021, 5, 3));
    // Without a date beside it the span counts back from the page's date.
    assertThat(StoryDates.of(Article.of("a", LocalDate.of(2024, 3, 12),
        "Four days ago a bomb exploded at the market of Port Alder.")).from())
        .contains(LocalDate.of(2024, 3, 8));
  }

  @Test
  void lastTuesdayIsAWeekBeforeATuesday() {
    Placement p = of(TUESDAY, "Last Tuesday's march in Port Alder drew a big crowd.");
    assertThat(p.from()).contains(LocalDate.of(2024, 3, 5));
  }

  @Test
  void aPublicationADayBehindTheStorysLocalSundayKeepsThatSunday() {
    Placement p = of(LocalDate.of(2024, 3, 9), "Officials said on Sunday the toll had risen.");
    assertThat(p.from()).contains(LocalDate.of(2024, 3, 9));
    assertThat(p.to()).contains(LocalDate.of(2024, 3, 10));
  }

  @Test
  void aLeadThatDatesItsStoryFarBackIsPlacedByTheStory() {
    Placement p = of(LocalDate.of(2024, 3, 20), "On 3 March, thousands marched in Port Alder.");
    assertThat(p.from()).contains(LocalDate.of(2024, 3, 3));
    assertThat(p.to()).contains(LocalDate.of(2024, 3, 3));
  }

  @Test
  void aDateMonthsBeforeADatedArticleIsBackgroundNotItsStory() {
    Placement p = of(LocalDate.of(2024, 9, 5),
        "Prosecutors charged two men over the poisoning of 2 March in Port Alder.");
    assertThat(p.from()).contains(LocalDate.of(2024, 9, 5));
    assertThat(p.to()).contains(LocalDate.of(2024, 9, 5));
    assertThat(p.basis()).isEqualTo(DatedBy.PUBLISHED);
  }

  @Test
  void aDateAfterAfterOrSinceIsAnotherMoment() {
    Placement p = of(TUESDAY, "Since March 1, the harbour has been closed.");
    assertThat(p.from()).contains(TUESDAY);
    assertThat(p.basis()).isEqualTo(DatedBy.PUBLISHED);
  }

  @Test
  void aCaptionsDateOfItsPictureIsNotTheStorys() {
    String caption = "A picture dated 2 March 2024 shows the players of Port Alder before "
        + "their semifinal. A bus carrying the team overturned on 10 March 2024 near Brannock.";
    Placement p = of(TUESDAY, caption);
    assertThat(p.from()).contains(LocalDate.of(2024, 3, 10));
    assertThat(p.basis()).isEqualTo(DatedBy.TEXT);
    // the same date told as the story's own places the story on it
    Placement told = of(TUESDAY, "The team played its semifinal on 2 March 2024 in Brannock.");
    assertThat(told.from()).contains(LocalDate.of(2024, 3, 2));
  }

  @Test
  void aDateEndingAClauseOfAnotherMomentIsNotTheStorys() {
    Placement p = StoryDates.of(Article.of("a", "Writer Elio Vance vanished after entering the "
        + "embassy on March 2, and his family now fears the worst."));
    assertThat(p.monthDay()).isEmpty();
    Placement plain = StoryDates.of(Article.of("a", "Writer Elio Vance vanished at the embassy "
        + "on March 2, and his family now fears the worst."));
    assertThat(plain.monthDay()).contains(MonthDay.of(3, 2));
    // a date that the words after it give to another event
    Placement other = StoryDates.of(Article.of("a", "Two men were charged over the attack in "
        + "Port Alder. On 30 June a similar attack in Brannock left one dead."));
    assertThat(other.monthDay()).isEmpty();
    // a dated article falls back on its publication date
    Placement dated = of(TUESDAY, "The minister resigned before flying home on March 1.");
    assertThat(dated.from()).contains(TUESDAY);
  }

  @Test
  void anUndatedArticleKeepsItsWeekdayAndIsPlacedWithinAnEventsDates() {
    Placement p = StoryDates.of(Article.of("a", "Rescuers reached Brannock on Thursday."));
    assertThat(p.dated()).isFalse();
    assertThat(p.weekday()).contains(DayOfWeek.THURSDAY);
    // An event of Friday 15 and Saturday 16 March 2024: the Thursday before, within two days.
    assertThat(StoryDates.within(p, LocalDate.of(2024, 3, 15), LocalDate.of(2024, 3, 16), 2))
        .contains(LocalDate.of(2024, 3, 14));
    // An event of Saturday to Monday: no Thursday within two days.
    assertThat(StoryDates.within(p, LocalDate.of(2024, 3, 16), LocalDate.of(2024, 3, 18), 0))
        .isEmpty();
  }

  @Test
  void aPageDateLongAfterTheLeadsDayLeavesTheYearOpen() {
    Placement p = StoryDates.of(Article.of("a", "Thursday 27 July 2017\n\nRescuers carried "
        + "the seamstress from the rubble on May 10, 17 days after the collapse."));
    assertThat(p.dated()).isFalse();
    assertThat(p.monthDay()).contains(MonthDay.of(5, 10));
    assertThat(StoryDates.within(p, LocalDate.of(2013, 5, 10), LocalDate.of(2013, 5, 11), 2))
        .contains(LocalDate.of(2013, 5, 10));
  }

  /** One relative date of the lead, as written, and the story's first day it gives. */
  private record Relative(String lead, LocalDate published, LocalDate story) {}

  @Test
  void relativeDatesResolveAgainstTheMomentTheyCountFromElseThePublicationDate() {
    LocalDate sat = LocalDate.of(2024, 3, 9);
    List<Relative> table = List.of(
        // against the date the text gives the anchor event
        new Relative("A week after the storm of 3 March, Port Alder reopened its harbour.",
            TUESDAY, LocalDate.of(2024, 3, 10)),
        new Relative("Three days after the quake struck on Saturday, rescuers reached Brannock.",
            TUESDAY, LocalDate.of(2024, 3, 12)),
        new Relative("Two days before the vote on 14 March, Mayor Ilse Varga resigned.",
            LocalDate.of(2024, 3, 20), LocalDate.of(2024, 3, 12)),
        // against a date the lead passed over
        new Relative("Since 1 March the harbour was shut; two days later the fishermen marched.",
            TUESDAY, LocalDate.of(2024, 3, 3)),
        // against the publication date
        new Relative("Officials counted 40 dead, up from 31 the day before.", TUESDAY,
            LocalDate.of(2024, 3, 11)),
        new Relative("The council, which met a fortnight earlier, voted to rebuild.", TUESDAY,
            LocalDate.of(2024, 2, 27)),
        new Relative("Four days ago the river burst its banks at Brannock.", TUESDAY,
            LocalDate.of(2024, 3, 8)),
        new Relative("Last Tuesday's march in Port Alder drew a big crowd.", TUESDAY,
            LocalDate.of(2024, 3, 5)),
        // a span whose starting moment is undated says nothing: the publication date stands
        new Relative("A week after the storm, Port Alder is rebuilding.", sat, sat),
        // and so does a span whose length is not said
        new Relative("Months ago a storm hit Brannock; Port Alder mourns its dead today.", sat,
            sat),
        new Relative("Weeks later the harbour at Port Alder was still shut.", sat, sat));
    for (Relative r : table) {
      assertThat(of(r.published(), r.lead()).from()).as(r.lead()).contains(r.story());
    }
  }

  @Test
  void anUndatedArticlesRelativeDateIsCheckedAgainstAnEventsDates() {
    Placement p = StoryDates.of(Article.of("a",
        "A week after the storm of 3 March, Port Alder reopened its harbour."));
    assertThat(p.dated()).isFalse();
    assertThat(p.monthDay()).contains(MonthDay.of(3, 10));
    assertThat(StoryDates.within(p, LocalDate.of(2024, 3, 9), LocalDate.of(2024, 3, 10), 2))
        .contains(LocalDate.of(2024, 3, 10));
    assertThat(StoryDates.within(p, LocalDate.of(2024, 3, 3), LocalDate.of(2024, 3, 4), 2))
        .isEmpty();
    Placement q = StoryDates.of(Article.of("b",
        "Three days after the quake struck on Sunday, rescuers reached Brannock."));
    assertThat(q.weekday()).contains(DayOfWeek.WEDNESDAY);
  }

  @Test
  void aPagesDateLineIsKeptLooselyWithWhatTheTextSaysWithoutIt() {
    Placement p = StoryDates.of(Article.of("a", "28 September 2024,   06:30\n"
        + "Mayor leaves Port Alder\n\nMayor Ilse Varga left on Tuesday, her office said."));
    assertThat(p.dated()).isTrue();
    assertThat(p.stamped()).isTrue();
    assertThat(p.weekday()).contains(DayOfWeek.TUESDAY);
    // A wire dateline inside the first sentence is no page's stamp.
    Placement q = StoryDates.of(Article.of("b",
        "PORT ALDER, 28 September 2024 (Reuters) - Mayor Ilse Varga left on Tuesday."));
    assertThat(q.stamped()).isFalse();
    // A weekday written before its date, with a space before the comma, is the stamp's own.
    Placement r = StoryDates.of(Article.of("c", "Monday , October 3 2022\n\nProtesters "
        + "blocked roads across Brannock on 17 November 2018, the ministry said."));
    assertThat(r.from()).contains(LocalDate.of(2018, 11, 17));
    assertThat(r.stamped()).isFalse();
    // Below a line of the site's name the date line is still the page's.
    Placement m = StoryDates.of(Article.of("d", "courier\n\nTuesday 22 August 2028\n\n"
        + "Mayor leaves Port Alder\n\nMayor Ilse Varga left on Tuesday, her office said."));
    assertThat(m.stamped()).isTrue();
    assertThat(m.weekday()).contains(DayOfWeek.TUESDAY);
    // A sentence above the date is the story, not a masthead.
    Placement n = StoryDates.of(Article.of("e", "Mayor Ilse Varga left.\n"
        + "Tuesday 22 August 2028\n\nShe left on Tuesday."));
    assertThat(n.stamped()).isFalse();
  }

  @Test
  void agenciesOutletsBylinesAndCreditsIdentifyNothing() {
    String text = "By Ana Brandt\n\nPORT ALDER (Reuters) - Mayor Ilse Varga opened the harbour."
        + " [Tomas Pell/AFP] Daily Courier readers cheered.";
    Article a = new Article("a", Optional.of("Daily Courier"), Optional.of(TUESDAY),
        Optional.empty(), Optional.empty(), text);
    Article b = Article.of("b", TUESDAY, "Mayor Ilse Varga of Port Alder spoke.");
    List<Mention> mentions = List.of(
        new Mention("anabrandt", "Ana Brandt", text.indexOf("Ana Brandt")),
        new Mention("portalder", "PORT ALDER", text.indexOf("PORT ALDER")),
        new Mention("reuter", "Reuters", text.indexOf("Reuters")),
        new Mention("ilsevarga", "Ilse Varga", text.indexOf("Ilse Varga")),
        new Mention("tomaspell", "Tomas Pell", text.indexOf("Tomas Pell")),
        new Mention("dailycourier", "Daily Courier", text.indexOf("Daily Courier")));
    // Every name is in both articles, so all but the ones that identify nothing are shared.
    Profiles p = Profiles.of(List.of(a, b), Map.of("a", mentions, "b", mentions)::get, 500, 25,
        0.2);
    List<String> identifying = p.vector(0).keySet().stream().filter(p::identifying)
        .map(e -> p.surface(0, e)).sorted().toList();
    assertThat(identifying).containsExactly("Ilse Varga", "PORT ALDER");
  }
}
